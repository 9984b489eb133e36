export const claimPath = (id: string): string => `/claims/${id}`;
