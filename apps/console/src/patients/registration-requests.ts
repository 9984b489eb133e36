import { api, type Schemas } from '../api/client';
import { idempotencyKey } from '../api/idempotency-key';
import { dataOrThrow } from '../api/problem';
import type { Patient } from '../calendar/day-data';
import { addressFrom, optionalTextOf, textOf } from '../forms/form-data';

type NewPatient = Schemas['RegisterPatientDto'];
type NewCoverage = Schemas['RecordCoverageDto'];
type Relationship = NewCoverage['subscriber']['relationship'];
type UsState = Schemas['AddressDto']['state'];
type Sex = Schemas['SubscriberDto']['sex'];

/** Field names are the API's own (dotted when nested), so a refused field finds its input by name. */
export const newPatientFrom = (form: FormData, confirmedNotDuplicate: boolean): NewPatient => ({
  firstName: textOf(form, 'firstName'),
  lastName: textOf(form, 'lastName'),
  dateOfBirth: textOf(form, 'dateOfBirth'),
  sex: textOf(form, 'sex') as NewPatient['sex'],
  phone: textOf(form, 'phone'),
  email: optionalTextOf(form, 'email'),
  address: addressFrom<UsState>(form, 'address'),
  ...(confirmedNotDuplicate ? { confirmedNotDuplicate } : {}),
});

/** The policy holder as the form names them; the patient themselves needs no more than the relationship. */
export const subscriberFrom = (form: FormData): NewCoverage['subscriber'] => {
  const relationship = textOf(form, 'subscriber.relationship') as Relationship;
  if (relationship === 'self') return { relationship };
  return {
    relationship,
    firstName: textOf(form, 'subscriber.firstName'),
    lastName: textOf(form, 'subscriber.lastName'),
    dateOfBirth: textOf(form, 'subscriber.dateOfBirth'),
    // Claims name the policy holder's sex and address; without them the payer's claim stops at the scrubber.
    sex: textOf(form, 'subscriber.sex') as Sex,
    address: addressFrom<UsState>(form, 'subscriber.address'),
  };
};

export const newCoverageFrom = (form: FormData): NewCoverage => ({
  payerName: textOf(form, 'payerName'),
  payerId: textOf(form, 'payerId'),
  memberId: textOf(form, 'memberId'),
  groupNumber: optionalTextOf(form, 'groupNumber'),
  rank: textOf(form, 'rank') as NewCoverage['rank'],
  effectiveFrom: textOf(form, 'effectiveFrom'),
  subscriber: subscriberFrom(form),
});

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
