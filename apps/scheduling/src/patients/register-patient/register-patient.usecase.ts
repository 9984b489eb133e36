import { Injectable } from '@nestjs/common';
import { PatientRegistered } from '@praxis/contracts';
import { OutboxWriter, PatientDataTrail } from '@praxis/messaging';
import { ConflictError, IdempotentRequests } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { PatientCoverages } from '../patient-coverages';
import { patientPayload } from '../patient-events';
import { nameKey } from '../patient-name-key';
import { Patient } from '../patient.entity';
import { RegisterPatientCommand } from './register-patient.command';
import { RegisterPatientDto } from './register-patient.dto';

type Identity = Pick<RegisterPatientDto, 'firstName' | 'lastName' | 'dateOfBirth'>;

/** The problem names the existing records by id only: the caller already knows the name and date of birth it sent. */
export class PossibleDuplicatePatientError extends ConflictError {
  constructor(possibleDuplicates: string[]) {
    super(
      'a patient with the same name and date of birth is already registered; resend with "confirmedNotDuplicate": true if this is someone else',
    );
    this.extensions.possibleDuplicates = possibleDuplicates;
  }
}

@Injectable()
export class RegisterPatient {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly outbox: OutboxWriter,
    private readonly trail: PatientDataTrail,
    private readonly idempotency: IdempotentRequests,
    private readonly coverages: PatientCoverages,
  ) {}

  execute({ tenantId, patient, idempotencyKey }: RegisterPatientCommand): Promise<Patient> {
    return this.transactions.run(async (manager) => {
      const { result, replayed } = await this.idempotency.once(
        manager,
        idempotencyKey,
        { registerPatient: patient },
        () => this.register(manager, tenantId, patient),
      );
      // A replay registers nothing, but it still shows the caller the patient.
      if (replayed)
        await this.trail.record(manager, 'read', [{ patientId: result.id, kind: 'demographics', id: result.id }]);
      return result;
    });
  }

  private async register(
    manager: EntityManager,
    tenantId: string,
    { confirmedNotDuplicate, ...demographics }: RegisterPatientDto,
  ): Promise<Patient> {
    if (!confirmedNotDuplicate) await this.refusePossibleDuplicates(manager, tenantId, demographics);
    const created = await manager.save(manager.create(Patient, { ...demographics, tenantId }));
    const patient = await manager.findOneByOrFail(Patient, { id: created.id });
    await this.outbox.append(manager, PatientRegistered, { aggregateId: patient.id, payload: patientPayload(patient) });
    // Billing and claims learn the mailing address only from coverage.updated v2/v3; a statement may precede any edit.
    await this.coverages.announceInsured(manager, patient, []);
    await this.trail.record(manager, 'create', [{ patientId: patient.id, kind: 'demographics', id: patient.id }]);
    return patient;
  }

  private async refusePossibleDuplicates(manager: EntityManager, tenantId: string, identity: Identity): Promise<void> {
    // Two desks registering the same walk-in at once would both find no duplicate; the lock makes the second wait and see the first.
    const keys = {
      firstName: nameKey(identity.firstName),
      lastName: nameKey(identity.lastName),
      dateOfBirth: identity.dateOfBirth,
    };
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      [tenantId, keys.firstName, keys.lastName, keys.dateOfBirth].join('|'),
    ]);
    const matches = await manager
      .createQueryBuilder(Patient, 'patient')
      .select('patient.id')
      .where('patient.date_of_birth = :dateOfBirth', keys)
      .andWhere('patient.first_name_key = :firstName', keys)
      .andWhere('patient.last_name_key = :lastName', keys)
      .orderBy('patient.created_at')
      .getMany();
    if (matches.length > 0) throw new PossibleDuplicatePatientError(matches.map((patient) => patient.id));
  }
}
