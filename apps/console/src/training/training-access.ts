import { type StaffRole, useHoldsOneOf } from '../session/signed-in-person';

/** The roles training's permission table lets read and manage everyone's training. */
const MANAGING_ROLES: readonly StaffRole[] = ['admin', 'clinic_manager'];

export const useManagesTraining = (): boolean => useHoldsOneOf(MANAGING_ROLES);
