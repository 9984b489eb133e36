import { PageOf } from '@praxis/platform';
import { TrainingNotification } from './training-notification.entity';

export class TrainingNotificationPage extends PageOf(TrainingNotification) {}
