import { Module } from '@nestjs/common';
import { NotificationAdapter, RecordingNotificationAdapter } from './notification-adapter';

@Module({
  providers: [{ provide: NotificationAdapter, useClass: RecordingNotificationAdapter }],
  exports: [NotificationAdapter],
})
export class NotificationsModule {}
