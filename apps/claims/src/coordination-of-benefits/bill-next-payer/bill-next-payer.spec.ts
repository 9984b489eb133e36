import { ClaimAdjudicated, EventEnvelope, Topic } from '@praxis/contracts';
import { money } from '@praxis/domain';
import { ClinicActor, eventually, listenToTopic } from '@praxis/testing';
import { Claim } from '../../claims/claim.entity';
import { PostRemittance } from '../../remittances/post-remittance/post-remittance.usecase';
import {
  aClinicSetUpToBill,
  aCoverage,
  claimsOfVisit,
  schedulingRecordsCoverage,
  theClerkAddsAPayer,
} from '../../../test/claims-use-cases';
import {
  claimReaches,
  ClaimsWithSandbox,
  sandboxRules,
  startClaimsWithSandbox,
} from '../../../test/clearinghouse-exchange';
import { aPaymentOf, aRemittance, an835, anAcceptedClaim } from '../../../test/remittance-files';
import { submitAndRead837p } from '../../../test/sent-837p';

const usd = (amountMinor: number) => money(amountMinor, 'USD');
const UNITED = { name: 'UNITEDHEALTHCARE', id: '87726' };
const MEDICAID = { name: 'ILLINOIS MEDICAID', id: 'SKIL0' };

describe('BillNextPayer (each later insurer is billed once the one before it paid)', () => {
  let system: ClaimsWithSandbox;

  beforeAll(async () => {
    system = await startClaimsWithSandbox();
  });
  afterAll(() => system.close());
  beforeEach(() => sandboxRules(system.sandbox));

  const aClinicBillingTwoInsurers = async (): Promise<ClinicActor> => {
    const clerk = await aClinicSetUpToBill(system.harness);
    await theClerkAddsAPayer(system.harness, clerk, {
      name: 'UnitedHealthcare',
      electronicPayerId: '87726',
      claimFilingIndicator: 'CI',
      // A year: the decision may also reach claims' own consumer, on the wall clock rather than the spec's.
      timelyFilingDays: 365,
      address: { line1: 'PO Box 30555', city: 'Salt Lake City', state: 'UT', postalCode: '84130' },
    });
    return clerk;
  };

  const aClinicBillingThreeInsurers = async (): Promise<ClinicActor> => {
    const clerk = await aClinicBillingTwoInsurers();
    await theClerkAddsAPayer(system.harness, clerk, {
      name: 'Illinois Medicaid',
      electronicPayerId: 'SKIL0',
      claimFilingIndicator: 'MC',
      timelyFilingDays: 365,
      address: { line1: 'PO Box 19105', city: 'Springfield', state: 'IL', postalCode: '62794' },
    });
    return clerk;
  };

  /** The payer's 835 is posted, then uploaded again (a duplicate, which changes nothing); its decision as announced. */
  const thePayerPays = async (clerk: ClinicActor, claimId: string, content: string) => {
    const { harness } = system;
    const announced = await listenToTopic(Topic.ClaimsClaims);
    const post = () =>
      harness.as(clerk, () =>
        harness.get(PostRemittance).execute({ ...harness.commandFor(clerk), content, source: 'upload' }),
      );
    await post();
    await post();
    const decided = await eventually(async () => {
      const events = await announced.eventsOf(clerk.tenantId, 1);
      const adjudicated = events.find(
        ({ type, payload }) => type === ClaimAdjudicated.type && payload.claimId === claimId,
      );
      expect(adjudicated).toBeDefined();
      return adjudicated as EventEnvelope;
    });
    await announced.stop();
    return decided.payload as Record<string, unknown>;
  };

  /** A later payer's decision on the claim's one $125.00 line: what earlier payers settled is OA-23, the rest PR-2. */
  const aLaterPayersPayment = (claim: Claim, paidMinor: number, patientOwesMinor: number) =>
    aPaymentOf(claim, {
      paid: usd(paidMinor),
      patientResponsibility: usd(patientOwesMinor),
      serviceLines: [
        {
          procedure: { qualifier: 'HC', code: '99213', modifiers: [] },
          charge: usd(12_500),
          paid: usd(paidMinor),
          serviceDate: claim.dateOfService,
          adjustments: [
            { group: 'OA', reason: '23', amount: usd(12_500 - paidMinor - patientOwesMinor) },
            { group: 'PR', reason: '2', amount: usd(patientOwesMinor) },
          ],
          remarks: [],
        },
      ],
    });

  it("holds the patient's share for the secondary and sends it the primary's decision in 2320 and 2430", async () => {
    const { harness } = system;
    const clerk = await aClinicBillingTwoInsurers();
    const primary = await anAcceptedClaim(harness, clerk, 'AET2026031');
    await schedulingRecordsCoverage(
      harness,
      clerk,
      primary.patientId,
      aCoverage(),
      aCoverage({ rank: 'secondary', payerId: '87726', payerName: 'UnitedHealthcare', memberId: 'U55501234' }),
    );

    const decision = await thePayerPays(clerk, primary.id, an835(aRemittance([aPaymentOf(primary)])));

    expect(decision).toMatchObject({ claimId: primary.id, patientShareHeldForPayerId: '87726' });
    const [, secondary] = await claimsOfVisit(harness, clerk, primary.visitId);
    expect(secondary).toMatchObject({
      scrubErrors: [],
      status: 'ready',
      payerId: '87726',
      responsibility: 'secondary',
      frequency: '1',
      priorPayerClaimId: primary.id,
    });
    expect(await claimsOfVisit(harness, clerk, primary.visitId)).toHaveLength(2);
    const [sent] = await submitAndRead837p(harness, clerk);
    expect(sent).toMatchObject({
      patientControlNumber: secondary.patientControlNumber,
      payer: { id: '87726' },
      payerResponsibility: 'S',
      otherPayers: [{ payer: { id: '60054' }, responsibility: 'P', paid: usd(8_000), adjustments: [] }],
    });
    expect(sent.otherPayers?.[0].subscriber.memberId).toBe('W123456789');
    expect(sent.serviceLines[0].priorPayerAdjudications).toEqual([
      {
        payerId: '60054',
        paid: usd(8_000),
        procedureCode: '99213',
        units: 1,
        adjustments: [
          { group: 'CO', reason: '45', amount: usd(2_500) },
          { group: 'PR', reason: '2', amount: usd(2_000) },
        ],
        // The day the decision was recorded, by whichever clock heard it first (see the payer's filing limit).
        adjudicationDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    ]);
  });

  it("leaves the patient's share to the patient when the payer is the last", async () => {
    const { harness } = system;
    const clerk = await aClinicBillingTwoInsurers();
    const only = await anAcceptedClaim(harness, clerk, 'AET2026032');

    const decision = await thePayerPays(clerk, only.id, an835(aRemittance([aPaymentOf(only)])));

    expect(decision).toMatchObject({ claimId: only.id, patientShareHeldForPayerId: null });
    expect(await claimsOfVisit(harness, clerk, only.visitId)).toHaveLength(1);
  });

  it('bills the tertiary payer after the secondary decided, with both prior payers in 2320/2330 and 2430, and the patient after it', async () => {
    const { harness } = system;
    const clerk = await aClinicBillingThreeInsurers();
    const primary = await anAcceptedClaim(harness, clerk, 'AET2026033');
    await schedulingRecordsCoverage(
      harness,
      clerk,
      primary.patientId,
      aCoverage(),
      aCoverage({
        rank: 'secondary',
        payerId: '87726',
        payerName: 'UnitedHealthcare',
        memberId: 'U55501234',
        // Her husband's plan through his employer.
        subscriber: { ...aCoverage().subscriber, relationship: 'spouse', firstName: 'Daniel', sex: 'male' },
      }),
      aCoverage({ rank: 'tertiary', payerId: 'SKIL0', payerName: 'Illinois Medicaid', memberId: 'M44556677' }),
    );
    await thePayerPays(clerk, primary.id, an835(aRemittance([aPaymentOf(primary)])));
    const [, built] = await claimsOfVisit(harness, clerk, primary.visitId);
    await submitAndRead837p(harness, clerk);
    const secondary = await claimReaches(harness, clerk, built.id, 'accepted');

    const secondaryDecision = await thePayerPays(
      clerk,
      secondary.id,
      an835(aRemittance([aLaterPayersPayment(secondary, 1_500, 500)], { payer: UNITED })),
    );

    expect(secondaryDecision).toMatchObject({ claimId: secondary.id, patientShareHeldForPayerId: 'SKIL0' });
    const claims = await claimsOfVisit(harness, clerk, primary.visitId);
    expect(claims.map(({ payerId, responsibility }) => `${responsibility} ${payerId}`)).toEqual([
      'primary 60054',
      'secondary 87726',
      'tertiary SKIL0',
    ]);
    const tertiary = claims[2];
    expect(tertiary).toMatchObject({ status: 'ready', scrubErrors: [], priorPayerClaimId: secondary.id });
    const [sent] = await submitAndRead837p(harness, clerk);
    expect(sent).toMatchObject({
      patientControlNumber: tertiary.patientControlNumber,
      payer: { id: 'SKIL0' },
      payerResponsibility: 'T',
      otherPayers: [
        {
          payer: { id: '60054' },
          responsibility: 'P',
          paid: usd(8_000),
          subscriber: { memberId: 'W123456789', relationship: '18' },
        },
        {
          payer: { id: '87726' },
          responsibility: 'S',
          paid: usd(1_500),
          subscriber: { memberId: 'U55501234', name: { last: 'Lopez', first: 'Daniel' }, relationship: '01' },
          adjustments: [],
        },
      ],
    });
    expect(
      sent.serviceLines[0].priorPayerAdjudications?.map(({ payerId, paid, adjustments }) => ({
        payerId,
        paid,
        adjustments,
      })),
    ).toEqual([
      {
        payerId: '60054',
        paid: usd(8_000),
        adjustments: [
          { group: 'CO', reason: '45', amount: usd(2_500) },
          { group: 'PR', reason: '2', amount: usd(2_000) },
        ],
      },
      {
        payerId: '87726',
        paid: usd(1_500),
        adjustments: [
          { group: 'OA', reason: '23', amount: usd(10_500) },
          { group: 'PR', reason: '2', amount: usd(500) },
        ],
      },
    ]);

    const billed = await claimReaches(harness, clerk, tertiary.id, 'accepted');
    const tertiaryDecision = await thePayerPays(
      clerk,
      tertiary.id,
      an835(aRemittance([aLaterPayersPayment(billed, 300, 200)], { payer: MEDICAID })),
    );

    expect(tertiaryDecision).toMatchObject({ claimId: tertiary.id, patientShareHeldForPayerId: null });
    expect(await claimsOfVisit(harness, clerk, primary.visitId)).toHaveLength(3);
  });
});
