import { readClaimAcknowledgement } from './acknowledgements/read-277ca';
import { readFunctionalAcknowledgement } from './acknowledgements/read-999';
import { Delimiters } from './core/delimiters';
import { TransactionSet } from './core/envelope';
import { readProfessionalClaims } from './professional-claims/read-837p';
import { readRemittanceAdvice } from './remittances/read-835';

/** Each transaction set type Praxis exchanges, read by its own reader, tagged by type. */
export type ReadTransactionSet =
  | { type: '837'; reading: ReturnType<typeof readProfessionalClaims> }
  | { type: '835'; reading: ReturnType<typeof readRemittanceAdvice> }
  | { type: '999'; reading: ReturnType<typeof readFunctionalAcknowledgement> }
  | { type: '277'; reading: ReturnType<typeof readClaimAcknowledgement> }
  | { type: 'other'; set: TransactionSet };

/** Reads a transaction set with the reader its ST01 calls for; a type Praxis does not exchange is passed back. */
export const readTransactionSet = (set: TransactionSet, delimiters: Delimiters): ReadTransactionSet => {
  switch (set.type) {
    case '837':
      return { type: '837', reading: readProfessionalClaims(set, delimiters) };
    case '835':
      return { type: '835', reading: readRemittanceAdvice(set, delimiters) };
    case '999':
      return { type: '999', reading: readFunctionalAcknowledgement(set, delimiters) };
    case '277':
      return { type: '277', reading: readClaimAcknowledgement(set, delimiters) };
    default:
      return { type: 'other', set };
  }
};
