import { money } from '@praxis/domain';
import { ProfessionalClaimEnvelope } from '../src/professional-claims/write-837p';
import { LineAdjudication, OtherPayer, ProfessionalClaimFile } from '../src/professional-claims/professional-claim';
import { aProfessionalClaim, aProfessionalClaimFile, aServiceLine, npiFrom } from './professional-claim-builders';

const ACME_ADJUSTMENTS: OtherPayer['adjustments'] = [
  { group: 'CO', reason: '45', amount: money(3000, 'USD') },
  { group: 'PR', reason: '2', amount: money(1000, 'USD') },
];

/** The primary's decision on the physical therapy line a later payer's claim carries (2320/2330 and 2430). */
const ACME_PRIMARY: OtherPayer = {
  payer: { name: 'ACME HEALTH PLAN', id: '60054' },
  responsibility: 'P',
  subscriber: { memberId: 'XYZ123456789', name: { last: 'RIVERA', first: 'ANA' }, relationship: '18' },
  claimFilingIndicator: 'CI',
  paid: money(6000, 'USD'),
  adjustments: ACME_ADJUSTMENTS,
  adjudicationDate: '2026-11-25',
};

const ACME_PRIMARY_LINE: LineAdjudication = {
  payerId: '60054',
  paid: money(6000, 'USD'),
  procedureCode: '97110',
  units: 4,
  adjustments: ACME_ADJUSTMENTS,
  adjudicationDate: '2026-11-25',
};

/** The claims behind __fixtures__/837p-three-claims-two-providers.x12. */
export const goldenClaimFile = (): ProfessionalClaimFile =>
  aProfessionalClaimFile([
    aProfessionalClaim({
      renderingProvider: {
        npi: npiFrom('198765432'),
        name: { last: 'CHEN', first: 'LI', middle: 'M' },
        taxonomy: '207Q00000X',
      },
    }),
    aProfessionalClaim({
      patientControlNumber: 'PCN0002',
      frequency: '7',
      payerClaimControlNumber: '2026112000123',
      patient: {
        relationship: '19',
        name: { last: 'RIVERA', first: 'LUCAS' },
        birthDate: '2015-06-01',
        sex: 'M',
        address: { line1: '12 OAK AVE', line2: 'APT 3', city: 'CHICAGO', state: 'IL', postalCode: '60614' },
      },
      subscriber: { ...aProfessionalClaim().subscriber, birthDate: undefined, sex: undefined },
      diagnoses: ['J069'],
      serviceLines: [
        aServiceLine({
          procedureCode: '99392',
          modifiers: ['25'],
          charge: money(15050, 'USD'),
          lineControlNumber: 'L1',
        }),
        aServiceLine({
          procedureCode: '97110',
          charge: money(4000, 'USD'),
          units: 2,
          serviceDate: '2026-11-18',
          serviceDateEnd: '2026-11-19',
        }),
      ],
    }),
    aProfessionalClaim({
      billingProvider: {
        name: 'LAKESHORE PHYSICAL THERAPY',
        npi: npiFrom('287654321'),
        taxId: '362222222',
        taxonomy: '225100000X',
        address: { line1: '400 LAKE SHORE DR', city: 'CHICAGO', state: 'IL', postalCode: '606112000' },
      },
      patientControlNumber: 'PCN0003',
      payer: { name: 'MEDICAID OF ILLINOIS', id: '77001' },
      payerResponsibility: 'S',
      subscriber: { ...aProfessionalClaim().subscriber, memberId: 'MCD987654', claimFilingIndicator: 'MC' },
      diagnoses: ['M545', 'M5416'],
      otherPayers: [ACME_PRIMARY],
      serviceLines: [
        aServiceLine({
          procedureCode: '97110',
          charge: money(10000, 'USD'),
          units: 4,
          diagnosisPointers: [1, 2],
          priorPayerAdjudications: [ACME_PRIMARY_LINE],
        }),
      ],
    }),
  ]);

export const goldenEnvelope: ProfessionalClaimEnvelope = {
  interchangeControlNumber: 1201,
  groupControlNumber: 1201,
  preparedAt: new Date('2026-11-30T15:30:00Z'),
  timeZone: 'America/Chicago',
  usage: 'T',
};

/** The claim behind __fixtures__/837p-tertiary-claim-two-prior-payers.x12: Medicaid billed after two payers decided. */
export const goldenTertiaryClaimFile = (): ProfessionalClaimFile =>
  aProfessionalClaimFile([
    aProfessionalClaim({
      patientControlNumber: 'PCN0004',
      payer: { name: 'MEDICAID OF ILLINOIS', id: '77001' },
      payerResponsibility: 'T',
      subscriber: { ...aProfessionalClaim().subscriber, memberId: 'MCD987654', claimFilingIndicator: 'MC' },
      diagnoses: ['M545'],
      otherPayers: [
        ACME_PRIMARY,
        {
          payer: { name: 'SPOUSE EMPLOYER PLAN', id: '87726' },
          responsibility: 'S',
          subscriber: { memberId: 'U55501234', name: { last: 'RIVERA', first: 'DANIEL' }, relationship: '01' },
          claimFilingIndicator: 'CI',
          paid: money(700, 'USD'),
          adjustments: [{ group: 'PR', reason: '1', amount: money(300, 'USD') }],
          adjudicationDate: '2026-11-27',
        },
      ],
      serviceLines: [
        aServiceLine({
          procedureCode: '97110',
          charge: money(10000, 'USD'),
          units: 4,
          priorPayerAdjudications: [
            ACME_PRIMARY_LINE,
            {
              payerId: '87726',
              paid: money(700, 'USD'),
              procedureCode: '97110',
              units: 4,
              adjustments: [
                { group: 'OA', reason: '23', amount: money(9000, 'USD') },
                { group: 'PR', reason: '1', amount: money(300, 'USD') },
              ],
              adjudicationDate: '2026-11-27',
            },
          ],
        }),
      ],
    }),
  ]);
