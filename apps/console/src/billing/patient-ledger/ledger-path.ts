export const ledgerPath = (patientId: string): string => `/billing/patients/${patientId}`;
