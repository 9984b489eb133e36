import { Injectable } from '@nestjs/common';
import { StaffMember } from '@praxis/replicas';
import { EntityManager, In, IsNull } from 'typeorm';
import { Requirement } from '../requirements/requirement.entity';
import { todayAtClinic } from '../standing/clinic-calendar';
import { addDays } from '../standing/training-status';
import { Assignment } from './assignment.entity';
import { mustMeet } from './who-must-meet';

interface Scope {
  userId?: string;
  requirementId?: string;
}

/**
 * Brings assignments in line with who must meet what, for one person, one requirement or the whole clinic. Run after
 * every staff event and requirement change, and by the daily scan, so a change missed by one run is caught by the next.
 * Runs of one clinic take turns, and the unique (requirement, person) index means nothing is ever assigned twice.
 */
@Injectable()
export class AssignmentPlanner {
  async plan(manager: EntityManager, now: Date, scope: Scope = {}): Promise<void> {
    await this.lockClinicsAssignments(manager);
    const staff = await manager.findBy(StaffMember, scope.userId ? { userId: scope.userId } : {});
    const requirements = await manager.findBy(Requirement, scope.requirementId ? { id: scope.requirementId } : {});
    if (staff.length === 0 || requirements.length === 0) return;
    const today = await todayAtClinic(manager, now);
    const wanted = requirements.flatMap((requirement) =>
      staff
        .filter((member) => mustMeet(requirement, member))
        .map((member) => ({ requirement, member, dueOn: this.firstDeadline(requirement, member, today) })),
    );
    await this.assign(manager, wanted);
    await this.retireUnwanted(manager, now, staff, requirements, wanted);
  }

  /**
   * Callers write their fact, then plan from the others' (sign-up announces a clinic and its first admin at once, on
   * two topics): one run per clinic at a time, so the later reads what the earlier committed. A run waiting here holds
   * only its own fact's rows, which the holder never locks, so two runs never wait for each other.
   */
  private async lockClinicsAssignments(manager: EntityManager): Promise<void> {
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('training:assignments:' || current_setting('app.tenant_id'), 0))`,
    );
  }

  private firstDeadline(requirement: Requirement, member: StaffMember, today: string): string {
    const start = member.hiredOn && member.hiredOn > today ? member.hiredOn : today;
    return addDays(start, requirement.dueWithinDays);
  }

  /** A retired assignment that applies again comes back with a fresh first deadline. */
  private async assign(
    manager: EntityManager,
    wanted: { requirement: Requirement; member: StaffMember; dueOn: string }[],
  ): Promise<void> {
    if (wanted.length === 0) return;
    await manager.query(
      `INSERT INTO training_assignments (tenant_id, requirement_id, user_id, due_on)
       SELECT $1, requirement_id, user_id, due_on FROM unnest($2::uuid[], $3::uuid[], $4::date[]) AS w(requirement_id, user_id, due_on)
       ON CONFLICT (tenant_id, requirement_id, user_id) DO UPDATE
       SET retired_at = NULL, due_on = EXCLUDED.due_on
       WHERE training_assignments.retired_at IS NOT NULL`,
      [
        wanted[0].requirement.tenantId,
        wanted.map(({ requirement }) => requirement.id),
        wanted.map(({ member }) => member.userId),
        wanted.map(({ dueOn }) => dueOn),
      ],
    );
  }

  private async retireUnwanted(
    manager: EntityManager,
    now: Date,
    staff: StaffMember[],
    requirements: Requirement[],
    wanted: { requirement: Requirement; member: StaffMember }[],
  ): Promise<void> {
    const keep = new Set(wanted.map(({ requirement, member }) => `${requirement.id}/${member.userId}`));
    const current = await manager.findBy(Assignment, {
      userId: In(staff.map(({ userId }) => userId)),
      requirementId: In(requirements.map(({ id }) => id)),
      retiredAt: IsNull(),
    });
    const retired = current.filter(({ requirementId, userId }) => !keep.has(`${requirementId}/${userId}`));
    if (retired.length > 0)
      await manager.update(Assignment, { id: In(retired.map(({ id }) => id)) }, { retiredAt: now });
  }
}
