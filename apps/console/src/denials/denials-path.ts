export const denialsPath = '/denials';
