import { Controller } from '@nestjs/common';
import { CoverageUpdated, EventEnvelope, isEvent, PATIENT_EVENTS, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { EntityManager } from 'typeorm';
import { decideWhoPaysUnreleasedVisits } from '../charges/who-pays';
import { recordPatientEvent } from '../patients/patient-directory';
import { PatientCoverage } from './patient-coverage.entity';

/**
 * Billing keeps who pays for a patient's visits: each coverage.updated v1 replaces the patient's whole list, and decides
 * again for the visits not yet released.
 */
@Controller()
export class CoverageEventsConsumer {
  @ConsumeEvents(Topic.SchedulingPatients, PATIENT_EVENTS)
  async onPatientEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    await recordPatientEvent(manager, envelope);
    if (!isEvent(CoverageUpdated, envelope)) return;
    const { patientId, coverages } = envelope.payload;
    await manager.delete(PatientCoverage, { patientId });
    await manager.insert(
      PatientCoverage,
      coverages.map(({ coverageId, payerId, rank, effectiveFrom, effectiveTo }) => ({
        coverageId,
        tenantId: envelope.tenantId,
        patientId,
        payerId,
        rank,
        effectiveFrom,
        effectiveTo,
      })),
    );
    await decideWhoPaysUnreleasedVisits(manager, patientId);
  }
}
