import { ConflictError } from '@praxis/platform';
import { EntityManager, Not } from 'typeorm';
import { AppointmentType } from './appointment-type.entity';

export class AppointmentTypeNameTakenError extends ConflictError {
  constructor(name: string) {
    super(`an appointment type named "${name}" already exists`);
  }
}

export const refuseTakenAppointmentTypeName = async (
  manager: EntityManager,
  name: string,
  exceptId?: string,
): Promise<void> => {
  if (await manager.existsBy(AppointmentType, { name, ...(exceptId ? { id: Not(exceptId) } : {}) }))
    throw new AppointmentTypeNameTakenError(name);
};
