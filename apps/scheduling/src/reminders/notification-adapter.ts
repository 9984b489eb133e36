import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SentNotification } from './sent-notification.entity';

export interface AppointmentNotification {
  tenantId: string;
  appointmentId: string;
  patientId: string;
  message: string;
  /** The visit's start the message announces, and its location's zone. */
  appointmentStartsAt: Date;
  timeZone: string;
}

/** Where reminders leave the system; a real SMS or e-mail adapter implements the same class shape. */
export abstract class NotificationAdapter {
  abstract send(manager: EntityManager, notification: AppointmentNotification): Promise<void>;
}

/** The default: records what would have been sent, inspectable at GET /api/v1/reminders. */
@Injectable()
export class RecordingNotificationAdapter extends NotificationAdapter {
  async send(manager: EntityManager, notification: AppointmentNotification): Promise<void> {
    await manager.insert(SentNotification, { ...notification, channel: 'recorded' });
  }
}
