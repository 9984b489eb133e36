import { randomUUID } from 'node:crypto';
import {
  AppointmentCompleted,
  buildEnvelope,
  ChargePosted,
  ChargeVoided,
  CoverageUpdatedV3,
  PayloadOf,
  Topic,
} from '@praxis/contracts';
import {
  aValidNpi,
  ClinicActor,
  deliverEvent,
  FixedClock,
  HeldOpen,
  someoneAtANewClinic,
  startServiceUseCases,
  UseCaseHarness,
} from '@praxis/testing';
import { ClaimScrubbing } from '../src/claims/scrub/claim-scrubbing';
import { SetBillingProfile } from '../src/billing-profiles/set-billing-profile/set-billing-profile.usecase';
import { claimsConfigSchema } from '../src/claims.config';
import { CLAIMS_SERVICE, ClaimsServiceModule } from '../src/claims-service.module';
import { ChargeEventsConsumer } from '../src/claims/charge-events.consumer';
import { Claim } from '../src/claims/claim.entity';
import { ClaimsQueries } from '../src/claims/claims.queries';
import { PatientEventsConsumer } from '../src/insured/patient-events.consumer';
import { CreatePayer } from '../src/payers/create-payer/create-payer.usecase';
import { PayerDto } from '../src/payers/dto/payer.dto';
import { AppointmentEventsConsumer } from '../src/visits/appointment-events.consumer';

/** Claims' use cases on the shared test database, on 10 March 2026 unless the spec moves the clock. */
export const startClaimsUseCases = (
  clock = new FixedClock(new Date('2026-03-10T15:00:00Z')),
): Promise<UseCaseHarness> =>
  startServiceUseCases(
    { serviceName: CLAIMS_SERVICE, configSchema: claimsConfigSchema, module: ClaimsServiceModule },
    clock,
  );

export const aClerkAtANewClinic = (): ClinicActor => someoneAtANewClinic('billing_clerk');

const envelopeFor = <C extends Parameters<typeof buildEnvelope>[0]>(
  contract: C,
  clerk: ClinicActor,
  aggregateId: string,
  payload: PayloadOf<C>,
) => buildEnvelope(contract, { tenantId: clerk.tenantId, aggregateId, correlationId: randomUUID(), payload });

export type ChargeLine = PayloadOf<typeof ChargePosted>;

/** A charge of an office visit on 2 March 2026 billed to Aetna (60054), as billing announces it on release. */
export const aCharge = (overrides: Partial<ChargeLine> = {}): ChargeLine => ({
  chargeId: randomUUID(),
  visitId: randomUUID(),
  patientId: randomUUID(),
  providerId: randomUUID(),
  locationId: randomUUID(),
  dateOfService: '2026-03-02',
  procedureCode: '99213',
  modifiers: [],
  units: 1,
  diagnoses: ['J06.9'],
  amountMinor: 12_500,
  currency: 'USD',
  billTo: 'insurance',
  payerId: '60054',
  ...overrides,
});

/** Billing announces the charges, one event each, as a release does. */
export const billingPosts = async (harness: UseCaseHarness, clerk: ClinicActor, ...charges: ChargeLine[]) => {
  const consumer = harness.get(ChargeEventsConsumer);
  for (const charge of charges) {
    const envelope = envelopeFor(ChargePosted, clerk, charge.chargeId, charge);
    await deliverEvent(consumer.onChargeEvent.bind(consumer), Topic.BillingCharges, envelope);
  }
};

/** Billing voids a posted charge in favour of a corrected one. */
export const billingVoids = async (harness: UseCaseHarness, clerk: ClinicActor, charge: ChargeLine) => {
  const { chargeId, visitId, patientId, amountMinor, currency, billTo, payerId } = charge;
  const payload = {
    chargeId,
    visitId,
    patientId,
    amountMinor,
    currency,
    billTo,
    payerId,
    correctedByChargeId: randomUUID(),
  };
  const consumer = harness.get(ChargeEventsConsumer);
  const envelope = envelopeFor(ChargeVoided, clerk, chargeId, payload);
  await deliverEvent(consumer.onChargeEvent.bind(consumer), Topic.BillingCharges, envelope);
};

const CHICAGO_STREET = {
  line1: '42 Lake Shore Dr',
  line2: null,
  city: 'Chicago',
  state: 'IL',
  postalCode: '60611-1234',
};

export type InsuredCoverage = PayloadOf<typeof CoverageUpdatedV3>['coverages'][number];

/** The patient's own Aetna plan, primary from 2026 on. */
export const aCoverage = (overrides: Partial<InsuredCoverage> = {}): InsuredCoverage => ({
  coverageId: randomUUID(),
  payerId: '60054',
  payerName: 'Aetna',
  memberId: 'W123456789',
  groupNumber: 'GRP-0042',
  rank: 'primary',
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
  subscriber: {
    relationship: 'self',
    firstName: 'Maria',
    lastName: 'Lopez',
    dateOfBirth: '1984-07-21',
    sex: 'female',
    address: CHICAGO_STREET,
  },
  ...overrides,
});

/** Scheduling announces the patient's coverage list (coverage.updated v3). */
export const schedulingRecordsCoverage = async (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  patientId: string,
  ...coverages: InsuredCoverage[]
) => {
  const patient = {
    firstName: 'Maria',
    lastName: 'Lopez',
    dateOfBirth: '1984-07-21',
    sex: 'female' as const,
    address: CHICAGO_STREET,
  };
  const consumer = harness.get(PatientEventsConsumer);
  const envelope = envelopeFor(CoverageUpdatedV3, clerk, patientId, { patientId, patient, coverages });
  await deliverEvent(consumer.onPatientEvent.bind(consumer), Topic.SchedulingPatients, envelope);
};

/** Scheduling announces the visit completed, with who rendered it. */
export const schedulingCompletes = async (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  charge: ChargeLine,
  renderingProviderNpi = aValidNpi(),
) => {
  const payload: PayloadOf<typeof AppointmentCompleted> = {
    appointmentId: charge.visitId,
    patientId: charge.patientId,
    providerId: charge.providerId,
    locationId: charge.locationId,
    appointmentTypeId: randomUUID(),
    startsAt: `${charge.dateOfService}T15:00:00Z`,
    endsAt: `${charge.dateOfService}T15:30:00Z`,
    timeZone: 'America/Chicago',
    renderingProviderNpi,
    diagnoses: charge.diagnoses,
    procedures: [{ code: charge.procedureCode, modifiers: [], units: 1, diagnosisPointers: [1] }],
  };
  const consumer = harness.get(AppointmentEventsConsumer);
  const envelope = envelopeFor(AppointmentCompleted, clerk, charge.visitId, payload);
  await deliverEvent(consumer.onAppointmentEvent.bind(consumer), Topic.SchedulingAppointments, envelope);
};

/** The clerk adds a payer the clinic bills. */
export const theClerkAddsAPayer = (harness: UseCaseHarness, clerk: ClinicActor, payer: PayerDto) =>
  harness.as(clerk, () => harness.get(CreatePayer).execute({ ...harness.commandFor(clerk), ...payer }));

/** The clerk has set the clinic up to bill: a complete billing profile and Aetna with a 90-day filing limit. */
export const aClinicSetUpToBill = async (harness: UseCaseHarness): Promise<ClinicActor> => {
  const clerk = aClerkAtANewClinic();
  const command = harness.commandFor(clerk);
  await harness.as(clerk, async () => {
    await harness.get(SetBillingProfile).execute({
      ...command,
      organizationName: 'Lakeside Family Practice',
      npi: aValidNpi(),
      tin: '123456789',
      taxonomyCode: '207Q00000X',
      address: { line1: '100 Main St', city: 'Springfield', state: 'IL', postalCode: '62701-1234' },
      submitterId: `S${clerk.tenantId.slice(0, 8).toUpperCase()}`,
      receiverId: 'PRAXISSANDBOX',
    });
  });
  await theClerkAddsAPayer(harness, clerk, {
    name: 'Aetna',
    electronicPayerId: '60054',
    claimFilingIndicator: 'CI',
    timelyFilingDays: 90,
    address: { line1: 'PO Box 981106', city: 'El Paso', state: 'TX', postalCode: '79998' },
  });
  return clerk;
};

/** A visit whose patient has Aetna and whose completion claims has heard of, ready to be billed. */
export const aCoveredVisit = async (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  overrides: Partial<ChargeLine> = {},
  coverage: Partial<InsuredCoverage> = {},
) => {
  const charge = aCharge(overrides);
  await schedulingRecordsCoverage(harness, clerk, charge.patientId, aCoverage(coverage));
  await schedulingCompletes(harness, clerk, charge);
  return charge;
};

/** The clinic's claims of one visit, oldest first, each with its lines and history. */
export const claimsOfVisit = (harness: UseCaseHarness, clerk: ClinicActor, visitId: string): Promise<Claim[]> =>
  harness.as(clerk, async () => {
    const { items } = await harness.get(ClaimsQueries).page({ limit: 200 });
    const ofVisit = items.filter((claim) => claim.visitId === visitId);
    return Promise.all(ofVisit.map(({ id }) => harness.get(ClaimsQueries).get(id)));
  });

/** The claim billing's charge made for a covered visit, as claims built it (ready unless the scrubber stopped it). */
export const aBilledClaim = async (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  overrides: Partial<ChargeLine> = {},
  coverage: Partial<InsuredCoverage> = {},
): Promise<Claim> => {
  const charge = await aCoveredVisit(harness, clerk, overrides, coverage);
  await billingPosts(harness, clerk, charge);
  const [claim] = await claimsOfVisit(harness, clerk, charge.visitId);
  return claim;
};

/**
 * Scheduling's fact (a completion, a coverage) held open once its transaction has scrubbed what it found, for
 * `handledTogether` with billing's charge.
 */
export const heldOnceScrubbed = (harness: UseCaseHarness): HeldOpen<ClaimScrubbing> => ({
  target: harness.get(ClaimScrubbing),
  method: 'scrubOpenAgain',
});
