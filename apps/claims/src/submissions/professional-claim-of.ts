import { money } from '@praxis/domain';
import { AdministrativeSex, BillingProvider, PostalAddress, ProfessionalClaim } from '@praxis/x12';
import { EntityManager } from 'typeorm';
import { BillingProfile } from '../billing-profiles/billing-profile.entity';
import { ClaimLine } from '../claims/claim-line.entity';
import { Claim } from '../claims/claim.entity';
import { PAYER_RESPONSIBILITY } from '../claims/payer-responsibility';
import { PriorPayerDecisions, priorPayerDecisions } from '../coordination-of-benefits/prior-payer-decisions';
import { payerClaimNumberReplaced } from '../corrections/payer-claim-number-replaced';
import { coverageOn } from '../insured/coverage-on';
import { InsuredCoverage } from '../insured/insured-coverage.entity';
import { InsuredPatient } from '../insured/insured-patient.entity';
import { X12_RELATIONSHIP } from '../insured/x12-relationship';
import { Payer } from '../payers/payer.entity';

const SEX: Readonly<Record<string, AdministrativeSex>> = { female: 'F', male: 'M' };

/** What keeps a claim or the whole file out of an 837P, in words for the claim's history or the submission. */
export class ClaimNotSubmittableError extends Error {}

interface Address {
  line1: string;
  line2?: string | null;
  city: string;
  state: string;
  postalCode: string;
}

const x12Address = ({ line1, line2, city, state, postalCode }: Address): PostalAddress => ({
  line1,
  ...(line2 ? { line2 } : {}),
  city,
  state,
  postalCode: postalCode.replace('-', ''),
});

/** 2000A/2010AA from the clinic's billing profile, which the scrubber found complete before the claim was ready. */
export const billingProviderOf = (profile: BillingProfile): BillingProvider | ClaimNotSubmittableError => {
  const { tin, taxonomyCode, address } = profile;
  if (!tin || !taxonomyCode || !address)
    return new ClaimNotSubmittableError("the clinic's billing profile lacks its TIN, taxonomy or billing address");
  return {
    name: profile.organizationName,
    npi: profile.npi,
    taxId: tin,
    taxonomy: taxonomyCode,
    address: x12Address(address),
  };
};

const subscriberOf = (coverage: InsuredCoverage, patient: InsuredPatient, payer: Payer) => {
  const { subscriber } = coverage;
  const isPatient = subscriber.relationship === 'self';
  return {
    memberId: coverage.memberId,
    name: isPatient
      ? { last: patient.lastName, first: patient.firstName }
      : { last: subscriber.lastName ?? '', first: subscriber.firstName ?? '' },
    ...(isPatient ? { birthDate: patient.dateOfBirth, sex: SEX[patient.sex] ?? 'U' } : {}),
    address: x12Address(isPatient ? patient.address : (subscriber.address ?? patient.address)),
    ...(coverage.groupNumber ? { groupNumber: coverage.groupNumber } : {}),
    claimFilingIndicator: payer.claimFilingIndicator,
  };
};

const patientOf = (coverage: InsuredCoverage, patient: InsuredPatient) =>
  coverage.subscriber.relationship === 'self'
    ? undefined
    : {
        relationship: X12_RELATIONSHIP[coverage.subscriber.relationship],
        name: { last: patient.lastName, first: patient.firstName },
        birthDate: patient.dateOfBirth,
        sex: SEX[patient.sex] ?? 'U',
        address: x12Address(patient.address),
      };

const placeOfService = (profile: BillingProfile, claim: Claim): string =>
  profile.locationPlacesOfService.find(({ locationId }) => locationId === claim.locationId)?.placeOfService ??
  profile.placeOfService;

const priorLineDecisionsOf = ({ lineAdjudications }: PriorPayerDecisions, line: ClaimLine) => {
  const decisions = lineAdjudications.get(line.chargeId) ?? [];
  return decisions.length > 0
    ? {
        priorPayerAdjudications: decisions.map((decision) => ({
          ...decision,
          units: line.units,
          modifiers: line.modifiers,
        })),
      }
    : {};
};

/** A ready claim as the 837P model has it, read in the submission's transaction. */
export const professionalClaimOf = async (
  manager: EntityManager,
  claim: Claim,
  billingProvider: BillingProvider,
  profile: BillingProfile,
): Promise<ProfessionalClaim | ClaimNotSubmittableError> => {
  const lines = await manager.find(ClaimLine, { where: { claimId: claim.id }, order: { createdAt: 'ASC' } });
  const payer = await manager.findOneBy(Payer, { electronicPayerId: claim.payerId });
  const patient = await manager.findOneBy(InsuredPatient, { id: claim.patientId });
  const coverage = await coverageOn(manager, claim);
  const prior = await priorPayerDecisions(manager, claim);
  const replaced = await payerClaimNumberReplaced(manager, claim);
  if (!payer || !patient || !coverage)
    return new ClaimNotSubmittableError(
      "the payer or the patient's coverage on the date of service is no longer on file",
    );
  return {
    billingProvider,
    subscriber: subscriberOf(coverage, patient, payer),
    patient: patientOf(coverage, patient),
    payer: { name: payer.name, id: payer.electronicPayerId },
    payerResponsibility: PAYER_RESPONSIBILITY[claim.responsibility],
    patientControlNumber: claim.patientControlNumber,
    frequency: claim.frequency,
    ...(replaced ? { payerClaimControlNumber: replaced } : {}),
    placeOfService: placeOfService(profile, claim),
    diagnoses: claim.diagnoses,
    serviceLines: lines.map((line) => ({
      procedureCode: line.procedureCode,
      modifiers: line.modifiers,
      charge: money(line.amountMinor, claim.currency),
      units: line.units,
      serviceDate: claim.dateOfService,
      diagnosisPointers: line.diagnosisPointers,
      // Echoed by the 835 in REF*6R, so a paid line finds its claim line whatever the payer did to its code.
      lineControlNumber: line.id,
      ...priorLineDecisionsOf(prior, line),
    })),
    ...(prior.otherPayers.length > 0 ? { otherPayers: prior.otherPayers } : {}),
  };
};
