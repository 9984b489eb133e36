import { Injectable } from '@nestjs/common';
import { EventContract, PayloadOf } from '@praxis/contracts';
import { OutboxWriter, PatientDataTrail } from '@praxis/messaging';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { Appointment } from './appointment.entity';
import { AppointmentAction, assertTransition } from './appointment-status';
import { visitRecordOf } from './visit-records';
import { lockAppointment } from './appointment-lookup';

/** Every change to a visit: lock it, check the lifecycle, apply the change, record its event, in one transaction. */
@Injectable()
export class AppointmentTransition {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly outbox: OutboxWriter,
    private readonly trail: PatientDataTrail,
  ) {}

  apply<C extends EventContract>(
    id: string,
    action: AppointmentAction,
    contract: C,
    change: (appointment: Appointment, manager: EntityManager) => Promise<PayloadOf<C>>,
  ): Promise<Appointment> {
    return this.transactions.run(async (manager) => {
      const appointment = await lockAppointment(manager, id);
      await this.trail.record(manager, 'update', [visitRecordOf(appointment)]);
      assertTransition(action, appointment.status);
      const payload = await change(appointment, manager);
      await manager.save(appointment);
      await this.outbox.append(manager, contract, { aggregateId: id, payload });
      return appointment;
    });
  }
}
