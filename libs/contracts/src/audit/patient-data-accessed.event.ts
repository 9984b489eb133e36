import { z } from 'zod';
import { defineEvent } from '../envelope/event-contract';
import { Topic } from '../topics';

/** The kinds of patient record a service holds; billing and claims add theirs by name here, not by free text. */
export const patientRecordKinds = [
  'demographics',
  'coverage',
  'visit',
  'charge',
  'claim',
  'remittance',
  'payment',
] as const;
export type PatientRecordKind = (typeof patientRecordKinds)[number];

export const patientDataActions = ['read', 'create', 'update', 'delete'] as const;
export type PatientDataAction = (typeof patientDataActions)[number];

/**
 * One record touched: ids only. `id` is null when a list of the patient's records of that kind was read and
 * turned out empty (that the list is empty is itself a disclosure).
 */
export const patientRecordRefSchema = z
  .object({
    patientId: z.string().uuid(),
    kind: z.enum(patientRecordKinds),
    id: z.string().uuid().nullable(),
  })
  .strict();
export type PatientRecordRef = z.infer<typeof patientRecordRefSchema>;

/** Upper bound of records per event, so the largest schedule view still fits a Kafka message with room to spare. */
export const MAX_RECORDS_PER_ACCESS_EVENT = 1_000;

/**
 * Who read or changed which patient records, when, in which request: the raw material of the accounting of
 * disclosures. Strict objects, so a name, date of birth or member id can never ride along.
 */
export const PatientDataAccessed = defineEvent({
  type: 'patient-data.accessed',
  version: 1,
  topic: Topic.AuditPatientData,
  payload: z
    .object({
      service: z.string().min(1),
      actorUserId: z.string().uuid().nullable(),
      action: z.enum(patientDataActions),
      records: z.array(patientRecordRefSchema).min(1).max(MAX_RECORDS_PER_ACCESS_EVENT),
      occurredAt: z.string().datetime({ offset: true }),
      requestId: z.string().min(1).max(128).nullable(),
    })
    .strict(),
});
