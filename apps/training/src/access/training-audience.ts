import { Injectable } from '@nestjs/common';
import { rolesHold, trainingAccess } from '@praxis/auth';
import { NotFoundError } from '@praxis/platform';
import { TenantContext } from '@praxis/tenancy';

/**
 * Managers see everyone's training; anyone else sees only their own. Someone else's record answers 404, exactly like a
 * record of another clinic, so a staff member cannot even learn that it exists.
 */
@Injectable()
export class TrainingAudience {
  constructor(private readonly context: TenantContext) {}

  managesTraining(): boolean {
    return rolesHold(trainingAccess.permissions, 'training:manage', this.context.actor.roles);
  }

  /** The person a request is about: the one named when the caller manages training, else the caller. */
  subject(named: string | undefined): string | undefined {
    return this.managesTraining() ? named : this.context.actor.userId;
  }

  refuseUnlessOwnOrManaged(userId: string, resource: string, id: string): void {
    if (!this.managesTraining() && this.context.actor.userId !== userId) throw new NotFoundError(resource, id);
  }
}
