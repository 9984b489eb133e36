import type { PayerResponsibility } from '@praxis/x12';
import type { Responsibility } from './claim.entity';

/** SBR01 of the claim's own payer (2000B) or of a prior payer (2320): its place in the order of payment. */
export const PAYER_RESPONSIBILITY: Readonly<Record<Responsibility, PayerResponsibility>> = {
  primary: 'P',
  secondary: 'S',
  tertiary: 'T',
};
