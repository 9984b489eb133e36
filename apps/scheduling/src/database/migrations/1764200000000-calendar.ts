import { MigrationInterface } from 'typeorm';

export class Calendar1764200000000 implements MigrationInterface {
  name = 'Calendar1764200000000';

  async up(): Promise<void> {}

  async down(): Promise<void> {}
}
