import { EntityManager } from 'typeorm';

export interface ReminderEntry {
  tenantId: string;
  assignmentId: string;
  recipientUserId: string;
  deadline: string;
  stage: string;
  channel: string;
  message: string;
}

/** Claims one reminder; false when an earlier scan already sent it, so a second run sends nothing. */
export const claimReminder = async (manager: EntityManager, entry: ReminderEntry): Promise<boolean> => {
  const claimed: unknown[] = await manager.query(
    `INSERT INTO training_notifications (tenant_id, assignment_id, recipient_user_id, deadline, stage, channel, message)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (tenant_id, assignment_id, recipient_user_id, deadline, stage) DO NOTHING RETURNING id`,
    [
      entry.tenantId,
      entry.assignmentId,
      entry.recipientUserId,
      entry.deadline,
      entry.stage,
      entry.channel,
      entry.message,
    ],
  );
  return claimed.length > 0;
};

/** Claims one lapse; false when it was already announced. */
export const claimExpiry = async (
  manager: EntityManager,
  tenantId: string,
  assignmentId: string,
  expiredOn: string,
): Promise<boolean> => {
  const claimed: unknown[] = await manager.query(
    `INSERT INTO credential_expiries (tenant_id, assignment_id, expired_on) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING assignment_id`,
    [tenantId, assignmentId, expiredOn],
  );
  return claimed.length > 0;
};
