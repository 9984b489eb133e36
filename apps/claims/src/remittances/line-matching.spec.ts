import { ClaimLine } from '../claims/claim-line.entity';
import { StoredLinePayment } from './claim-payment.entity';
import { matchLines } from './line-matching';

const aClaimLine = (id: string, procedureCode: string, modifiers: string[] = []) =>
  ({ id, procedureCode, modifiers, amountMinor: 10_000 }) as ClaimLine;

const aPaidLine = (overrides: Partial<StoredLinePayment>): StoredLinePayment => ({
  procedureCode: '99213',
  modifiers: [],
  billedProcedureCode: null,
  billedModifiers: [],
  chargeMinor: 10_000,
  paidMinor: 8_000,
  units: 1,
  serviceDate: '2026-03-02',
  lineControlNumber: null,
  adjustments: [],
  remarks: [],
  matchedLineId: null,
  ...overrides,
});

const idsOf = (result: ReturnType<typeof matchLines>) =>
  'lines' in result ? result.lines.map(({ id }) => id) : result;

describe('matchLines (which claim line each paid line answers)', () => {
  const visit = aClaimLine('office-visit', '99213', ['25']);
  const injection = aClaimLine('injection', '96372');
  const vaccine = aClaimLine('vaccine', '90686');

  it('follows the line control number the 837 sent, whatever code the payer paid under', () => {
    const paid = [aPaidLine({ procedureCode: '99999', lineControlNumber: 'injection' })];

    expect(idsOf(matchLines(paid, [visit, injection]))).toEqual(['injection']);
  });

  it('finds a line by its code and modifiers, and by its code alone when the payer dropped a modifier', () => {
    const paid = [aPaidLine({ procedureCode: '96372' }), aPaidLine({ procedureCode: '99213', modifiers: [] })];

    expect(idsOf(matchLines(paid, [visit, injection]))).toEqual(['injection', 'office-visit']);
  });

  it('finds a bundled line by the code as billed (SVC06), each claim line answering once', () => {
    const paid = [
      aPaidLine({ procedureCode: '99213', modifiers: ['25'] }),
      aPaidLine({ procedureCode: '99213', billedProcedureCode: '90686', paidMinor: 0 }),
    ];

    expect(idsOf(matchLines(paid, [visit, vaccine]))).toEqual(['office-visit', 'vaccine']);
  });

  it('names the paid line no claim line answers rather than guessing', () => {
    const paid = [aPaidLine({ procedureCode: '99213' }), aPaidLine({ procedureCode: '99213' })];

    expect(matchLines(paid, [visit, injection])).toEqual({ reason: 'line 2 (99213) answers no line of the claim' });
  });
});
