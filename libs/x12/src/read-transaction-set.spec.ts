import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { publicSamples } from '../test/public-samples';
import { readX12 } from './core/read-x12';
import { readTransactionSet } from './read-transaction-set';

const readEverySet = (input: string | Buffer) => {
  const document = readX12(input);
  return document.interchanges
    .flatMap((interchange) => interchange.groups)
    .flatMap((group) => group.transactionSets)
    .map((set) => readTransactionSet(set, document.delimiters));
};

const typeByPrefix: Record<string, string> = { '277ca': '277', '835': '835', '837p': '837', '999': '999' };

describe('readTransactionSet on the public sample files', () => {
  it.each(publicSamples(''))(
    'reads $name with the reader of its type, which finds nothing wrong',
    ({ name, bytes }) => {
      const results = readEverySet(bytes);

      expect(results.map((result) => result.type)).toEqual(results.map(() => typeByPrefix[name.split('-')[0]]));
      for (const result of results) if (result.type !== 'other') expect(result.reading.problems).toEqual([]);
    },
  );

  it('reads every claim of the 837P samples with its patient control number and lines', () => {
    const claims = publicSamples('837p-')
      .flatMap(({ bytes }) => readEverySet(bytes))
      .flatMap((result) => (result.type === '837' ? result.reading.file.claims : []));

    expect(claims.length).toBeGreaterThanOrEqual(6);
    for (const claim of claims) {
      expect(claim.patientControlNumber).not.toBe('');
      expect(claim.serviceLines.length).toBeGreaterThan(0);
    }
  });
});

const fixtures = [
  join(__dirname, 'professional-claims', '__fixtures__', '837p-three-claims-two-providers.x12'),
  join(__dirname, 'remittances', '__fixtures__', '835-paid-denied-reversed.x12'),
].map((path) => readFileSync(path, 'utf8'));

const damage = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary' }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    text: fc.constantFrom('*', '~', ':', '^', '-', 'HL*', 'CLP*', 'SE*1*'),
  }),
);

describe('reading damaged files', () => {
  it('reports rather than throws, whatever the damage', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(damage, { minLength: 1, maxLength: 5 }),
        (fixture, damages) => {
          const damaged = damages.reduce((text, change) => {
            const at = change.at % (text.length + 1);
            if (change.kind === 'insert') return text.slice(0, at) + change.text + text.slice(at);
            if (change.kind === 'delete') return text.slice(0, at) + text.slice(at + change.length);
            return text.slice(0, at) + change.text + text.slice(at + change.text.length);
          }, fixture);

          expect(() => readEverySet(damaged)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports bytes that are not X12 at all', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const document = readX12(Buffer.from(bytes));
        expect(document.interchanges.length > 0 || document.problems.length > 0).toBe(true);
      }),
    );
  });
});
