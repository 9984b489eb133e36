import { Injectable } from '@nestjs/common';
import { sentFields } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { refuseTakenAppointmentTypeName } from '../appointment-type-names';
import { AppointmentType } from '../appointment-type.entity';
import { findAppointmentType } from '../appointment-types.queries';
import { UpdateAppointmentTypeCommand } from './update-appointment-type.command';

@Injectable()
export class UpdateAppointmentType {
  constructor(private readonly transactions: TenantTransactions) {}

  execute({ appointmentTypeId, changes }: UpdateAppointmentTypeCommand): Promise<AppointmentType> {
    return this.transactions.run(async (manager) => {
      const type = await findAppointmentType(manager, appointmentTypeId);
      if (changes.name !== undefined) await refuseTakenAppointmentTypeName(manager, changes.name, appointmentTypeId);
      return manager.save(Object.assign(type, sentFields(changes)));
    });
  }
}
