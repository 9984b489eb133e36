import { Injectable } from '@nestjs/common';
import { PatientDataTrail } from '@praxis/messaging';
import { decodeCursor, Page, PageQuery, pageOf, RequestValidationError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { isUUID } from 'class-validator';
import { SelectQueryBuilder } from 'typeorm';
import { nameKey } from '../patient-name-key';
import { Patient } from '../patient.entity';
import { SearchPatientsDto } from './search-patients.dto';

/** A forged cursor must be a 400, not a database error whose log line would carry the search terms. */
const refuseForgedCursor = (cursor: string | undefined): void => {
  const position = decodeCursor(cursor);
  if (position && !(isUUID(position.id) && !Number.isNaN(Date.parse(position.createdAt)))) {
    throw new RequestValidationError([{ field: 'cursor', message: 'cursor is not one this API issued' }]);
  }
};

export type PatientCriteria = Pick<SearchPatientsDto, 'lastName' | 'firstName' | 'dateOfBirth' | 'phone'>;

const matching = (query: SelectQueryBuilder<Patient>, { lastName, firstName, dateOfBirth, phone }: PatientCriteria) => {
  if (lastName) query.andWhere('starts_with(patient.last_name_key, :lastName)', { lastName: nameKey(lastName) });
  if (firstName) query.andWhere('starts_with(patient.first_name_key, :firstName)', { firstName: nameKey(firstName) });
  if (dateOfBirth) query.andWhere('patient.date_of_birth = :dateOfBirth', { dateOfBirth });
  if (phone) query.andWhere('patient.phone = :phone', { phone });
  return query;
};

@Injectable()
export class SearchPatients {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly trail: PatientDataTrail,
  ) {}

  /** Every patient on the page is disclosed to the caller, so each one's trail records the read. */
  execute(criteria: PatientCriteria, page: PageQuery): Promise<Page<Patient>> {
    refuseForgedCursor(page.cursor);
    return this.transactions.run(async (manager) => {
      const found = await pageOf(matching(manager.createQueryBuilder(Patient, 'patient'), criteria), page);
      await this.trail.record(
        manager,
        'read',
        found.items.map(({ id }) => ({ patientId: id, kind: 'demographics', id })),
      );
      return found;
    });
  }
}
