import { MigrationInterface } from 'typeorm';

export class Patients1764100000000 implements MigrationInterface {
  name = 'Patients1764100000000';

  async up(): Promise<void> {}

  async down(): Promise<void> {}
}
