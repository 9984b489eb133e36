import {
  DIAGNOSIS_CODE_PATTERN,
  isCalendarDate,
  isValidNpi,
  PROCEDURE_CODE_PATTERN,
  PROCEDURE_MODIFIER_PATTERN,
} from '@praxis/domain';
import { Adjustment } from '../adjustments/claim-adjustments';
import { ClaimProblem, ClaimProblemCode } from './claim-problems';
import {
  BillingProvider,
  PostalAddress,
  ProfessionalClaim,
  ProfessionalClaimFile,
  ServiceLine,
} from './professional-claim';

/** Structural limits of 005010X222A1. */
export const MAX_DIAGNOSES = 12;
export const MAX_SERVICE_LINES = 50;
export const MAX_POINTERS = 4;
export const MAX_OTHER_PAYERS = 10;
export const MAX_LINE_ADJUDICATIONS = 15;
const MAX_PATIENT_CONTROL_NUMBER = 38;

// Payers reject a billing provider at a PO box or lockbox: those belong in the pay-to address (2010AB).
const PO_BOX = /\b(P\.?\s*O\.?\s*BOX|POST\s+OFFICE\s+BOX|LOCK\s*BOX)\b/i;

// NUCC health care provider taxonomy: nine letters or digits and a closing "X", e.g. 207Q00000X.
const TAXONOMY = /^[0-9A-Z]{9}X$/;

type Report = (code: ClaimProblemCode, path: string, message: string) => void;

const checkAddress = (address: PostalAddress, path: string, report: Report, nineDigits: boolean): void => {
  if (nineDigits && !/^\d{9}$/.test(address.postalCode))
    report('postal-code-not-nine-digits', `${path}.postalCode`, 'must be nine digits (ZIP+4)');
  else if (!/^(\d{5}|\d{9})$/.test(address.postalCode))
    report('invalid-postal-code', `${path}.postalCode`, 'must be five or nine digits');
};

const checkBillingProvider = (provider: BillingProvider, path: string, report: Report): void => {
  if (!isValidNpi(provider.npi)) report('invalid-npi', `${path}.npi`, 'is not a 10-digit NPI with a valid check digit');
  if (!/^\d{9}$/.test(provider.taxId)) report('invalid-tax-id', `${path}.taxId`, 'must be nine digits with no hyphen');
  if (!TAXONOMY.test(provider.taxonomy))
    report('invalid-taxonomy', `${path}.taxonomy`, 'must be a ten-character provider taxonomy code ending in X');
  if ([provider.address.line1, provider.address.line2].some((line) => line && PO_BOX.test(line)))
    report('billing-address-not-street', `${path}.address`, 'must be a street address, not a PO box or lockbox');
  checkAddress(provider.address, `${path}.address`, report, true);
};

const checkDate = (value: string | undefined, path: string, report: Report): void => {
  if (value !== undefined && !isCalendarDate(value)) report('invalid-date', path, 'must be a real calendar date');
};

const checkAmount = (amountMinor: number, path: string, report: Report, allowNegative = false): void => {
  if (!Number.isSafeInteger(amountMinor) || (!allowNegative && amountMinor < 0))
    report('invalid-amount', path, `must be a whole${allowNegative ? '' : ', non-negative'} number of minor units`);
};

const checkAdjustments = (adjustments: Adjustment[], path: string, report: Report): void =>
  adjustments.forEach((adjustment, index) =>
    checkAmount(adjustment.amount.amountMinor, `${path}.adjustments[${index}].amount`, report, true),
  );

const checkLineAdjudications = (line: ServiceLine, path: string, report: Report): void => {
  const adjudications = line.priorPayerAdjudications ?? [];
  if (adjudications.length > MAX_LINE_ADJUDICATIONS)
    report('too-many-other-payers', `${path}.priorPayerAdjudications`, `must hold at most ${MAX_LINE_ADJUDICATIONS}`);
  adjudications.forEach((adjudication, index) => {
    const at = `${path}.priorPayerAdjudications[${index}]`;
    checkAmount(adjudication.paid.amountMinor, `${at}.paid`, report, true);
    checkAdjustments(adjudication.adjustments, at, report);
    checkDate(adjudication.adjudicationDate, `${at}.adjudicationDate`, report);
    if (!PROCEDURE_CODE_PATTERN.test(adjudication.procedureCode))
      report('invalid-procedure-code', `${at}.procedureCode`, 'is not a CPT/HCPCS code');
  });
};

const checkServiceLine = (line: ServiceLine, diagnoses: number, path: string, report: Report): void => {
  if (!PROCEDURE_CODE_PATTERN.test(line.procedureCode))
    report('invalid-procedure-code', `${path}.procedureCode`, 'is not a CPT/HCPCS code');
  if ((line.modifiers ?? []).length > 4 || !(line.modifiers ?? []).every((m) => PROCEDURE_MODIFIER_PATTERN.test(m)))
    report('invalid-procedure-code', `${path}.modifiers`, 'must be at most four two-character modifiers');
  checkAmount(line.charge.amountMinor, `${path}.charge`, report);
  if (!(line.units > 0) || !Number.isFinite(line.units)) report('invalid-units', `${path}.units`, 'must be positive');
  checkDate(line.serviceDate, `${path}.serviceDate`, report);
  checkDate(line.serviceDateEnd, `${path}.serviceDateEnd`, report);
  checkLineAdjudications(line, path, report);
  const pointers = line.diagnosisPointers;
  const pointsAtCodes = pointers.every((pointer) => Number.isInteger(pointer) && pointer >= 1 && pointer <= diagnoses);
  if (
    pointers.length < 1 ||
    pointers.length > MAX_POINTERS ||
    !pointsAtCodes ||
    new Set(pointers).size !== pointers.length
  )
    report(
      'invalid-diagnosis-pointer',
      `${path}.diagnosisPointers`,
      `must hold 1 to ${MAX_POINTERS} distinct pointers to the claim's ${diagnoses} diagnoses`,
    );
};

const checkDiagnoses = (claim: ProfessionalClaim, path: string, report: Report): void => {
  if (claim.diagnoses.length === 0) report('no-diagnosis', `${path}.diagnoses`, 'must name at least one diagnosis');
  if (claim.diagnoses.length > MAX_DIAGNOSES)
    report('too-many-diagnoses', `${path}.diagnoses`, `must hold at most ${MAX_DIAGNOSES} codes`);
  claim.diagnoses.forEach((code, index) => {
    if (!DIAGNOSIS_CODE_PATTERN.test(code))
      report('invalid-diagnosis-code', `${path}.diagnoses[${index}]`, 'is not an ICD-10-CM code');
  });
};

const checkHeader = (claim: ProfessionalClaim, path: string, report: Report): void => {
  const controlNumber = claim.patientControlNumber;
  if (controlNumber.length < 1 || controlNumber.length > MAX_PATIENT_CONTROL_NUMBER)
    report('invalid-patient-control-number', `${path}.patientControlNumber`, 'must be 1 to 38 characters');
  if (claim.frequency !== '1' && !claim.payerClaimControlNumber)
    report(
      'missing-payer-claim-number',
      `${path}.payerClaimControlNumber`,
      "is required to replace (7) or void (8) a claim: it is the payer's number for the original",
    );
  if (!/^\d{2}$/.test(claim.placeOfService))
    report('invalid-place-of-service', `${path}.placeOfService`, 'must be a two-digit place of service code');
  if ((claim.otherPayers ?? []).length > MAX_OTHER_PAYERS)
    report('too-many-other-payers', `${path}.otherPayers`, `must hold at most ${MAX_OTHER_PAYERS} payers`);
};

const checkPresent = (values: Record<string, string>, report: Report): void => {
  for (const [path, value] of Object.entries(values))
    if (value.trim() === '') report('missing-value', path, 'must not be empty');
};

const checkClaim = (claim: ProfessionalClaim, path: string, report: Report): void => {
  checkPresent(
    {
      [`${path}.billingProvider.name`]: claim.billingProvider.name,
      [`${path}.subscriber.memberId`]: claim.subscriber.memberId,
      [`${path}.subscriber.name.last`]: claim.subscriber.name.last,
      [`${path}.payer.id`]: claim.payer.id,
      [`${path}.payer.name`]: claim.payer.name,
    },
    report,
  );
  checkBillingProvider(claim.billingProvider, `${path}.billingProvider`, report);
  checkHeader(claim, path, report);
  checkDiagnoses(claim, path, report);
  checkDate(claim.subscriber.birthDate, `${path}.subscriber.birthDate`, report);
  if (!claim.patient && (!claim.subscriber.birthDate || !claim.subscriber.sex))
    report('missing-patient-demographics', `${path}.subscriber`, 'needs a birth date and sex when it is the patient');
  checkAddress(claim.subscriber.address, `${path}.subscriber.address`, report, false);
  if (claim.patient) {
    checkDate(claim.patient.birthDate, `${path}.patient.birthDate`, report);
    checkAddress(claim.patient.address, `${path}.patient.address`, report, false);
  }
  if (claim.renderingProvider && !isValidNpi(claim.renderingProvider.npi))
    report('invalid-npi', `${path}.renderingProvider.npi`, 'is not a 10-digit NPI with a valid check digit');
  if (claim.serviceLines.length === 0) report('no-service-line', `${path}.serviceLines`, 'must hold at least one line');
  if (claim.serviceLines.length > MAX_SERVICE_LINES)
    report(
      'too-many-service-lines',
      `${path}.serviceLines`,
      `must hold at most ${MAX_SERVICE_LINES} lines: split the claim (splitServiceLines)`,
    );
  claim.serviceLines.forEach((line, index) =>
    checkServiceLine(line, claim.diagnoses.length, `${path}.serviceLines[${index}]`, report),
  );
  (claim.otherPayers ?? []).forEach((other, index) => {
    checkAmount(other.paid.amountMinor, `${path}.otherPayers[${index}].paid`, report, true);
    checkAdjustments(other.adjustments, `${path}.otherPayers[${index}]`, report);
    checkDate(other.adjudicationDate, `${path}.otherPayers[${index}].adjudicationDate`, report);
  });
};

/** Every problem that would make the file fail a payer's front-end edits, before anything is written. */
export const validateProfessionalClaimFile = (file: ProfessionalClaimFile): ClaimProblem[] => {
  const problems: ClaimProblem[] = [];
  const { submitter, receiver } = file;
  checkPresent(
    {
      'submitter.id': submitter.id,
      'submitter.name': submitter.name,
      'receiver.id': receiver.id,
      'receiver.name': receiver.name,
    },
    (code, path, message) => problems.push({ code, path, message }),
  );
  if (file.claims.length === 0)
    problems.push({ code: 'no-claim', path: 'claims', message: 'must hold at least one claim' });
  file.claims.forEach((claim, index) =>
    checkClaim(claim, `claims[${index}]`, (code, path, message) =>
      problems.push({ code, path, patientControlNumber: claim.patientControlNumber, message }),
    ),
  );
  return problems;
};
