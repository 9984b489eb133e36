import { readRemittanceAdvice, readX12 } from '@praxis/x12';
import { AcceptedClaim, remittanceFilesFor } from './remittance-files';

const claims: AcceptedClaim[] = Array.from({ length: 25 }, (_, index) => ({
  patientControlNumber: `PCN${index}`,
  payerClaimControlNumber: `SBX${index}`,
  dateOfService: '2026-03-02',
  lines: [
    { procedureCode: '99213', modifiers: [], units: 1, chargeMinor: 12_500 + index },
    { procedureCode: '96372', modifiers: ['25'], units: 2, chargeMinor: 5_000 },
  ],
}));

describe("the benchmark's 835 files", () => {
  it('pay every claim once, in payments that balance and carry trace numbers of their own', () => {
    const files = remittanceFilesFor(
      claims,
      { name: 'BENCH CLINIC', npi: '1234567893' },
      { claimsPerSet: 4, setsPerFile: 3 },
    );

    const readings = files.flatMap(({ content }) => {
      const document = readX12(content);
      expect(document.problems).toEqual([]);
      return document.interchanges[0].groups[0].transactionSets.map((set) =>
        readRemittanceAdvice(set, document.delimiters),
      );
    });
    expect(readings.flatMap(({ problems, imbalances }) => [...problems, ...imbalances])).toEqual([]);
    const paid = readings.flatMap(({ remittance }) => remittance.claims.map((claim) => claim.patientControlNumber));
    expect(paid).toEqual(claims.map((claim) => claim.patientControlNumber));
    const traces = readings.map(({ remittance }) => remittance.traceNumber);
    expect(new Set(traces).size).toBe(Math.ceil(claims.length / 4));
    expect(files.flatMap((file) => file.traceNumbers)).toEqual(traces);
  });
});
