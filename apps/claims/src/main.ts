import 'reflect-metadata';
import { runDomainService } from '@praxis/platform';
import { claimsService } from './claims.service';

void runDomainService(claimsService);
