import { ConstraintViolations } from '@praxis/platform';
import { PayerIdTakenError } from './payers/payer-rules';

/** Two clerks adding the same payer at once still get the same 409. */
export const claimsConstraintViolations: ConstraintViolations = {
  payers_one_per_electronic_id: () => new PayerIdTakenError(),
};
