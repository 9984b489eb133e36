import { readX12 } from '../core/read-x12';
import { SegmentData } from '../core/write-segments';
import { writeInterchange } from '../core/write-interchange';
import { publicSamples } from '../../test/public-samples';
import { readClaimAcknowledgement } from './read-277ca';
import { readFunctionalAcknowledgement } from './read-999';

const firstSet = (text: string | Buffer) => {
  const document = readX12(text);
  const set = document.interchanges[0].groups[0].transactionSets[0];
  return { set, delimiters: document.delimiters ?? { element: '*', component: ':', repetition: '^', segment: '~' } };
};

const inOneTransactionSet = (segments: SegmentData[]) =>
  writeInterchange({
    sender: { qualifier: 'ZZ', id: 'CLEARINGHOUSE' },
    receiver: { qualifier: 'ZZ', id: 'CLINIC' },
    controlNumber: 5,
    preparedAt: new Date('2026-03-02T15:00:00Z'),
    timeZone: 'UTC',
    usage: 'T',
    groups: [
      {
        functionalId: 'FA',
        applicationSender: 'CLEARINGHOUSE',
        applicationReceiver: 'CLINIC',
        controlNumber: 5,
        version: '005010X231A1',
        transactionSets: [{ type: '999', controlNumber: 1, implementation: '005010X231A1', segments }],
      },
    ],
  });

describe('reading a 999', () => {
  it('gives each transaction set its status with the segment, element and claim in error', () => {
    const { set, delimiters } = firstSet(
      inOneTransactionSet([
        ['AK1', 'HC', '42', '005010X222A1'],
        ['AK2', '837', '0001', '005010X222A1'],
        ['IK3', 'SV1', '21', '', '8'],
        ['CTX', ['CLM01', 'PCN7']],
        ['IK4', '7', '', '7'],
        ['IK5', 'R', '5'],
        ['AK2', '837', '0002', '005010X222A1'],
        ['IK5', 'A'],
        ['AK9', 'P', '2', '2', '1'],
      ]),
    );

    expect(readFunctionalAcknowledgement(set, delimiters)).toEqual({
      groups: [
        {
          functionalId: 'HC',
          controlNumber: '42',
          status: 'P',
          codes: [],
          transactionSets: [
            {
              type: '837',
              controlNumber: '0001',
              status: 'R',
              codes: ['5'],
              errors: [
                { segmentId: 'SV1', position: 21, code: '8', claim: 'PCN7', element: { position: '7', code: '7' } },
              ],
            },
            { type: '837', controlNumber: '0002', status: 'A', codes: [], errors: [] },
          ],
        },
      ],
      problems: [],
    });
  });

  it('reports, with its position, a transaction set left without IK5 and a status that is not one', () => {
    const { set, delimiters } = firstSet(
      inOneTransactionSet([
        ['AK1', 'HC', '42'],
        ['AK2', '837', '0001'],
        ['AK9', 'X', '1', '1', '0'],
      ]),
    );

    const { problems } = readFunctionalAcknowledgement(set, delimiters);
    expect(problems.map(({ segmentId, position }) => `${segmentId}@${position}`)).toEqual(['AK9@6', 'AK9@6']);
  });

  it('reads the public accepted 999', () => {
    const [{ bytes }] = publicSamples('999');
    const { set, delimiters } = firstSet(bytes);
    const { groups, problems } = readFunctionalAcknowledgement(set, delimiters);
    expect(problems).toEqual([]);
    expect(groups.map(({ controlNumber, status }) => [controlNumber, status])).toEqual([['17456', 'A']]);
  });
});

describe('reading a 277CA', () => {
  it("gives the TR3's provider-level rejection with no claim detail, and each claim's category and payer number", () => {
    const [, example4] = publicSamples('277ca');
    const { set, delimiters } = firstSet(example4.bytes);
    const { batchReference, providers, problems } = readClaimAcknowledgement(set, delimiters);

    expect(problems).toEqual([]);
    expect(batchReference).toBe('200203207890');
    expect(providers.map(({ statuses, claims }) => [statuses.map((s) => s.category), claims.length])).toEqual([
      [['A1'], 5],
      [['A3'], 0],
    ]);
    expect(
      providers[0].claims.map((claim) => [
        claim.patientControlNumber,
        claim.statuses[0].category,
        claim.payerClaimNumber,
      ]),
    ).toEqual([
      ['PATIENT22222', 'A2', '220216359803X'],
      ['PATIENT33333', 'A3', undefined],
      ['JONES44444', 'A3', undefined],
      ['JOHNSON55555', 'A2', '220216359806X'],
      ['MILLS66666', 'A2', '200216359807X'],
    ]);
  });

  it('reports a claim that does not say which claim it is', () => {
    const { set, delimiters } = firstSet(
      inOneTransactionSet([
        ['HL', '1', '', '19', '1'],
        ['HL', '2', '1', 'PT'],
        ['STC', ['A2', '20']],
      ]),
    );
    expect(readClaimAcknowledgement(set, delimiters).problems).toEqual([
      { segmentId: 'HL', position: 5, message: 'a claim (HL PT) without TRN*2 naming its patient control number' },
    ]);
  });
});
