import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { AssignmentPlanner } from '../../assignments/assignment-planner';
import { refuseInconsistentRecurrence, refuseTakenRequirementName } from '../requirement-rules';
import { Requirement } from '../requirement.entity';
import { CreateRequirementCommand } from './create-requirement.command';

/** A new requirement is assigned to everyone who must meet it before the manager sees it saved. */
@Injectable()
export class CreateRequirement {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly planner: AssignmentPlanner,
  ) {}

  execute({
    tenantId,
    now,
    actorUserId: _actor,
    everyMonths,
    ...fields
  }: CreateRequirementCommand): Promise<Requirement> {
    return this.transactions.run(async (manager) => {
      const requirement = manager.create(Requirement, { ...fields, tenantId, everyMonths: everyMonths ?? null });
      refuseInconsistentRecurrence(requirement);
      await refuseTakenRequirementName(manager, requirement.name);
      const saved = await manager.save(requirement);
      await this.planner.plan(manager, now, { requirementId: saved.id });
      return saved;
    });
  }
}
