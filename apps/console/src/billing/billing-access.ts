import { type StaffRole, useHoldsOneOf } from '../session/signed-in-person';

/** The roles billing's permission table lets read charges and balances, and those that may change them. */
const READING_ROLES: readonly StaffRole[] = ['admin', 'billing_clerk', 'clinic_manager'];
const WORKING_ROLES: readonly StaffRole[] = ['admin', 'billing_clerk'];

export const useReadsBilling = (): boolean => useHoldsOneOf(READING_ROLES);

/** The API's 403 still decides; this only keeps buttons away from those who cannot use them. */
export const useWorksCharges = (): boolean => useHoldsOneOf(WORKING_ROLES);

export const BILLING_LINKS = [
  { path: '/billing', name: 'Charge review' },
  { path: '/billing/day-sheet', name: 'Day sheet' },
  { path: '/billing/ar-aging', name: 'A/R aging' },
];
