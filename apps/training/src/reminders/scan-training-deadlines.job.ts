import { CredentialExpired } from '@praxis/contracts';
import { defineJob, HandlesJob, JobHandler, PayloadOf, QueueName } from '@praxis/jobs';
import { OutboxWriter } from '@praxis/messaging';
import { Clock } from '@praxis/platform';
import { StaffMember } from '@praxis/replicas';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { AssignmentPlanner } from '../assignments/assignment-planner';
import { StandingRow } from '../standing/standing-row.dto';
import { Standings } from '../standing/standings';
import { TrainingNotificationAdapter } from './notification-adapter';
import { claimExpiry, claimReminder } from './reminder-ledger';
import { reminderMessage } from './reminder-messages';
import { reminderStageOn } from './reminder-stages';

export const ScanTrainingDeadlines = defineJob({
  name: 'ScanTrainingDeadlinesJob',
  queue: QueueName.TrainingExpiryScan,
  payload: z.object({ tenantId: z.string().uuid() }),
});

/**
 * Once a day per clinic: reminds staff and their managers of what falls due or expires, and tells scheduling which
 * blocking credentials lapsed. Every effect is claimed in a ledger first, so a run repeated the same day, or one that
 * comes late, sends each reminder and announces each lapse once.
 */
@HandlesJob(ScanTrainingDeadlines)
export class ScanTrainingDeadlinesJob implements JobHandler<PayloadOf<typeof ScanTrainingDeadlines>> {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly planner: AssignmentPlanner,
    private readonly standings: Standings,
    private readonly notifications: TrainingNotificationAdapter,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async handle({ tenantId }: PayloadOf<typeof ScanTrainingDeadlines>): Promise<void> {
    await this.transactions.run(async (manager) => {
      const now = this.clock.now();
      await this.planner.plan(manager, now);
      const { today, rows } = await this.standings.on(manager, now);
      const managers = await this.managersOf(manager);
      for (const row of rows) {
        if (row.status === 'expired' && row.blocksScheduling) await this.announceLapse(manager, tenantId, row);
        await this.remind(manager, tenantId, row, today, managers);
      }
    });
  }

  private async managersOf(manager: EntityManager): Promise<string[]> {
    const staff = await manager.findBy(StaffMember, { active: true });
    return staff.filter(({ roles }) => roles.includes('clinic_manager')).map(({ userId }) => userId);
  }

  private async remind(
    manager: EntityManager,
    tenantId: string,
    row: StandingRow,
    today: string,
    managers: string[],
  ): Promise<void> {
    if (row.deadline === null || row.pendingVerification) return;
    const stage = reminderStageOn(row.deadline, today);
    if (stage === null) return;
    const recipients = [row.userId, ...managers.filter((userId) => userId !== row.userId)];
    for (const recipientUserId of recipients) {
      const message = reminderMessage(row, recipientUserId === row.userId);
      const reminder = { tenantId, recipientUserId, message };
      const entry = {
        ...reminder,
        assignmentId: row.id,
        deadline: row.deadline,
        stage,
        channel: this.notifications.channel,
      };
      if (await claimReminder(manager, entry)) await this.notifications.send(manager, reminder);
    }
  }

  private async announceLapse(manager: EntityManager, tenantId: string, row: StandingRow): Promise<void> {
    const expiredOn = row.expiresOn as string;
    if (!(await claimExpiry(manager, tenantId, row.id, expiredOn))) return;
    await this.outbox.append(manager, CredentialExpired, {
      aggregateId: row.id,
      payload: {
        userId: row.userId,
        credentialId: row.id,
        credentialName: row.requirementName,
        blocksScheduling: true,
        expiredOn,
      },
    });
  }
}
