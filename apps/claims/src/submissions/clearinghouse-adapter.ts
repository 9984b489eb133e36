/** A reply waiting at the clearinghouse: a 999, a 277CA or an 835, as X12 text. */
export interface ClearinghouseReply {
  id: string;
  content: string;
}

/** What the clearinghouse said on taking a file: taken, or refused outright (unreadable envelope) with its reason. */
export type ClearinghouseReceipt = { taken: true } | { taken: false; reason: string };

/**
 * The door to a clearinghouse. The default talks HTTP to the sandbox; a real clearinghouse's API or SFTP drop
 * implements the same three calls. A failure to reach it throws, and the job that called retries.
 */
export abstract class ClearinghouseAdapter {
  abstract send(submitterId: string, x12: Buffer): Promise<ClearinghouseReceipt>;
  /** Replies waiting in the submitter's mailbox, oldest first. */
  abstract collect(submitterId: string): Promise<ClearinghouseReply[]>;
  /** Called once a reply is stored, so it is not collected again. */
  abstract remove(submitterId: string, replyId: string): Promise<void>;
}
