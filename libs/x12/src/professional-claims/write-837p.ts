import { DateTime } from 'luxon';
import { writeInterchange } from '../core/write-interchange';
import { SegmentData } from '../core/write-segments';
import { addressSegments, claimSegments, demographics, personName } from './claim-segments';
import { InvalidProfessionalClaimsError } from './claim-problems';
import { BillingProvider, ProfessionalClaim, ProfessionalClaimFile } from './professional-claim';
import { validateProfessionalClaimFile } from './validate-professional-claims';

export const PROFESSIONAL_CLAIM_VERSION = '005010X222A1';

/** Control numbers and time of one 837P file; the caller keeps the control numbers unique per receiver. */
export interface ProfessionalClaimEnvelope {
  interchangeControlNumber: number;
  groupControlNumber: number;
  transactionSetControlNumber?: number;
  preparedAt: Date;
  /** The clinic's IANA zone: the file's dates and times are shown in it. */
  timeZone: string;
  usage: 'P' | 'T';
}

const providerKey = (provider: BillingProvider): string => JSON.stringify(provider);

const byBillingProvider = (claims: ProfessionalClaim[]): ProfessionalClaim[][] => {
  const groups = new Map<string, ProfessionalClaim[]>();
  for (const claim of claims) {
    const key = providerKey(claim.billingProvider);
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  return [...groups.values()];
};

const billingProviderSegments = (provider: BillingProvider): SegmentData[] => [
  ['PRV', 'BI', 'PXC', provider.taxonomy],
  ['NM1', '85', '2', provider.name, '', '', '', '', 'XX', provider.npi],
  ...addressSegments(provider.address),
  ['REF', 'EI', provider.taxId],
];

const subscriberSegments = (claim: ProfessionalClaim): SegmentData[] => {
  const { subscriber, payer, patient } = claim;
  return [
    [
      'SBR',
      claim.payerResponsibility,
      patient ? '' : '18',
      subscriber.groupNumber ?? '',
      '',
      '',
      '',
      '',
      '',
      subscriber.claimFilingIndicator,
    ],
    personName('IL', subscriber.name, 'MI', subscriber.memberId),
    ...addressSegments(subscriber.address),
    ...(patient ? [] : [demographics(subscriber.birthDate ?? '', subscriber.sex ?? '')]),
    ['NM1', 'PR', '2', payer.name, '', '', '', '', 'PI', payer.id],
  ];
};

/**
 * The HL tree: one 20 (billing provider) per provider, one 22 (subscriber) per claim under it, and a 23
 * (patient) only when the patient is not the subscriber. HL02 names the parent, HL04 says whether children follow.
 */
const hierarchySegments = (claims: ProfessionalClaim[]): SegmentData[] => {
  let next = 1;
  return byBillingProvider(claims).flatMap((providerClaims) => {
    const providerId = next++;
    const providerLevel: SegmentData[] = [
      ['HL', String(providerId), '', '20', '1'],
      ...billingProviderSegments(providerClaims[0].billingProvider),
    ];
    const claimLevels = providerClaims.flatMap((claim): SegmentData[] => {
      const subscriberId = next++;
      const subscriberLevel: SegmentData[] = [
        ['HL', String(subscriberId), String(providerId), '22', claim.patient ? '1' : '0'],
        ...subscriberSegments(claim),
      ];
      if (!claim.patient) return [...subscriberLevel, ...claimSegments(claim)];
      const { patient } = claim;
      return [
        ...subscriberLevel,
        ['HL', String(next++), String(subscriberId), '23', '0'],
        ['PAT', patient.relationship],
        personName('QC', patient.name),
        ...addressSegments(patient.address),
        demographics(patient.birthDate, patient.sex),
        ...claimSegments(claim),
      ];
    });
    return [...providerLevel, ...claimLevels];
  });
};

const headerSegments = (file: ProfessionalClaimFile, preparedAt: DateTime): SegmentData[] => [
  ['BHT', '0019', '00', file.reference, preparedAt.toFormat('yyyyMMdd'), preparedAt.toFormat('HHmm'), 'CH'],
  ['NM1', '41', '2', file.submitter.name, '', '', '', '', '46', file.submitter.id],
  ['PER', 'IC', file.submitter.contactName, 'TE', file.submitter.phone],
  ['NM1', '40', '2', file.receiver.name, '', '', '', '', '46', file.receiver.id],
];

/**
 * Writes one 837P (005010X222A1) file for one submitter and receiver. The claims are validated first; any problem
 * throws InvalidProfessionalClaimsError listing them all, and nothing is written. CLM02 is the sum of the lines.
 */
export const writeProfessionalClaims = (file: ProfessionalClaimFile, envelope: ProfessionalClaimEnvelope): string => {
  const problems = validateProfessionalClaimFile(file);
  if (problems.length > 0) throw new InvalidProfessionalClaimsError(problems);
  const preparedAt = DateTime.fromJSDate(envelope.preparedAt, { zone: envelope.timeZone });
  const segments = [...headerSegments(file, preparedAt), ...hierarchySegments(file.claims)];
  return writeInterchange({
    sender: { qualifier: 'ZZ', id: file.submitter.id },
    receiver: { qualifier: 'ZZ', id: file.receiver.id },
    controlNumber: envelope.interchangeControlNumber,
    preparedAt: envelope.preparedAt,
    timeZone: envelope.timeZone,
    usage: envelope.usage,
    acknowledgementRequested: false,
    groups: [
      {
        functionalId: 'HC',
        applicationSender: file.submitter.id,
        applicationReceiver: file.receiver.id,
        controlNumber: envelope.groupControlNumber,
        version: PROFESSIONAL_CLAIM_VERSION,
        transactionSets: [
          {
            type: '837',
            controlNumber: envelope.transactionSetControlNumber ?? 1,
            implementation: PROFESSIONAL_CLAIM_VERSION,
            segments,
          },
        ],
      },
    ],
  });
};
