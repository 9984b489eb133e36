import { Injectable } from '@nestjs/common';
import { NotFoundError, sentFields } from '@praxis/platform';
import { Coverage } from '../coverage.entity';
import { PatientCoverages } from '../patient-coverages';
import { UpdateCoverageCommand } from './update-coverage.command';

@Injectable()
export class UpdateCoverage {
  constructor(private readonly coverages: PatientCoverages) {}

  execute({ patientId, coverageId, changes }: UpdateCoverageCommand): Promise<Coverage> {
    return this.coverages.change(patientId, async (manager) => {
      const coverage = await manager.findOneBy(Coverage, { id: coverageId, patientId });
      if (!coverage) throw new NotFoundError('coverage', coverageId);
      return Object.assign(coverage, sentFields(changes));
    });
  }
}
