import { UnprocessableError } from '@praxis/platform';
import { ClaimAcknowledgementReport, FunctionalAcknowledgement, Interchange } from '@praxis/x12';
import { EntityManager } from 'typeorm';
import { ClaimSubmission } from '../submissions/claim-submission.entity';
import { SubmittedClaim } from '../submissions/submitted-claim.entity';
import { isRejecting, verdictOf } from './claim-status-words';
import { ClaimVerdictFor } from './claim-outcome';
import { rejectionReasons } from './functional-acknowledgement-words';

const notOurs = (what: string) =>
  new UnprocessableError(`the acknowledgement names ${what}, which this clinic never submitted`, [
    { field: 'body', message: `names ${what}, which this clinic never submitted` },
  ]);

/** Our files carry their interchange control number in GS06 and BHT03, so replies name them by it. */
const submissionNamed = async (manager: EntityManager, receiverId: string, reference: string) => {
  const controlNumber = /^\d{1,9}$/.test(reference) ? Number(reference) : NaN;
  const submission = Number.isNaN(controlNumber)
    ? null
    : await manager.findOneBy(ClaimSubmission, { receiverId, interchangeControlNumber: controlNumber });
  if (!submission) throw notOurs(`the claim file ${reference} to ${receiverId}`);
  return submission;
};

const submittedClaims = (manager: EntityManager, submissionId: string) =>
  manager.find(SubmittedClaim, { where: { submissionId }, order: { patientControlNumber: 'ASC' } });

/** A 999: a rejected transaction set (or group) rejects every claim of the file; an accepted one acknowledges them. */
export const functionalAcknowledgementVerdicts = async (
  manager: EntityManager,
  interchange: Interchange,
  { groups }: FunctionalAcknowledgement,
): Promise<ClaimVerdictFor[]> => {
  const verdicts: ClaimVerdictFor[] = [];
  for (const group of groups) {
    const submission = await submissionNamed(manager, interchange.senderId, group.controlNumber);
    const rejectedSet = group.transactionSets.find(({ status }) => status === 'R');
    const verdict =
      group.status === 'R' || rejectedSet
        ? { kind: 'rejected' as const, reasons: rejectionReasons(rejectedSet, group.codes) }
        : { kind: 'acknowledged' as const };
    for (const { claimId, patientControlNumber } of await submittedClaims(manager, submission.id))
      verdicts.push({ claimId, patientControlNumber, verdict });
  }
  return verdicts;
};

/**
 * A 277CA: each claim by its CLM01 in the batch answered. A provider-level rejection with no claim detail rejects
 * every claim of that billing provider in the batch.
 */
export const claimAcknowledgementVerdicts = async (
  manager: EntityManager,
  interchange: Interchange,
  report: ClaimAcknowledgementReport,
): Promise<ClaimVerdictFor[]> => {
  if (!report.batchReference) throw notOurs('no batch (HL 21 has no TRN*2)');
  const submission = await submissionNamed(manager, interchange.senderId, report.batchReference);
  const claims = await submittedClaims(manager, submission.id);
  const verdicts: ClaimVerdictFor[] = [];
  for (const provider of report.providers) {
    const providerRejections = provider.statuses.filter(isRejecting);
    if (providerRejections.length > 0 && provider.claims.length === 0)
      for (const { claimId, patientControlNumber, billingProviderNpi } of claims)
        if (billingProviderNpi === provider.providerId)
          verdicts.push({ claimId, patientControlNumber, verdict: verdictOf(providerRejections) });
    for (const reported of provider.claims) {
      const claim = claims.find(({ patientControlNumber }) => patientControlNumber === reported.patientControlNumber);
      if (!claim) throw notOurs(`claim ${reported.patientControlNumber} in file ${report.batchReference}`);
      const verdict = verdictOf([...reported.statuses, ...providerRejections], reported.payerClaimNumber);
      verdicts.push({ claimId: claim.claimId, patientControlNumber: claim.patientControlNumber, verdict });
    }
  }
  return verdicts;
};
