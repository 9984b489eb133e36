/** Pages a claim's scrub errors send the clerk to, kept apart from the data modules so wording can name them. */
export const payersPath = '/claims/payers';

/** Where the clerk sets up the payer a claim names, with its electronic id filled in. */
export const newPayerPath = (electronicPayerId: string): string =>
  `${payersPath}?${new URLSearchParams({ new: electronicPayerId }).toString()}`;

export const billingProfilePath = '/claims/billing-profile';
