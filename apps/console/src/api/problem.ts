import type { Schemas } from './client';

export interface FreeSlot {
  providerId: string;
  locationId: string;
  startsAt: string;
  endsAt: string;
}

/** A visit the patient already has at the time asked for. */
export interface PatientVisitThen {
  providerName: string;
  localDate: string;
  localTime: string;
}

export interface ExpiredCredential {
  credentialName: string;
  expiredOn: string;
}

/**
 * problem+json as the services send it. Beside the standard fields, a time already taken adds the next free slots, a
 * patient already booked then names that visit, a provider blocked by a lapsed credential names the credentials, and a
 * change the visit's status forbids names the status.
 */
export type Problem = Schemas['Problem'] & {
  nextFreeSlots?: FreeSlot[];
  patientVisits?: PatientVisitThen[];
  expiredCredentials?: ExpiredCredential[];
  currentStatus?: string;
};

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

/** openapi-fetch hands back either data or the error body; queries and mutations want a thrown error instead. */
export const dataOrThrow = <T>({ data, error, response }: { data?: T; error?: unknown; response: Response }): T => {
  if (error !== undefined || data === undefined) {
    const problem = (error ?? {}) as Partial<Problem>;
    throw new ProblemError({ type: 'about:blank', title: response.statusText, status: response.status, ...problem });
  }
  return data;
};

/** The API's own answer wins over the console's reading of the roles: a 403 means this person may not see the page. */
export const isForbidden = (error: unknown): boolean => error instanceof ProblemError && error.problem.status === 403;
