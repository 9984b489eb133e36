import 'reflect-metadata';
import { runDomainService } from '@praxis/platform';
import { billingService } from './billing.service';

void runDomainService(billingService);
