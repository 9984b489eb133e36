import { ClaimAdjudicated, EventEnvelope, Topic } from '@praxis/contracts';
import { money } from '@praxis/domain';
import { ClinicActor, deliverEvent, eventually, listenToTopic } from '@praxis/testing';
import { AdjudicationEventsConsumer } from '../../adjudications/adjudication-events.consumer';
import { CreatePayer } from '../../payers/create-payer/create-payer.usecase';
import { PostRemittance } from '../../remittances/post-remittance/post-remittance.usecase';
import {
  aClinicSetUpToBill,
  aCoverage,
  claimsOfVisit,
  schedulingRecordsCoverage,
} from '../../../test/claims-use-cases';
import { ClaimsWithSandbox, sandboxRules, startClaimsWithSandbox } from '../../../test/clearinghouse-exchange';
import { aPaymentOf, aRemittance, an835, anAcceptedClaim } from '../../../test/remittance-files';
import { submitAndRead837p } from '../../../test/sent-837p';

const usd = (amountMinor: number) => money(amountMinor, 'USD');

describe('BillNextPayer (the secondary insurer is billed once the primary paid)', () => {
  let system: ClaimsWithSandbox;

  beforeAll(async () => {
    system = await startClaimsWithSandbox();
  });
  afterAll(() => system.close());
  beforeEach(() => sandboxRules(system.sandbox));

  const aClinicBillingTwoInsurers = async (): Promise<ClinicActor> => {
    const { harness } = system;
    const clerk = await aClinicSetUpToBill(harness);
    await harness.as(clerk, () =>
      harness.get(CreatePayer).execute({
        ...harness.commandFor(clerk),
        name: 'UnitedHealthcare',
        electronicPayerId: '87726',
        claimFilingIndicator: 'CI',
        // A year: the decision may also reach claims' own consumer, on the wall clock rather than the spec's.
        timelyFilingDays: 365,
        address: { line1: 'PO Box 30555', city: 'Salt Lake City', state: 'UT', postalCode: '84130' },
      }),
    );
    return clerk;
  };

  const thePrimaryPays = async (clerk: ClinicActor, content: string) => {
    const { harness } = system;
    const announced = await listenToTopic(Topic.ClaimsClaims);
    await harness.as(clerk, () =>
      harness.get(PostRemittance).execute({ ...harness.commandFor(clerk), content, source: 'upload' }),
    );
    const decided = await eventually(async () => {
      const events = await announced.eventsOf(clerk.tenantId, 1);
      const adjudicated = events.find(({ type }) => type === ClaimAdjudicated.type);
      expect(adjudicated).toBeDefined();
      return adjudicated as EventEnvelope;
    });
    await announced.stop();
    const consumer = harness.get(AdjudicationEventsConsumer);
    await deliverEvent(consumer.onClaimEvent.bind(consumer), Topic.ClaimsClaims, decided);
    await deliverEvent(consumer.onClaimEvent.bind(consumer), Topic.ClaimsClaims, decided);
    return decided.payload as Record<string, unknown>;
  };

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

    const decision = await thePrimaryPays(clerk, an835(aRemittance([aPaymentOf(primary)])));

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

    const decision = await thePrimaryPays(clerk, an835(aRemittance([aPaymentOf(only)])));

    expect(decision).toMatchObject({ claimId: only.id, patientShareHeldForPayerId: null });
    expect(await claimsOfVisit(harness, clerk, only.visitId)).toHaveLength(1);
  });
});
