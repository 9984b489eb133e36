import { UnprocessableError } from '@praxis/platform';
import {
  ClaimAcknowledgementReport,
  elementOf,
  FunctionalAcknowledgement,
  GroupReport,
  Interchange,
  readX12,
  TransactionSetReport,
} from '@praxis/x12';
import { EntityManager } from 'typeorm';
import { ClaimSubmission } from '../submissions/claim-submission.entity';
import { SubmittedClaim } from '../submissions/submitted-claim.entity';
import { isRejecting, verdictOf } from './claim-status-words';
import { ClaimVerdict, ClaimVerdictFor } from './claim-outcome';
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

/** Which transaction set (ST02, as a number) of the file as sent carries each claim (CLM01). */
const transactionSetOfEachClaim = async (
  manager: EntityManager,
  submissionId: string,
): Promise<Map<string, number>> => {
  const { x12 } = await manager.findOneOrFail(ClaimSubmission, {
    where: { id: submissionId },
    select: { id: true, x12: true },
  });
  const sets = readX12(x12 ?? '').interchanges.flatMap((interchange) =>
    interchange.groups.flatMap((group) => group.transactionSets),
  );
  return new Map(
    sets.flatMap((set) =>
      set.segments
        .filter(({ id }) => id === 'CLM')
        .map((clm) => [elementOf(clm, 1), Number(set.controlNumber)] as const),
    ),
  );
};

const setVerdict = (group: GroupReport, set: TransactionSetReport | undefined): ClaimVerdict =>
  group.status === 'R' || set?.status === 'R'
    ? { kind: 'rejected', reasons: rejectionReasons(set, group.codes) }
    : { kind: 'acknowledged' };

/**
 * A 999: each claim takes the verdict of the transaction set that carried it, so a rejected set rejects every claim
 * in it and a partly accepted group (AK9 P) maps back claim by claim; a rejected group rejects them all.
 */
export const functionalAcknowledgementVerdicts = async (
  manager: EntityManager,
  interchange: Interchange,
  { groups }: FunctionalAcknowledgement,
): Promise<ClaimVerdictFor[]> => {
  const verdicts: ClaimVerdictFor[] = [];
  for (const group of groups) {
    const submission = await submissionNamed(manager, interchange.senderId, group.controlNumber);
    const carriedBy = await transactionSetOfEachClaim(manager, submission.id);
    for (const { claimId, patientControlNumber } of await submittedClaims(manager, submission.id)) {
      const set = group.transactionSets.find(
        ({ controlNumber }) => Number(controlNumber) === carriedBy.get(patientControlNumber),
      );
      verdicts.push({ claimId, patientControlNumber, verdict: setVerdict(group, set) });
    }
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
