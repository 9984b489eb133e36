import { ConflictError } from '@praxis/platform';

export class PayerIdTakenError extends ConflictError {
  constructor() {
    super('the clinic already has a payer with that electronic payer id');
  }
}
