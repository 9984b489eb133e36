import { Injectable } from '@nestjs/common';
import { Coverage } from '../coverage.entity';
import { PatientCoverages } from '../patient-coverages';
import { RecordCoverageCommand } from './record-coverage.command';

@Injectable()
export class RecordCoverage {
  constructor(private readonly coverages: PatientCoverages) {}

  execute({ tenantId, patientId, coverage: request, idempotencyKey }: RecordCoverageCommand): Promise<Coverage> {
    const { groupNumber, effectiveTo, ...details } = request;
    return this.coverages.change(
      patientId,
      (manager) =>
        manager.create(Coverage, {
          ...details,
          patientId,
          tenantId,
          groupNumber: groupNumber ?? null,
          effectiveTo: effectiveTo ?? null,
        }),
      { key: idempotencyKey, request: { recordCoverage: { patientId, request } } },
    );
  }
}
