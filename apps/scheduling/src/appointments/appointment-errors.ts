import { ConflictError, UnprocessableError, violatedConstraint } from '@praxis/platform';
import type { Slot } from '../availability/availability-calendar';

/** A slot offered instead of a taken one, with the zone its local date and time are read in. */
export type FreeSlot = Slot & { timeZone: string };

export class SlotTakenError extends ConflictError {
  constructor(nextFreeSlots: FreeSlot[]) {
    super('the provider is already booked at that time');
    this.extensions.nextFreeSlots = nextFreeSlots;
  }
}

/** One of the patient's visits that already holds the time asked for. */
export interface PatientVisitThen {
  appointmentId: string;
  providerId: string;
  providerName: string;
  startsAt: string;
  endsAt: string;
  localDate: string;
  localTime: string;
  timeZone: string;
}

export class PatientAlreadyBookedError extends ConflictError {
  constructor(visits: PatientVisitThen[]) {
    const when = visits.map((visit) => `${visit.localTime} on ${visit.localDate} with ${visit.providerName}`);
    super(
      `the patient already has a visit then${when.length > 0 ? ` (${when.join(', ')})` : ''}; ` +
        'send "allowPatientOverlap": true to book both',
    );
    this.extensions.patientVisits = visits;
  }
}

export class ProviderBlockedError extends ConflictError {
  constructor(provider: string, credentials: Array<{ credentialName: string; expiredOn: string }>) {
    const expired = credentials
      .map((credential) => `${credential.credentialName} expired on ${credential.expiredOn}`)
      .join(', ');
    super(`${provider} cannot be booked until renewed: ${expired}`);
    this.extensions.expiredCredentials = credentials;
  }
}

export class OutsideWorkingHoursError extends UnprocessableError {
  constructor(reason: string) {
    super(reason, [{ field: 'startsAt', message: reason }]);
  }
}

export interface SlotGridMiss {
  requested: string;
  stepMinutes: number;
  before: string;
  after: string;
  visitType: string;
}

export class OffGridStartError extends UnprocessableError {
  constructor({ requested, stepMinutes, before, after, visitType }: SlotGridMiss) {
    const reason =
      `${requested} is not on the ${stepMinutes}-minute grid ${visitType} visits start on ` +
      `(nearest: ${before} or ${after}); send "allowOffGrid": true to book that time anyway`;
    super(reason, [{ field: 'startsAt', message: reason }]);
  }
}

export class UnknownReferenceError extends UnprocessableError {
  constructor(field: string, what: string) {
    super(`${what} does not exist in this clinic`, [{ field, message: `no such ${what}` }]);
  }
}

export const isDoubleBooking = (error: unknown): boolean =>
  violatedConstraint(error) === 'appointments_no_double_booking';

export const isPatientOverlap = (error: unknown): boolean =>
  violatedConstraint(error) === 'appointments_no_patient_overlap';
