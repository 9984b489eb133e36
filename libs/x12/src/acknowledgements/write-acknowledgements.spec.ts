import { money } from '@praxis/domain';
import { aPayerEnvelope } from '../../test/remittance-builders';
import { readX12 } from '../core/read-x12';
import { readClaimAcknowledgement } from './read-277ca';
import { readFunctionalAcknowledgement } from './read-999';
import { ClaimAcknowledgementNotice, writeClaimAcknowledgement } from './write-277ca';
import { GroupAcknowledgement, writeFunctionalAcknowledgement } from './write-999';

const transactionSetsOf = (text: string) => {
  const document = readX12(text);
  expect(document.problems).toEqual([]);
  return { delimiters: document.delimiters, sets: document.interchanges[0].groups[0].transactionSets };
};

const partlyAccepted: GroupAcknowledgement = {
  functionalId: 'HC',
  controlNumber: '1201',
  version: '005010X222A1',
  status: 'P',
  codes: [],
  transactionSets: [
    {
      type: '837',
      controlNumber: '0001',
      status: 'R',
      codes: ['5'],
      errors: [
        {
          segmentId: 'NM1',
          position: 9,
          code: '8',
          claim: 'PCN0001',
          element: { position: '9', code: '7', badValue: '1234567890' },
        },
        { segmentId: 'CLM', position: 21, code: '8', element: { position: '2', code: '7' } },
      ],
    },
    { type: '837', controlNumber: '0002', status: 'A', codes: [], errors: [] },
  ],
};

const notice: ClaimAcknowledgementNotice = {
  source: { name: 'SANDBOX CLEARINGHOUSE', id: 'SANDBOXCH' },
  receiver: { name: 'NORTHSIDE FAMILY MEDICINE', id: 'PRAXIS01' },
  batchReference: 'BATCH0001',
  receivedOn: '2026-11-30',
  processedOn: '2026-12-01',
  providers: [
    {
      providerId: '1234567893',
      name: 'NORTHSIDE FAMILY MEDICINE',
      statuses: [],
      claims: [
        {
          patientControlNumber: 'PCN0001',
          payerClaimNumber: '2026120100001',
          statuses: [{ category: 'A2', code: '20', entity: 'PR' }],
          patient: { last: 'RIVERA', first: 'ANA', memberId: 'XYZ123456789' },
          charge: money(14500, 'USD'),
          serviceDate: '2026-11-20',
        },
        {
          patientControlNumber: 'PCN0002',
          statuses: [
            { category: 'A7', code: '562', entity: '85', message: 'UNKNOWN MEMBER' },
            { category: 'A3', code: '33', entity: 'IL' },
          ],
          patient: { last: 'RIVERA', first: 'LUCAS', memberId: 'XYZ000' },
          charge: money(19050, 'USD'),
          serviceDate: '2026-11-20',
        },
      ],
    },
    {
      providerId: '2876543218',
      name: 'LAKESHORE PHYSICAL THERAPY',
      statuses: [{ category: 'A3', code: '562', entity: '85' }],
      claims: [],
    },
  ],
};

describe('writing acknowledgements', () => {
  it('writes a 999 that reads back as the groups, sets, errors and claims it acknowledges', () => {
    const { sets, delimiters } = transactionSetsOf(writeFunctionalAcknowledgement([partlyAccepted], aPayerEnvelope()));
    const { version: _sentIn, ...asRead } = partlyAccepted;

    expect(readFunctionalAcknowledgement(sets[0], delimiters)).toEqual({ groups: [asRead], problems: [] });
    expect(sets[0].segments.find((segment) => segment.id === 'AK9')?.elements).toEqual(['AK9', 'P', '2', '2', '1']);
  });

  it('writes a 277CA that reads back with each claim status, payer claim number and the provider-level rejection', () => {
    const { sets, delimiters } = transactionSetsOf(writeClaimAcknowledgement([notice], aPayerEnvelope()));

    expect(readClaimAcknowledgement(sets[0], delimiters)).toEqual({
      batchReference: 'BATCH0001',
      providers: notice.providers.map(({ providerId, statuses, claims }) => ({
        providerId,
        statuses,
        claims: claims.map(({ patientControlNumber, payerClaimNumber, statuses: claimStatuses }) => ({
          patientControlNumber,
          ...(payerClaimNumber ? { payerClaimNumber } : {}),
          statuses: claimStatuses,
        })),
      })),
      problems: [],
    });
  });
});
