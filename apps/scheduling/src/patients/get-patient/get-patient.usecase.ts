import { Injectable } from '@nestjs/common';
import { PatientDataTrail } from '@praxis/messaging';
import { NotFoundError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { Patient } from '../patient.entity';

@Injectable()
export class GetPatient {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly trail: PatientDataTrail,
  ) {}

  execute(id: string): Promise<Patient> {
    return this.transactions.run(async (manager) => {
      const patient = await manager.findOneBy(Patient, { id });
      if (!patient) throw new NotFoundError('patient', id);
      await this.trail.record(manager, 'read', [{ patientId: id, kind: 'demographics', id }]);
      return patient;
    });
  }
}
