import { UnprocessableError } from '@praxis/platform';
import { feeScheduleCsv } from '../../test/billing-use-cases';
import { readFeeScheduleCsv, writeFeeScheduleCsv } from './fee-schedule-csv';
import { FeeSchedule } from './fee-schedule.entity';

const problemsOf = (csv: string) => {
  try {
    readFeeScheduleCsv(csv, 'USD');
  } catch (error) {
    if (error instanceof UnprocessableError) return error.errors;
    throw error;
  }
  throw new Error('the file was accepted');
};

describe('fee schedule CSV', () => {
  it('reads prices in minor units, with each payer contracted amount under its price', () => {
    const lines = readFeeScheduleCsv(
      feeScheduleCsv('99213,,,125.00', '99213,,60054,98.40', '99213,25 59,,140', 'g0008,,,30.5'),
      'USD',
    );
    expect(lines).toEqual([
      {
        procedureCode: '99213',
        modifiers: [],
        amountMinor: 12_500,
        contractedAmounts: [{ payerId: '60054', allowedMinor: 9_840 }],
      },
      { procedureCode: '99213', modifiers: ['25', '59'], amountMinor: 14_000, contractedAmounts: [] },
      { procedureCode: 'G0008', modifiers: [], amountMinor: 3_050, contractedAmounts: [] },
    ]);
  });

  it('names every malformed row by its line in the file', () => {
    const problems = problemsOf(feeScheduleCsv('99213,,,125.00', '9921,,,10', '99214,XYZ,,10', '99215,,,-5.00'));
    expect(problems).toEqual([
      { field: 'line 3', message: '9921 is not a CPT or HCPCS code' },
      { field: 'line 4', message: 'XYZ is not a modifier' },
      { field: 'line 5', message: '-5.00 is not an amount in USD such as 125.00' },
    ]);
  });

  it('refuses a price listed twice and a payer amount without its price', () => {
    const problems = problemsOf(feeScheduleCsv('99213,,,125.00', '99213,,,120.00', '99214,,60054,90.00'));
    expect(problems).toEqual([
      { field: 'line 3', message: 'repeats the price of line 2' },
      { field: 'line 4', message: 'has payer amounts but no row without payer_id' },
    ]);
  });

  it('refuses a file without the columns, a row of the wrong width, and a file with no prices', () => {
    expect(problemsOf('code,price\r\n99213,125.00')).toEqual([
      { field: 'line 1', message: 'missing procedure_code, modifiers, payer_id, amount' },
    ]);
    expect(problemsOf(feeScheduleCsv('99213,,,125.00', '99214,,125.00'))[0].field).toBe('line 3');
    expect(problemsOf(feeScheduleCsv())).toEqual([{ field: 'line 2', message: 'the file lists no prices' }]);
  });

  it('writes a schedule back as the file it reads', () => {
    const csv = feeScheduleCsv('99213,,,125.00', '99213,,60054,98.40', '99213,25 59,,140.00');
    const prices = readFeeScheduleCsv(csv, 'USD').map((line) => ({ ...line, modifierKey: '' }));
    const schedule = { currency: 'USD', prices } as unknown as FeeSchedule;
    expect(readFeeScheduleCsv(writeFeeScheduleCsv(schedule), 'USD')).toEqual(readFeeScheduleCsv(csv, 'USD'));
  });
});
