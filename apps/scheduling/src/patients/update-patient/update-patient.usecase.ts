import { Injectable } from '@nestjs/common';
import { PatientUpdated } from '@praxis/contracts';
import { OutboxWriter, PatientDataTrail } from '@praxis/messaging';
import { NotFoundError, sentFields } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { PatientCoverages } from '../patient-coverages';
import { patientPayload } from '../patient-events';
import { Patient } from '../patient.entity';
import { UpdatePatientCommand } from './update-patient.command';

@Injectable()
export class UpdatePatient {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly outbox: OutboxWriter,
    private readonly trail: PatientDataTrail,
    private readonly coverages: PatientCoverages,
  ) {}

  execute({ patientId: id, changes }: UpdatePatientCommand): Promise<Patient> {
    return this.transactions.run(async (manager) => {
      // Locked so two concurrent edits publish their events in the order they were applied.
      const patient = await manager.findOne(Patient, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!patient) throw new NotFoundError('patient', id);
      await this.trail.record(manager, 'update', [{ patientId: id, kind: 'demographics', id }]);
      await manager.save(Object.assign(patient, sentFields(changes)));
      const updated = await manager.findOneByOrFail(Patient, { id });
      await this.outbox.append(manager, PatientUpdated, { aggregateId: id, payload: patientPayload(updated) });
      await this.coverages.announceInsured(manager, updated);
      return updated;
    });
  }
}
