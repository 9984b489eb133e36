import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { AppointmentType } from './appointment-type.entity';

export const findAppointmentType = async (manager: EntityManager, id: string): Promise<AppointmentType> => {
  const type = await manager.findOneBy(AppointmentType, { id });
  if (!type) throw new NotFoundError('appointment type', id);
  return type;
};

@Injectable()
export class AppointmentTypesQueries {
  constructor(private readonly transactions: TenantTransactions) {}

  /** Inactive types stay out of pick lists unless asked for. */
  list({ includeInactive }: { includeInactive: boolean }): Promise<AppointmentType[]> {
    const where = includeInactive ? {} : { active: true };
    return this.transactions.run((manager) => manager.find(AppointmentType, { where, order: { name: 'ASC' } }));
  }

  get(id: string): Promise<AppointmentType> {
    return this.transactions.run((manager) => findAppointmentType(manager, id));
  }
}
