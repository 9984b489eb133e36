import { type StaffRole, useHoldsOneOf } from '../session/signed-in-person';

/**
 * The roles billing's permission table names for each kind of work, only to choose what to offer: the API's 403 still
 * decides.
 */
const READING_ROLES: readonly StaffRole[] = ['admin', 'billing_clerk', 'clinic_manager'];
const WORKING_ROLES: readonly StaffRole[] = ['admin', 'billing_clerk'];
const COPAY_ROLES: readonly StaffRole[] = ['admin', 'billing_clerk', 'front_desk'];
const STATEMENT_ROLES: readonly StaffRole[] = ['billing_clerk', 'clinic_manager'];

/** Reads charges, fee schedules, balances, payments and reports. */
export const useReadsBilling = (): boolean => useHoldsOneOf(READING_ROLES);

/** Releases, holds, prices and corrects charges, imports fee schedules, and posts and applies payments. */
export const useWorksBilling = (): boolean => useHoldsOneOf(WORKING_ROLES);

/** Takes a co-pay when the patient checks in. */
export const useTakesCopays = (): boolean => useHoldsOneOf(COPAY_ROLES);

/** Runs and reads patient statements. */
export const useRunsStatements = (): boolean => useHoldsOneOf(STATEMENT_ROLES);

/** The billing pages each signed-in person is offered. */
export const useBillingLinks = () => {
  const readsBilling = useReadsBilling();
  const runsStatements = useRunsStatements();
  return [
    ...(readsBilling
      ? [
          { path: '/billing', name: 'Charge review' },
          { path: '/billing/day-sheet', name: 'Day sheet' },
          { path: '/billing/ar-aging', name: 'A/R aging' },
          { path: '/billing/fee-schedules', name: 'Fee schedules' },
        ]
      : []),
    ...(runsStatements ? [{ path: '/billing/statements', name: 'Statements' }] : []),
  ];
};
