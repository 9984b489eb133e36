import { DynamicModule, Module } from '@nestjs/common';
import { JobsModule } from '@praxis/jobs';
import { AssignmentsModule } from '../assignments/assignments.module';
import { StandingModule } from '../standing/standing.module';
import { TrainingConfig } from '../training.config';
import { RecordingTrainingNotificationAdapter, TrainingNotificationAdapter } from './notification-adapter';
import { TrainingRemindersController } from './reminders.controller';
import { ScanTrainingDeadlines, ScanTrainingDeadlinesJob } from './scan-training-deadlines.job';
import { SentTrainingReminders } from './sent-reminders.query';
import { StartDeadlineScan } from './start-deadline-scan/start-deadline-scan.usecase';

@Module({
  imports: [AssignmentsModule, StandingModule],
  providers: [{ provide: TrainingNotificationAdapter, useClass: RecordingTrainingNotificationAdapter }],
  exports: [AssignmentsModule, StandingModule, TrainingNotificationAdapter],
})
class ScanDependenciesModule {}

/** The daily deadline scan of each clinic: staged reminders, and lapses of blocking credentials told to scheduling. */
@Module({})
export class RemindersModule {
  static register(config: TrainingConfig): DynamicModule {
    return {
      module: RemindersModule,
      imports: [
        JobsModule.forRoot({
          redisUrl: config.REDIS_URL,
          jobs: [ScanTrainingDeadlines],
          handlers: [ScanTrainingDeadlinesJob],
          imports: [ScanDependenciesModule],
        }),
      ],
      controllers: [TrainingRemindersController],
      providers: [SentTrainingReminders, StartDeadlineScan],
    };
  }
}
