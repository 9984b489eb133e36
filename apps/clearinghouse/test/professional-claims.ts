import { SegmentData, toX12Amount, writeInterchange } from '@praxis/x12';

const usd = (amountMinor: number) => toX12Amount({ amountMinor, currency: 'USD' });

export interface ClaimFacts {
  patientControlNumber: string;
  memberId: string;
  lineChargesMinor: number[];
  /** CLM02 when it should not be the sum of the lines. */
  chargeTotalMinor?: number;
}

export interface BatchFacts {
  submitterId: string;
  controlNumber: number;
  billingNpi: string;
  claims: ClaimFacts[];
}

const claimSegments = (claim: ClaimFacts, subscriberHl: number): SegmentData[] => [
  ['HL', String(subscriberHl), '1', '22', '0'],
  ['SBR', 'P', '18', '', '', '', '', '', '', 'CI'],
  ['NM1', 'IL', '1', 'DOE', 'JANE', '', '', '', 'MI', claim.memberId],
  ['N3', '12 ELM ST'],
  ['N4', 'SPRINGFIELD', 'IL', '627010000'],
  ['DMG', 'D8', '19800101', 'F'],
  ['NM1', 'PR', '2', 'ACME HEALTH', '', '', '', '', 'PI', '60054'],
  [
    'CLM',
    claim.patientControlNumber,
    usd(claim.chargeTotalMinor ?? claim.lineChargesMinor.reduce((sum, charge) => sum + charge, 0)),
    '',
    '',
    ['11', 'B', '1'],
    'Y',
    'A',
    'Y',
    'Y',
  ],
  ['HI', ['ABK', 'J069'], ['ABF', 'R05']],
  ...claim.lineChargesMinor.flatMap((charge, index): SegmentData[] => [
    ['LX', String(index + 1)],
    ['SV1', ['HC', '99213'], usd(charge), 'UN', '1', '', '', ['1', '2']],
    ['DTP', '472', 'D8', '20260302'],
  ]),
];

/** A small, valid 837P batch: one billing provider, one subscriber (the patient) per claim. */
export const professionalClaimSegments = (batch: BatchFacts): SegmentData[] => [
  ['BHT', '0019', '00', 'BATCH1', '20260302', '1500', 'CH'],
  ['NM1', '41', '2', 'LAKESIDE FAMILY PRACTICE', '', '', '', '', '46', batch.submitterId],
  ['PER', 'IC', 'BILLING OFFICE', 'TE', '2175550100'],
  ['NM1', '40', '2', 'PRAXISSANDBOX', '', '', '', '', '46', 'PRAXISSANDBOX'],
  ['HL', '1', '', '20', '1'],
  ['NM1', '85', '2', 'LAKESIDE FAMILY PRACTICE', '', '', '', '', 'XX', batch.billingNpi],
  ['N3', '100 MAIN ST'],
  ['N4', 'SPRINGFIELD', 'IL', '627011234'],
  ['REF', 'EI', '123456789'],
  ...batch.claims.flatMap((claim, index) => claimSegments(claim, index + 2)),
];

export const professionalClaims = (batch: BatchFacts, segments = professionalClaimSegments(batch)): string =>
  writeInterchange({
    sender: { qualifier: 'ZZ', id: batch.submitterId },
    receiver: { qualifier: 'ZZ', id: 'PRAXISSANDBOX' },
    controlNumber: batch.controlNumber,
    preparedAt: new Date('2026-03-02T15:00:00Z'),
    timeZone: 'America/Chicago',
    usage: 'T',
    groups: [
      {
        functionalId: 'HC',
        applicationSender: batch.submitterId,
        applicationReceiver: 'PRAXISSANDBOX',
        controlNumber: batch.controlNumber,
        version: '005010X222A1',
        transactionSets: [{ type: '837', controlNumber: 1, implementation: '005010X222A1', segments }],
      },
    ],
  });
