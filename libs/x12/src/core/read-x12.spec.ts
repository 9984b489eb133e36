import fc from 'fast-check';
import { readX12 } from './read-x12';

const isa = (element = '*', repetition = '^', component = ':', terminator = '~') =>
  [
    'ISA',
    '00',
    '          ',
    '00',
    '          ',
    'ZZ',
    'SENDER         ',
    'ZZ',
    'RECEIVER       ',
    '261130',
    '0915',
    repetition,
    '00501',
    '000000042',
    '0',
    'T',
    component,
  ].join(element) + terminator;

const wellFormed = [
  isa(),
  'GS*HC*SENDER*RECEIVER*20261130*0915*7*X*005010X222A1~',
  'ST*837*0001*005010X222A1~',
  'BHT*0019*00*REF1*20261130*0915*CH~',
  'NM1*41*2*CLINIC*****46*SENDER~',
  'SE*4*0001~',
  'GE*1*7~',
  'IEA*1*000000042~',
];

describe('readX12', () => {
  it('reads an interchange into groups, transaction sets and numbered segments', () => {
    const document = readX12(wellFormed.join(''));

    expect(document.problems).toEqual([]);
    const [group] = document.interchanges[0].groups;
    expect(document.interchanges[0]).toMatchObject({
      senderId: 'SENDER',
      receiverId: 'RECEIVER',
      controlNumber: '000000042',
    });
    expect(group).toMatchObject({ functionalId: 'HC', controlNumber: '7', version: '005010X222A1' });
    expect(group.transactionSets[0]).toMatchObject({
      type: '837',
      controlNumber: '0001',
      implementation: '005010X222A1',
    });
    expect(group.transactionSets[0].segments.map(({ id, position }) => [id, position])).toEqual([
      ['BHT', 4],
      ['NM1', 5],
    ]);
    expect(group.transactionSets[0].segments[1].elements[3]).toBe('CLINIC');
  });

  it('takes its delimiters from the ISA and tolerates a byte-order mark, line breaks and indentation', () => {
    const text = '\uFEFF' + wellFormed.map((segment) => `  ${segment}\r\n`).join('');
    const custom = text
      .replace(isa(), isa('|', '!', '>', "'"))
      .replaceAll('~', "'")
      .replaceAll('*', '|');

    for (const variant of [text, custom]) {
      const document = readX12(Buffer.from(variant, 'utf8'));
      expect(document.problems).toEqual([]);
      expect(document.interchanges[0].groups[0].transactionSets[0].segments[1].elements[3]).toBe('CLINIC');
    }
    expect(readX12(custom).delimiters).toEqual({ element: '|', component: '>', repetition: '!', segment: "'" });
  });

  it('reports every control number that disagrees with its header, at the trailer', () => {
    const text = wellFormed
      .join('')
      .replace('SE*4*0001', 'SE*4*0002')
      .replace('GE*1*7', 'GE*1*8')
      .replace('IEA*1*000000042', 'IEA*1*000000043');

    expect(readX12(text).problems).toEqual([
      expect.objectContaining({ code: 'control-number-mismatch', element: 'SE02', position: 6 }),
      expect.objectContaining({ code: 'control-number-mismatch', element: 'GE02', position: 7 }),
      expect.objectContaining({ code: 'control-number-mismatch', element: 'IEA02', position: 8 }),
    ]);
  });

  it('reports counts that disagree with what the envelope holds', () => {
    const text = wellFormed.join('').replace('SE*4*', 'SE*5*').replace('GE*1*', 'GE*2*').replace('IEA*1*', 'IEA*0*');

    expect(readX12(text).problems.map(({ code, element }) => [code, element])).toEqual([
      ['count-mismatch', 'SE01'],
      ['count-mismatch', 'GE01'],
      ['count-mismatch', 'IEA01'],
    ]);
  });

  it('reports missing trailers and keeps what it could read', () => {
    const document = readX12(wellFormed.slice(0, 5).join(''));

    expect(document.problems.map(({ code, segmentId }) => [code, segmentId])).toEqual([
      ['missing-trailer', 'ST'],
      ['missing-trailer', 'GS'],
      ['missing-trailer', 'ISA'],
    ]);
    expect(document.interchanges[0].groups[0].transactionSets[0].segments).toHaveLength(2);
  });

  it('reports an ISA that is not 106 characters wide', () => {
    const narrow = wellFormed.join('').replace('SENDER         ', 'SENDER');

    expect(readX12(narrow).problems).toEqual([
      expect.objectContaining({ code: 'interchange-header-width', position: 1 }),
    ]);
  });

  it('reports, and never throws on, input that is not X12', () => {
    expect(readX12('hello').problems).toEqual([expect.objectContaining({ code: 'no-interchange-header' })]);
    fc.assert(
      fc.property(fc.string(), fc.nat(), (garbage, at) => {
        const valid = wellFormed.join('');
        const cut = at % valid.length;
        const document = readX12(valid.slice(0, cut) + garbage + valid.slice(cut));
        expect(Array.isArray(document.problems)).toBe(true);
      }),
    );
  });
});
