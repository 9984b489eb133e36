import { type StaffRole, useHoldsOneOf } from '../session/signed-in-person';

/** The roles claims' permission table names, only to choose what to offer: the API's 403 still decides. */
const READING_ROLES: readonly StaffRole[] = ['admin', 'billing_clerk', 'clinic_manager'];
const WORKING_ROLES: readonly StaffRole[] = ['admin', 'billing_clerk'];

/** Reads claims, their submissions, payers and the billing profile. */
export const useReadsClaims = (): boolean => useHoldsOneOf(READING_ROLES);

/** Fixes, scrubs, voids and submits claims, sets up payers and the billing profile, and uploads acknowledgements. */
export const useWorksClaims = (): boolean => useHoldsOneOf(WORKING_ROLES);

export const useClaimsLinks = () => (useReadsClaims() ? [{ path: '/claims', name: 'Claims' }] : []);
