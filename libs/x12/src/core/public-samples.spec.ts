import { publicSamples } from '../../test/public-samples';
import { readX12 } from './read-x12';

const typeByPrefix: Record<string, string> = { '277ca': '277', '835': '835', '837p': '837', '999': '999' };

describe('readX12 on the public sample files', () => {
  it.each(publicSamples(''))('reads $name with the transaction type its name says', ({ name, bytes }) => {
    const document = readX12(bytes);

    const types = document.interchanges.flatMap((interchange) =>
      interchange.groups.flatMap((group) => group.transactionSets.map((set) => set.type)),
    );
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set([typeByPrefix[name.split('-')[0]]]));
    expect(document.problems.filter((problem) => problem.code === 'no-interchange-header')).toEqual([]);
  });

  it('reports the 999 sample whose IEA02 differs from its ISA13', () => {
    const [sample] = publicSamples('999-');

    expect(readX12(sample.bytes).problems).toContainEqual(
      expect.objectContaining({ code: 'control-number-mismatch', element: 'IEA02' }),
    );
  });
});
