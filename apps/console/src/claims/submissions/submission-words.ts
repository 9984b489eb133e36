import type { Submission } from './submissions-data';

const STATUS_WORDS: Record<Submission['status'], string> = {
  queued: 'Waiting to be built',
  built: 'Built, being sent',
  sent: 'Sent to the clearinghouse',
  empty: 'Not sent: no claim was ready',
  refused: 'Not sent',
};

export const submissionStatusInWords = (submission: Submission): string =>
  submission.refusal ? `${STATUS_WORDS[submission.status]}: ${submission.refusal}` : STATUS_WORDS[submission.status];

export const submissionName = (submission: Submission): string =>
  submission.interchangeControlNumber === null ? 'Claim file' : `Claim file ${submission.interchangeControlNumber}`;
