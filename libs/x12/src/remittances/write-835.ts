import { DateTime } from 'luxon';
import { adjustmentSegments } from '../adjustments/claim-adjustments';
import { FileEnvelope, writeSingleGroup } from '../core/write-single-group';
import { SegmentData } from '../core/write-segments';
import { toX12Amount, toX12Date } from '../core/x12-values';
import {
  AdjudicatedProcedure,
  ClaimPayment,
  ProviderAdjustment,
  RemittanceAdvice,
  ServicePayment,
} from './remittance-advice';

export const REMITTANCE_ADVICE_VERSION = '005010X221A1';
const PLB_PAIRS = 6;

const procedure = ({ qualifier, code, modifiers }: AdjudicatedProcedure): string[] => [qualifier, code, ...modifiers];
const when = <T>(condition: unknown, segments: T[]): T[] => (condition ? segments : []);

const lineSegments = (line: ServicePayment): SegmentData[] => [
  [
    'SVC',
    procedure(line.procedure),
    toX12Amount(line.charge),
    toX12Amount(line.paid),
    '',
    line.units === undefined ? '' : String(line.units),
    line.billedProcedure ? procedure(line.billedProcedure) : '',
  ],
  ...when<SegmentData>(line.serviceDate, [['DTM', '472', toX12Date(line.serviceDate ?? '')]]),
  ...adjustmentSegments(line.adjustments),
  ...when<SegmentData>(line.lineControlNumber, [['REF', '6R', line.lineControlNumber ?? '']]),
  ...when<SegmentData>(line.allowed, [['AMT', 'B6', line.allowed ? toX12Amount(line.allowed) : '']]),
  ...line.remarks.map((remark): SegmentData => ['LQ', 'HE', remark]),
];

const claimSegments = (claim: ClaimPayment): SegmentData[] => [
  [
    'CLP',
    claim.patientControlNumber,
    claim.status,
    toX12Amount(claim.charge),
    toX12Amount(claim.paid),
    claim.patientResponsibility ? toX12Amount(claim.patientResponsibility) : '',
    claim.claimFilingIndicator,
    claim.payerClaimControlNumber,
    '',
    claim.frequency ?? '',
  ],
  ...adjustmentSegments(claim.adjustments),
  ...when<SegmentData>(claim.patient, [
    [
      'NM1',
      'QC',
      '1',
      claim.patient?.last ?? '',
      claim.patient?.first ?? '',
      '',
      '',
      '',
      'MI',
      claim.patient?.memberId ?? '',
    ],
  ]),
  ...when<SegmentData>(claim.remarks.length, [['MOA', '', '', ...claim.remarks.slice(0, 5)]]),
  ...when<SegmentData>(claim.interest, [['AMT', 'I', claim.interest ? toX12Amount(claim.interest) : '']]),
  ...claim.serviceLines.flatMap(lineSegments),
];

/** PLB segments: one per provider and fiscal date, each with up to six reason/amount pairs. */
const providerAdjustmentSegments = (adjustments: ProviderAdjustment[]): SegmentData[] => {
  const segments: SegmentData[] = [];
  for (let start = 0; start < adjustments.length; start += PLB_PAIRS) {
    const batch = adjustments.slice(start, start + PLB_PAIRS);
    const pairs = batch.flatMap((plb) => [[plb.reason, plb.reference ?? ''], toX12Amount(plb.amount)]);
    segments.push(['PLB', batch[0].providerId, toX12Date(batch[0].fiscalPeriodDate), ...pairs]);
  }
  return segments;
};

const byProviderAndDate = (adjustments: ProviderAdjustment[]): ProviderAdjustment[][] => {
  const groups = new Map<string, ProviderAdjustment[]>();
  for (const plb of adjustments) {
    const key = `${plb.providerId}|${plb.fiscalPeriodDate}`;
    groups.set(key, [...(groups.get(key) ?? []), plb]);
  }
  return [...groups.values()];
};

/** The body of one 835 transaction set for one payment. */
export const remittanceSegments = (remittance: RemittanceAdvice, productionDate: string): SegmentData[] => [
  [
    'BPR',
    remittance.handling,
    toX12Amount(remittance.paymentAmount),
    'C',
    remittance.paymentMethod,
    ...Array<string>(11).fill(''),
    toX12Date(remittance.paymentDate),
  ],
  ['TRN', '1', remittance.traceNumber, remittance.originatorId],
  ['DTM', '405', toX12Date(remittance.productionDate ?? productionDate)],
  ['N1', 'PR', remittance.payer.name],
  ...when<SegmentData>(remittance.payer.id, [['REF', '2U', remittance.payer.id ?? '']]),
  ['N1', 'PE', remittance.payee.name, remittance.payee.idQualifier, remittance.payee.id],
  ...when<SegmentData>(remittance.claims.length, [['LX', '1']]),
  ...remittance.claims.flatMap(claimSegments),
  ...byProviderAndDate(remittance.providerAdjustments).flatMap(providerAdjustmentSegments),
];

/**
 * An 835 file: one transaction set per remittance (each its own payment). Written as given, balanced or not, so a
 * sandbox can also produce the unbalanced files a poster must hold back; `findImbalances` says whether it adds up.
 */
export const writeRemittanceAdvice = (remittances: readonly RemittanceAdvice[], envelope: FileEnvelope): string => {
  const productionDate = DateTime.fromJSDate(envelope.preparedAt, { zone: envelope.timeZone }).toISODate() ?? '';
  return writeSingleGroup(envelope, {
    functionalId: 'HP',
    implementation: REMITTANCE_ADVICE_VERSION,
    type: '835',
    transactionSets: remittances.map((remittance) => remittanceSegments(remittance, productionDate)),
  });
};
