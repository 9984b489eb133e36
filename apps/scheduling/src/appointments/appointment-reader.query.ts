import { Injectable } from '@nestjs/common';
import { PatientDataTrail } from '@praxis/messaging';
import { NotFoundError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { Appointment } from './appointment.entity';
import { visitRecordOf } from './visit-records';

@Injectable()
export class AppointmentReader {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly trail: PatientDataTrail,
  ) {}

  get(id: string): Promise<Appointment> {
    return this.transactions.run(async (manager) => {
      const appointment = await manager.findOneBy(Appointment, { id });
      if (!appointment) throw new NotFoundError('appointment', id);
      await this.trail.record(manager, 'read', [visitRecordOf(appointment)]);
      return appointment;
    });
  }
}
