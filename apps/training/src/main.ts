import 'reflect-metadata';
import { runDomainService } from '@praxis/platform';
import { trainingService } from './training.service';

void runDomainService(trainingService);
