import { Module } from '@nestjs/common';
import { StandingModule } from '../standing/standing.module';
import { ComplianceController } from './compliance.controller';
import { ComplianceQueries } from './compliance.queries';

/** Read models over everyone's standing: shares compliant, lists to act on, the staff × requirements matrix, CSV. */
@Module({
  imports: [StandingModule],
  controllers: [ComplianceController],
  providers: [ComplianceQueries],
})
export class ComplianceModule {}
