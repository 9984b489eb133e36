import { Global, Module } from '@nestjs/common';
import { TrainingAudience } from './training-audience';

@Global()
@Module({ providers: [TrainingAudience], exports: [TrainingAudience] })
export class AccessModule {}
