import { ProblemError } from '../api/problem';
import { type StaffRole, useSignedInPerson } from '../session/signed-in-person';

/** The roles training's permission table lets read and manage everyone's training. */
const MANAGING_ROLES: readonly StaffRole[] = ['admin', 'clinic_manager'];

export const useManagesTraining = (): boolean =>
  useSignedInPerson()?.roles.some((role) => MANAGING_ROLES.includes(role)) ?? false;

/** The API's own answer wins over the console's reading of the roles: a 403 means this person may not see the page. */
export const isForbidden = (error: unknown): boolean => error instanceof ProblemError && error.problem.status === 403;
