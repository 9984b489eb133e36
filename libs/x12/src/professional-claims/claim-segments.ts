import { Money, sumMoney } from '@praxis/domain';
import { toX12Amount, toX12Date } from '../core/x12-values';
import { SegmentData } from '../core/write-segments';
import { adjustmentSegments } from '../adjustments/claim-adjustments';
import {
  LineAdjudication,
  OtherPayer,
  PersonName,
  PostalAddress,
  ProfessionalClaim,
  ServiceLine,
} from './professional-claim';

export const personName = (qualifier: string, name: PersonName, idQualifier = '', id = ''): SegmentData => [
  'NM1',
  qualifier,
  '1',
  name.last,
  name.first,
  name.middle ?? '',
  '',
  name.suffix ?? '',
  idQualifier,
  id,
];

export const addressSegments = (address: PostalAddress): SegmentData[] => [
  ['N3', address.line1, address.line2 ?? ''],
  ['N4', address.city, address.state, address.postalCode],
];

export const demographics = (birthDate: string, sex: string): SegmentData => ['DMG', 'D8', toX12Date(birthDate), sex];

export const claimTotal = (claim: ProfessionalClaim): Money =>
  sumMoney(
    claim.serviceLines.map((line) => line.charge),
    claim.serviceLines[0]?.charge.currency ?? 'USD',
  );

const procedure = (code: string, modifiers: string[] = []): string[] => ['HC', code, ...modifiers];

const otherPayerSegments = (other: OtherPayer): SegmentData[] => [
  ['SBR', other.responsibility, other.subscriber.relationship, '', '', '', '', '', '', other.claimFilingIndicator],
  ...adjustmentSegments(other.adjustments),
  ['AMT', 'D', toX12Amount(other.paid)],
  ['OI', '', '', 'Y', 'P', '', 'Y'],
  personName('IL', other.subscriber.name, 'MI', other.subscriber.memberId),
  ['NM1', 'PR', '2', other.payer.name, '', '', '', '', 'PI', other.payer.id],
  ...(other.adjudicationDate ? [['DTP', '573', 'D8', toX12Date(other.adjudicationDate)] as SegmentData] : []),
];

const lineAdjudicationSegments = (adjudication: LineAdjudication): SegmentData[] => [
  [
    'SVD',
    adjudication.payerId,
    toX12Amount(adjudication.paid),
    procedure(adjudication.procedureCode, adjudication.modifiers),
    '',
    String(adjudication.units),
  ],
  ...adjustmentSegments(adjudication.adjustments),
  ['DTP', '573', 'D8', toX12Date(adjudication.adjudicationDate)],
];

const serviceDate = (line: ServiceLine): SegmentData =>
  line.serviceDateEnd && line.serviceDateEnd !== line.serviceDate
    ? ['DTP', '472', 'RD8', `${toX12Date(line.serviceDate)}-${toX12Date(line.serviceDateEnd)}`]
    : ['DTP', '472', 'D8', toX12Date(line.serviceDate)];

const serviceLineSegments = (line: ServiceLine, index: number): SegmentData[] => [
  ['LX', String(index + 1)],
  [
    'SV1',
    procedure(line.procedureCode, line.modifiers),
    toX12Amount(line.charge),
    'UN',
    String(line.units),
    '',
    '',
    line.diagnosisPointers.map(String),
  ],
  serviceDate(line),
  ...(line.lineControlNumber ? [['REF', '6R', line.lineControlNumber] as SegmentData] : []),
  ...(line.priorPayerAdjudications ?? []).flatMap(lineAdjudicationSegments),
];

const diagnosisSegment = (diagnoses: string[]): SegmentData => [
  'HI',
  ...diagnoses.map((code, index) => [index === 0 ? 'ABK' : 'ABF', code.replace('.', '')]),
];

/** Loop 2300 and everything below it: the claim, its diagnoses, providers, prior payers and lines. */
export const claimSegments = (claim: ProfessionalClaim): SegmentData[] => {
  const rendering = claim.renderingProvider;
  const healthCareService = [claim.placeOfService, 'B', claim.frequency];
  return [
    ['CLM', claim.patientControlNumber, toX12Amount(claimTotal(claim)), '', '', healthCareService, 'Y', 'A', 'Y', 'Y'],
    ...(claim.frequency === '1' ? [] : [['REF', 'F8', claim.payerClaimControlNumber ?? ''] as SegmentData]),
    diagnosisSegment(claim.diagnoses),
    ...(rendering
      ? [
          personName('82', rendering.name, 'XX', rendering.npi),
          ...(rendering.taxonomy ? [['PRV', 'PE', 'PXC', rendering.taxonomy] as SegmentData] : []),
        ]
      : []),
    ...(claim.otherPayers ?? []).flatMap(otherPayerSegments),
    ...claim.serviceLines.flatMap(serviceLineSegments),
  ];
};
