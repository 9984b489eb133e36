export const SUBMISSION_SETTINGS = Symbol('SUBMISSION_SETTINGS');

/** How claims reaches its clearinghouse, read once from the service's configuration. */
export interface SubmissionSettings {
  clearinghouseUrl: string;
  /** ISA15: T while testing with a clearinghouse, P in production. */
  usage: 'T' | 'P';
  /** PER*IC of every file: whom the clearinghouse calls about a file Praxis sent. */
  contactName: string;
  contactPhone: string;
  /** How often each clinic's mailbox is read for 999s and 277CAs. */
  pollEveryMs: number;
}
