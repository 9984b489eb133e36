/** Every BullMQ queue in Praxis, in one place: a queue is named here or it does not exist. */
export enum QueueName {
  AppointmentReminders = 'appointment-reminders',
  ClaimSubmission = 'claim-submission',
  ClaimStatusPolling = 'claim-status-polling',
  TrainingExpiryScan = 'training-expiry-scan',
  PatientStatements = 'patient-statements',
}
