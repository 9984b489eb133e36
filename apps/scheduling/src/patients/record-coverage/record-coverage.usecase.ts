import { Injectable } from '@nestjs/common';
import { TenantContext } from '@praxis/tenancy';
import { Coverage } from '../coverage.entity';
import { PatientCoverages } from '../patient-coverages';
import { RecordCoverageDto } from './record-coverage.dto';

@Injectable()
export class RecordCoverage {
  constructor(
    private readonly coverages: PatientCoverages,
    private readonly context: TenantContext,
  ) {}

  execute(patientId: string, request: RecordCoverageDto, idempotencyKey?: string): Promise<Coverage> {
    const { groupNumber, effectiveTo, ...details } = request;
    return this.coverages.change(
      patientId,
      (manager) => manager.create(Coverage, { ...details, patientId, tenantId: this.context.tenantId, groupNumber: groupNumber ?? null, effectiveTo: effectiveTo ?? null }),
      { key: idempotencyKey, request: { recordCoverage: { patientId, request } } },
    );
  }
}
