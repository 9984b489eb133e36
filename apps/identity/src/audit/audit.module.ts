import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditController } from './audit.controller';
import { AuditEventsQuery } from './audit-events.query';
import { AuditInterceptor } from './audit.interceptor';
import { AuditTrail } from './audit-trail';
import { PatientDataAccessConsumer } from './patient-data-access.consumer';

@Module({
  controllers: [AuditController, PatientDataAccessConsumer],
  providers: [AuditTrail, AuditEventsQuery, { provide: APP_INTERCEPTOR, useClass: AuditInterceptor }],
  exports: [AuditTrail],
})
export class AuditModule {}
