import { serviceConfigSchema } from '@praxis/platform';
import { z } from 'zod';

export const trainingConfigSchema = serviceConfigSchema;

export type TrainingConfig = z.infer<typeof trainingConfigSchema>;
export const TRAINING_CONFIG = Symbol('TRAINING_CONFIG');
