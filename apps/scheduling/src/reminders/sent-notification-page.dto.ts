import { PageOf } from '@praxis/platform';
import { SentNotification } from './sent-notification.entity';

export class SentNotificationPage extends PageOf(SentNotification) {}
