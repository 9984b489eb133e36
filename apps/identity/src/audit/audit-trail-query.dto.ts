import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@praxis/platform';
import { IsOptional, IsUUID } from 'class-validator';

/** The trail of one patient (the accounting of disclosures), of one staff member, or both at once. */
export class AuditTrailQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'only what was read or changed of this patient' })
  @IsOptional()
  @IsUUID()
  patientId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'only what this staff member did' })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;
}
