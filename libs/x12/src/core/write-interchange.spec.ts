import { readX12 } from './read-x12';
import { DelimiterInDataError, InvalidEnvelopeValueError } from './write-errors';
import { InterchangeData, writeInterchange } from './write-interchange';

const interchange = (overrides: Partial<InterchangeData> = {}): InterchangeData => ({
  sender: { qualifier: 'ZZ', id: 'PRAXIS' },
  receiver: { qualifier: 'ZZ', id: 'CLEARINGHOUSE' },
  controlNumber: 42,
  preparedAt: new Date('2026-11-30T14:05:00Z'),
  timeZone: 'America/Chicago',
  usage: 'T',
  groups: [
    {
      functionalId: 'HC',
      applicationSender: 'PRAXIS',
      applicationReceiver: 'CLEARINGHOUSE',
      controlNumber: 7,
      version: '005010X222A1',
      transactionSets: [
        {
          type: '837',
          controlNumber: 1,
          implementation: '005010X222A1',
          segments: [
            ['BHT', '0019', '00', 'REF1', '20261130', '0805', 'CH'],
            ['NM1', '41', '2', 'NORTH CLINIC', '', '', '', '', '46', 'PRAXIS'],
            ['SV1', ['HC', '99213', '25'], '125', 'UN', '1', '', '', ['1', '2']],
          ],
        },
      ],
    },
  ],
  ...overrides,
});

describe('writeInterchange', () => {
  it('writes a fixed-width ISA of 106 characters and envelopes that count and match', () => {
    const text = writeInterchange(interchange());

    expect(text.indexOf('~')).toBe(105);
    expect(text.slice(0, 106)).toBe(
      'ISA*00*          *00*          *ZZ*PRAXIS         *ZZ*CLEARINGHOUSE  *261130*0805*^*00501*000000042*0*T*:~',
    );
    expect(text.slice(106).split('~')).toEqual([
      'GS*HC*PRAXIS*CLEARINGHOUSE*20261130*0805*7*X*005010X222A1',
      'ST*837*0001*005010X222A1',
      'BHT*0019*00*REF1*20261130*0805*CH',
      'NM1*41*2*NORTH CLINIC*****46*PRAXIS',
      'SV1*HC:99213:25*125*UN*1***1:2',
      'SE*5*0001',
      'GE*1*7',
      'IEA*1*000000042',
      '',
    ]);
    expect(readX12(text).problems).toEqual([]);
  });

  it('rejects a delimiter inside data, naming the element', () => {
    const withStar = interchange();
    const segments = [['NM1', '41', '2', 'SMITH*JONES']] as const;
    const groups = [{ ...withStar.groups[0], transactionSets: [{ type: '837', controlNumber: 1, segments }] }];

    expect(() => writeInterchange({ ...withStar, groups })).toThrow(new DelimiterInDataError('NM103', '*'));
    expect(() => writeInterchange(interchange({ sender: { qualifier: 'ZZ', id: 'A~B' } }))).toThrow(
      new DelimiterInDataError('ISA06', '~'),
    );
  });

  it('rejects a composite component holding a delimiter, naming the component', () => {
    const base = interchange();
    const segments = [['SV1', ['HC', '99213:25'], '125']] as const;
    const groups = [{ ...base.groups[0], transactionSets: [{ type: '837', controlNumber: 1, segments }] }];

    expect(() => writeInterchange({ ...base, groups })).toThrow(new DelimiterInDataError('SV101-2', ':'));
  });

  it('rejects control numbers the envelope cannot carry and ids too long for the ISA', () => {
    expect(() => writeInterchange(interchange({ controlNumber: 1_000_000_000 }))).toThrow(InvalidEnvelopeValueError);
    expect(() => writeInterchange(interchange({ controlNumber: 0 }))).toThrow(/ISA13/);
    expect(() => writeInterchange(interchange({ receiver: { qualifier: 'ZZ', id: 'A'.repeat(16) } }))).toThrow(/ISA08/);
  });
});
