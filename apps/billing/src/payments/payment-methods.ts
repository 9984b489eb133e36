/** How a patient pays; a refund goes back by the method the payment came in. */
export const paymentMethods = ['cash', 'check', 'card'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
