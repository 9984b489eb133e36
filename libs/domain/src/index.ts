export * from './money';
export * from './validation/npi';
export * from './validation/calendar-date';
export * from './validation/time-zone';
export * from './validation/clinical-codes';
export * from './validation/us-states';
