export const remittancesPath = '/remittances';
export const remittanceUploadPath = '/remittances/upload';
export const unmatchedPaymentsPath = '/remittances/unmatched';
export const remittancePath = (id: string): string => `/remittances/${id}`;
