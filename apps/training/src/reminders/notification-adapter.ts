import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface TrainingReminder {
  tenantId: string;
  recipientUserId: string;
  message: string;
}

/** Where training reminders leave the system; a real e-mail adapter implements the same class shape. */
export abstract class TrainingNotificationAdapter {
  abstract readonly channel: string;
  abstract send(manager: EntityManager, reminder: TrainingReminder): Promise<void>;
}

/** The default sends nothing: the scan's own ledger row (GET /api/v1/training/reminders) shows what would have gone. */
@Injectable()
export class RecordingTrainingNotificationAdapter extends TrainingNotificationAdapter {
  readonly channel = 'recorded';

  send(): Promise<void> {
    return Promise.resolve();
  }
}
