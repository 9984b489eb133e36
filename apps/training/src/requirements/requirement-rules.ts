import { ConflictError, NotFoundError, UnprocessableError } from '@praxis/platform';
import { EntityManager, Not } from 'typeorm';
import { Requirement } from './requirement.entity';

export class RequirementNameTakenError extends ConflictError {
  constructor(name: string) {
    super(`a requirement named "${name}" already exists`);
  }
}

export const findRequirement = async (manager: EntityManager, id: string): Promise<Requirement> => {
  const requirement = await manager.findOneBy(Requirement, { id });
  if (!requirement) throw new NotFoundError('requirement', id);
  return requirement;
};

export const refuseTakenRequirementName = async (manager: EntityManager, name: string, exceptId?: string) => {
  if (await manager.existsBy(Requirement, { name, ...(exceptId ? { id: Not(exceptId) } : {}) }))
    throw new RequirementNameTakenError(name);
};

/** Months belong to a month-based recurrence and to nothing else. */
export const refuseInconsistentRecurrence = ({
  recurrence,
  everyMonths,
}: Pick<Requirement, 'recurrence' | 'everyMonths'>) => {
  if ((recurrence === 'months') !== (everyMonths !== null))
    throw new UnprocessableError('everyMonths is required for a month-based recurrence and refused for any other', [
      { field: 'everyMonths', message: `everyMonths does not fit recurrence "${recurrence}"` },
    ]);
};
