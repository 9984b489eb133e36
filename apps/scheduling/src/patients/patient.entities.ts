export const patientEntities = [];
