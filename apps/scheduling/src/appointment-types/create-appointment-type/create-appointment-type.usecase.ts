import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { refuseTakenAppointmentTypeName } from '../appointment-type-names';
import { AppointmentType } from '../appointment-type.entity';
import { CreateAppointmentTypeCommand } from './create-appointment-type.command';

@Injectable()
export class CreateAppointmentType {
  constructor(private readonly transactions: TenantTransactions) {}

  execute({
    tenantId,
    name,
    durationMinutes,
    bufferBeforeMinutes,
    bufferAfterMinutes,
    procedureCodes,
  }: CreateAppointmentTypeCommand): Promise<AppointmentType> {
    return this.transactions.run(async (manager) => {
      await refuseTakenAppointmentTypeName(manager, name);
      return manager.save(
        manager.create(AppointmentType, {
          tenantId,
          name,
          durationMinutes,
          bufferBeforeMinutes,
          bufferAfterMinutes,
          procedureCodes,
        }),
      );
    });
  }
}
