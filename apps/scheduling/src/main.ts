import 'reflect-metadata';
import { runDomainService } from '@praxis/platform';
import { schedulingService } from './scheduling.service';

void runDomainService(schedulingService);
