import { Injectable } from '@nestjs/common';
import { sentFields } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { AssignmentPlanner } from '../../assignments/assignment-planner';
import { findRequirement, refuseInconsistentRecurrence, refuseTakenRequirementName } from '../requirement-rules';
import { Requirement } from '../requirement.entity';
import { UpdateRequirementCommand } from './update-requirement.command';

@Injectable()
export class UpdateRequirement {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly planner: AssignmentPlanner,
  ) {}

  execute({ requirementId, changes, now }: UpdateRequirementCommand): Promise<Requirement> {
    return this.transactions.run(async (manager) => {
      const requirement = await findRequirement(manager, requirementId);
      if (changes.name !== undefined) await refuseTakenRequirementName(manager, changes.name, requirementId);
      const changed: Requirement = Object.assign(requirement, sentFields(changes));
      // Leaving month-based recurrence drops its months; choosing it needs them sent.
      if (changes.recurrence !== undefined && changes.recurrence !== 'months' && changes.everyMonths === undefined)
        changed.everyMonths = null;
      refuseInconsistentRecurrence(changed);
      const saved = await manager.save(changed);
      await this.planner.plan(manager, now, { requirementId });
      return saved;
    });
  }
}
