import { api, type Schemas } from '../api/client';
import { idempotencyKey } from '../api/idempotency-key';
import { dataOrThrow } from '../api/problem';
import type { Patient } from '../calendar/day-data';

type NewPatient = Schemas['RegisterPatientDto'];
type NewCoverage = Schemas['RecordCoverageDto'];
type Relationship = NewCoverage['subscriber']['relationship'];

const textOf = (form: FormData, name: string): string => String(form.get(name) ?? '').trim();
/** An empty optional field is left out: the API refuses an empty string where a value may be omitted. */
const optionalTextOf = (form: FormData, name: string): string | undefined => textOf(form, name) || undefined;

/** Field names are the API's own (dotted when nested), so a refused field finds its input by name. */
export const newPatientFrom = (form: FormData, confirmedNotDuplicate: boolean): NewPatient => ({
  firstName: textOf(form, 'firstName'),
  lastName: textOf(form, 'lastName'),
  dateOfBirth: textOf(form, 'dateOfBirth'),
  sex: textOf(form, 'sex') as NewPatient['sex'],
  phone: textOf(form, 'phone'),
  email: optionalTextOf(form, 'email'),
  address: {
    line1: textOf(form, 'address.line1'),
    city: textOf(form, 'address.city'),
    state: textOf(form, 'address.state').toUpperCase() as NewPatient['address']['state'],
    postalCode: textOf(form, 'address.postalCode'),
  },
  ...(confirmedNotDuplicate ? { confirmedNotDuplicate } : {}),
});

export const newCoverageFrom = (form: FormData): NewCoverage => {
  const relationship = textOf(form, 'subscriber.relationship') as Relationship;
  return {
    payerName: textOf(form, 'payerName'),
    payerId: textOf(form, 'payerId'),
    memberId: textOf(form, 'memberId'),
    groupNumber: optionalTextOf(form, 'groupNumber'),
    rank: 'primary',
    effectiveFrom: textOf(form, 'effectiveFrom'),
    subscriber:
      relationship === 'self'
        ? { relationship }
        : {
            relationship,
            firstName: textOf(form, 'subscriber.firstName'),
            lastName: textOf(form, 'subscriber.lastName'),
            dateOfBirth: textOf(form, 'subscriber.dateOfBirth'),
          },
  };
};

export const registerPatient = async (formKey: string, body: NewPatient): Promise<Patient> =>
  dataOrThrow(
    await api.POST('/api/v1/patients', {
      params: { header: { 'Idempotency-Key': await idempotencyKey(formKey, body) } },
      body,
    }),
  );

export const recordCoverage = async (formKey: string, patientId: string, body: NewCoverage) =>
  dataOrThrow(
    await api.POST('/api/v1/patients/{patientId}/coverages', {
      params: { path: { patientId }, header: { 'Idempotency-Key': await idempotencyKey(formKey, body) } },
      body,
    }),
  );
