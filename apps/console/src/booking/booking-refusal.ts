import { ProblemError, type FreeSlot, type Problem } from '../api/problem';
import { spokenTime } from '../calendar/wall-clock';

export interface Refusal {
  message: string;
  /** Free starts the service offers instead, when the time was taken. */
  alternatives: FreeSlot[];
}

/** Booking a new visit, or moving a booked one to another time or provider. */
export type VisitChange = 'book' | 'move';

const DONE: Record<VisitChange, string> = { book: 'booked', move: 'moved' };

const withoutAlternatives = (message: string): Refusal => ({ message, alternatives: [] });

/** How an API client would override the rule ("; send \"allowOffGrid\": true to ..."): nothing the desk can act on. */
const API_OVERRIDE_HINT = /; send "\w+": true .*$/;

/** The rule a 422 names, said as the desk would say it. */
const brokenRule = (detail: string | undefined): string =>
  detail === 'startsAt is in the past'
    ? 'that time has already passed'
    : (detail?.replace(API_OVERRIDE_HINT, '') ?? 'it breaks a scheduling rule');

const conflictInWords = (
  problem: Problem,
  provider: { id: string; displayName: string },
  time: string,
  change: VisitChange,
): Refusal => {
  if (problem.nextFreeSlots) {
    // The visit is booked with this provider, so only this provider's times are offered.
    const alternatives = problem.nextFreeSlots.filter((slot) => slot.providerId === provider.id);
    const offer = alternatives.length ? ' These times are still free:' : ' There is no free time left nearby.';
    return {
      message: `${provider.displayName} is not free for this visit at ${time}: someone booked that time meanwhile, or the visit would run into the next one.${offer}`,
      alternatives,
    };
  }
  if (problem.patientVisits) {
    const visits = problem.patientVisits.map(
      (visit) => `${spokenTime(visit.localTime)} on ${visit.localDate} with ${visit.providerName}`,
    );
    return withoutAlternatives(`The patient already has a visit then (${visits.join(', ')}). Choose another time.`);
  }
  if (problem.expiredCredentials) {
    const lapsed = problem.expiredCredentials.map(
      (credential) => `${credential.credentialName} expired on ${credential.expiredOn}`,
    );
    return withoutAlternatives(
      `${provider.displayName} cannot see patients until a lapsed credential is renewed (${lapsed.join(', ')}). Choose another provider.`,
    );
  }
  if (problem.currentStatus)
    return withoutAlternatives(
      `This visit is ${problem.currentStatus.replace('_', ' ')}, so it can no longer be ${DONE[change]}.`,
    );
  return withoutAlternatives(`Nothing was ${DONE[change]}: ${problem.detail ?? problem.title}.`);
};

/** The service's refusal in the words a receptionist would use at the desk. */
export const refusalInWords = (
  error: unknown,
  provider: { id: string; displayName: string },
  time: string,
  change: VisitChange = 'book',
): Refusal => {
  if (!(error instanceof ProblemError))
    return withoutAlternatives(`Praxis could not be reached, so nothing was ${DONE[change]}. Try again.`);
  const { status, detail } = error.problem;
  if (status === 409) return conflictInWords(error.problem, provider, time, change);
  if (status === 422)
    return withoutAlternatives(`This visit cannot be ${DONE[change]} at ${time}: ${brokenRule(detail)}.`);
  if (status === 403)
    return withoutAlternatives(
      `Your role does not allow ${change === 'book' ? 'booking' : 'moving'} visits. Ask a colleague at the front desk.`,
    );
  return withoutAlternatives(`Nothing was ${DONE[change]}: ${detail ?? error.problem.title}.`);
};
