/** Every Kafka topic, one per aggregate family. Events of one aggregate share a key, so they stay ordered. */
export enum Topic {
  IdentityTenants = 'identity.tenants',
  IdentityStaff = 'identity.staff',
  IdentityLocations = 'identity.locations',
  SchedulingPatients = 'scheduling.patients',
  SchedulingAppointments = 'scheduling.appointments',
  BillingCharges = 'billing.charges',
  /** Claims' lifecycle and what payers decided, keyed by claim. */
  ClaimsClaims = 'claims.claims',
  /** What a payer gave or took at the clinic's own level in a remittance (PLB), keyed by remittance. */
  ClaimsRemittances = 'claims.remittances',
  TrainingRecords = 'training.records',
  /** Accesses to patient data from every service, gathered into identity's one audit trail. */
  AuditPatientData = 'audit.patient-data',
}

export const deadLetterTopicOf = (topic: string): string => `${topic}.dlt`;
