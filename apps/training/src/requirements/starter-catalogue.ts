import type { Requirement } from './requirement.entity';

type StarterRequirement = Pick<
  Requirement,
  | 'name'
  | 'kind'
  | 'topic'
  | 'roles'
  | 'recurrence'
  | 'everyMonths'
  | 'graceDays'
  | 'dueWithinDays'
  | 'blocksScheduling'
>;

const everyone: Requirement['roles'] = ['admin', 'front_desk', 'billing_clerk', 'clinic_manager', 'provider'];

/**
 * What a new clinic starts with, for its manager to edit: OSHA 29 CFR 1910.1030 wants bloodborne pathogens training at
 * hire and yearly, HIPAA (45 CFR 164.530, 164.308) privacy training at hire and ongoing security awareness.
 */
export const STARTER_CATALOGUE: readonly StarterRequirement[] = [
  {
    name: 'OSHA bloodborne pathogens',
    kind: 'course',
    topic: 'osha_bloodborne_pathogens',
    roles: everyone,
    recurrence: 'months',
    everyMonths: 12,
    graceDays: 0,
    dueWithinDays: 10,
    blocksScheduling: false,
  },
  {
    name: 'HIPAA privacy',
    kind: 'course',
    topic: 'hipaa_privacy',
    roles: everyone,
    recurrence: 'once',
    everyMonths: null,
    graceDays: 0,
    dueWithinDays: 30,
    blocksScheduling: false,
  },
  {
    name: 'HIPAA security awareness',
    kind: 'course',
    topic: 'hipaa_security',
    roles: everyone,
    recurrence: 'months',
    everyMonths: 12,
    graceDays: 0,
    dueWithinDays: 30,
    blocksScheduling: false,
  },
  {
    name: 'BLS certification',
    kind: 'credential',
    topic: 'bls_card',
    roles: ['provider'],
    recurrence: 'months',
    everyMonths: 24,
    graceDays: 0,
    dueWithinDays: 30,
    blocksScheduling: true,
  },
  {
    name: 'State licence',
    kind: 'credential',
    topic: 'state_licence',
    roles: ['provider'],
    recurrence: 'printed_expiry',
    everyMonths: null,
    graceDays: 0,
    dueWithinDays: 0,
    blocksScheduling: true,
  },
];
