import { PageOf } from '@praxis/platform';
import { SentReminderView } from './sent-reminder-view';

export class SentNotificationPage extends PageOf(SentReminderView) {}
