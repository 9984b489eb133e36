import { publicSamples } from '../../test/public-samples';
import { readX12 } from '../core/read-x12';
import { readRemittanceAdvice } from './read-835';

const remittancesIn = (bytes: Buffer) => {
  const document = readX12(bytes);
  return document.interchanges
    .flatMap((interchange) => interchange.groups)
    .flatMap((group) => group.transactionSets)
    .map((set) => readRemittanceAdvice(set, document.delimiters));
};

describe('readRemittanceAdvice on the public 835 files', () => {
  it.each(publicSamples('835-'))('reads $name, which balances, with every claim', ({ bytes }) => {
    const readings = remittancesIn(bytes);

    expect(readings.length).toBeGreaterThan(0);
    for (const { remittance, imbalances, problems } of readings) {
      expect(problems).toEqual([]);
      expect(imbalances).toEqual([]);
      expect(remittance.traceNumber).not.toBe('');
      expect(remittance.claims.length + remittance.providerAdjustments.length).toBeGreaterThan(0);
    }
  });

  it('reads a provider-level adjustment that adds money as a negative amount', () => {
    const [reading] = remittancesIn(publicSamples('835-badx12-tr3-medicare-part-a-plb')[0].bytes);

    expect(reading.remittance.providerAdjustments).toContainEqual(
      expect.objectContaining({ reason: 'CV', amount: { amountMinor: -127, currency: 'USD' } }),
    );
  });

  it('keeps a negative adjustment negative, as sent', () => {
    const [reading] = remittancesIn(publicSamples('835-badx12-secondary-negative-cas')[0].bytes);

    const adjustments = reading.remittance.claims.flatMap((claim) => [
      ...claim.adjustments,
      ...claim.serviceLines.flatMap((line) => line.adjustments),
    ]);
    expect(adjustments).toContainEqual(
      expect.objectContaining({ group: 'OA', reason: '94', amount: { amountMinor: -900, currency: 'USD' } }),
    );
  });

  it('reads the nine dental claims on one check, all with the same patient control number', () => {
    const [reading] = remittancesIn(publicSamples('835-badx12-dental-9-claims')[0].bytes);

    const claims = reading.remittance.claims;
    expect(claims).toHaveLength(9);
    expect(new Set(claims.map((claim) => claim.patientControlNumber)).size).toBe(1);
    expect(claims[0].serviceLines[0].procedure.qualifier).toBe('AD');
  });
});
