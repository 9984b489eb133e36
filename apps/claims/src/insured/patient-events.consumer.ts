import { Controller } from '@nestjs/common';
import { CoverageUpdatedV3, EventEnvelope, isEvent, PATIENT_EVENTS, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { Clock } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { ClaimScrubbing } from '../claims/scrub/claim-scrubbing';
import { InsuredCoverage } from './insured-coverage.entity';
import { InsuredPatient } from './insured-patient.entity';

/**
 * Claims keeps who is insured, and by whom, from coverage.updated v3 (every rank; v1 and v2 leave a tertiary out): each
 * replaces the patient and their list. A patient's charges may reach claims before their coverage (another topic):
 * their open claims are scrubbed again with what is now known.
 */
@Controller()
export class PatientEventsConsumer {
  constructor(
    private readonly scrubbing: ClaimScrubbing,
    private readonly clock: Clock,
  ) {}

  @ConsumeEvents(Topic.SchedulingPatients, PATIENT_EVENTS)
  async onPatientEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    if (!isEvent(CoverageUpdatedV3, envelope)) return;
    const { tenantId } = envelope;
    const { patientId, patient, coverages } = envelope.payload;
    await manager.upsert(InsuredPatient, { id: patientId, tenantId, ...patient }, ['id']);
    await manager.delete(InsuredCoverage, { patientId });
    if (coverages.length > 0)
      await manager.insert(
        InsuredCoverage,
        coverages.map(({ coverageId, ...coverage }) => ({ ...coverage, id: coverageId, tenantId, patientId })),
      );
    await this.scrubbing.scrubOpenAgain(manager, { patientId }, { actorUserId: null, now: this.clock.now() });
  }
}
