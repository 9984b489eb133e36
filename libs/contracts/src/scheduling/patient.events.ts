import { z } from 'zod';
import { defineEvent } from '../envelope/event-contract';
import { Topic } from '../topics';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const patient = z.object({
  patientId: z.string().uuid(),
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  dateOfBirth: isoDate,
  sex: z.enum(['female', 'male', 'other', 'unknown']),
});

export const PatientRegistered = defineEvent({
  type: 'patient.registered',
  version: 1,
  topic: Topic.SchedulingPatients,
  payload: patient,
});
export const PatientUpdated = defineEvent({
  type: 'patient.updated',
  version: 1,
  topic: Topic.SchedulingPatients,
  payload: patient,
});

export const coverageSchema = z.object({
  coverageId: z.string().uuid(),
  payerId: z.string().min(1),
  payerName: z.string().min(1),
  memberId: z.string().min(1),
  groupNumber: z.string().nullable(),
  /** A tertiary coverage is left out of v1 and v2, whose consumers know two ranks; v3 lists it. */
  rank: z.enum(['primary', 'secondary']),
  subscriberRelationship: z.enum(['self', 'spouse', 'child', 'other']),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
});

/** The patient's whole current coverage list, so consumers can replace rather than merge. */
export const CoverageUpdated = defineEvent({
  type: 'coverage.updated',
  version: 1,
  topic: Topic.SchedulingPatients,
  payload: z.object({ patientId: z.string().uuid(), coverages: z.array(coverageSchema) }),
});

const postalAddress = z.object({
  line1: z.string().min(1),
  line2: z.string().min(1).nullable(),
  city: z.string().min(1),
  state: z.string().length(2),
  postalCode: z.string().regex(/^\d{5}(-?\d{4})?$/),
});

const sex = z.enum(['female', 'male', 'other', 'unknown']);

/** The policy holder as a claim names them; for `self` these are the patient's own details. Unknown ones are null. */
const subscriberSchema = z.object({
  relationship: z.enum(['self', 'spouse', 'child', 'other']),
  firstName: z.string().min(1).nullable(),
  lastName: z.string().min(1).nullable(),
  dateOfBirth: isoDate.nullable(),
  sex: sex.nullable(),
  address: postalAddress.nullable(),
});

export const coverageV2Schema = coverageSchema
  .omit({ subscriberRelationship: true })
  .extend({ subscriber: subscriberSchema });

const insuredPayload = z.object({
  patientId: z.string().uuid(),
  patient: patient.omit({ patientId: true }).extend({ address: postalAddress }),
  coverages: z.array(coverageV2Schema),
});

/**
 * Everything a claim needs about who is insured: the patient with their address, and each coverage with its
 * subscriber. Announced at registration (no coverage yet) and on every change to the patient or their coverage; a
 * coverage change announces v1 beside it while consumers of v1 remain. Like v1 it knows two ranks, so a tertiary
 * coverage is left out of it (v3 lists it).
 */
export const CoverageUpdatedV2 = defineEvent({
  type: 'coverage.updated',
  version: 2,
  topic: Topic.SchedulingPatients,
  payload: insuredPayload,
});

/** Ranks in the order payers are billed, each after the one before it decided. */
export const coverageV3Schema = coverageV2Schema.extend({ rank: z.enum(['primary', 'secondary', 'tertiary']) });

/** v2 with every rank, a tertiary coverage included; announced beside v1 and v2 while their consumers remain. */
export const CoverageUpdatedV3 = defineEvent({
  type: 'coverage.updated',
  version: 3,
  topic: Topic.SchedulingPatients,
  payload: insuredPayload.extend({ coverages: z.array(coverageV3Schema) }),
});

/** Every event on the patients topic: a consumer of the topic must accept them all, even those it leaves be. */
export const PATIENT_EVENTS = [
  PatientRegistered,
  PatientUpdated,
  CoverageUpdated,
  CoverageUpdatedV2,
  CoverageUpdatedV3,
] as const;
