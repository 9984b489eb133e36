import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@praxis/platform';
import { Coverage } from '../coverage.entity';
import { PatientCoverages } from '../patient-coverages';
import { EndCoverageCommand } from './end-coverage.command';

@Injectable()
export class EndCoverage {
  constructor(private readonly coverages: PatientCoverages) {}

  execute({ patientId, coverageId, effectiveTo }: EndCoverageCommand): Promise<Coverage> {
    return this.coverages.change(patientId, async (manager) => {
      const coverage = await manager.findOneBy(Coverage, { id: coverageId, patientId });
      if (!coverage) throw new NotFoundError('coverage', coverageId);
      return Object.assign(coverage, { effectiveTo });
    });
  }
}
