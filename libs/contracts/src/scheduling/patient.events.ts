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
