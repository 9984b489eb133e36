export const timelyFilingPath = '/timely-filing';
