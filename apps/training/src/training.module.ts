import { DynamicModule, Module } from '@nestjs/common';
import { trainingAccess } from '@praxis/auth';
import { OPENAPI_METADATA, PlatformModule } from '@praxis/platform';
import { AccessModule } from './access/access.module';
import { AssignmentsModule } from './assignments/assignments.module';
import { ClinicsModule } from './clinics/clinics.module';
import { ComplianceModule } from './compliance/compliance.module';
import { CompletionsModule } from './completions/completions.module';
import { trainingConstraintViolations } from './constraint-violations';
import { trainingEntities } from './database/training.schema';
import openApiMetadata from './openapi-metadata';
import { RemindersModule } from './reminders/reminders.module';
import { RequirementsModule } from './requirements/requirements.module';
import { TrainingConfig } from './training.config';

export const TRAINING_SERVICE = 'training';

@Module({})
export class TrainingModule {
  static register(config: TrainingConfig): DynamicModule {
    return {
      module: TrainingModule,
      imports: [
        PlatformModule.forService({
          serviceName: TRAINING_SERVICE,
          config,
          permissions: trainingAccess.permissions,
          entities: trainingEntities,
          constraintViolations: trainingConstraintViolations,
        }),
        AccessModule,
        ClinicsModule,
        AssignmentsModule,
        RequirementsModule,
        CompletionsModule,
        ComplianceModule,
        RemindersModule.register(config),
      ],
      providers: [{ provide: OPENAPI_METADATA, useValue: openApiMetadata }],
    };
  }
}
