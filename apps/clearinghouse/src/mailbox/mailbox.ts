import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError } from '@praxis/platform';
import { randomUUID } from 'node:crypto';

export type ReplyKind = '999' | '277CA' | '835';

export interface MailboxFile {
  id: string;
  kind: ReplyKind;
  /** The reply as X12 text, exactly as a real mailbox would hand it over. */
  content: string;
  availableAt: Date;
}

/**
 * Replies waiting for each trading partner (the submitter's ISA06), as a real clearinghouse's SFTP or API mailbox
 * holds them until the partner picks them up. Kept in memory: the sandbox's replies are as disposable as its inbox.
 */
@Injectable()
export class Mailbox {
  private readonly files = new Map<string, MailboxFile[]>();

  constructor(private readonly clock: Clock) {}

  deliver(partnerId: string, kind: ReplyKind, content: string, delayMs: number): void {
    const availableAt = new Date(this.clock.now().getTime() + delayMs);
    this.files.set(partnerId, [...this.waitingFor(partnerId), { id: randomUUID(), kind, content, availableAt }]);
  }

  /** What the partner may collect now, oldest first; a reply still within its delay is not there yet. */
  collectable(partnerId: string): MailboxFile[] {
    const now = this.clock.now().getTime();
    return this.waitingFor(partnerId).filter((file) => file.availableAt.getTime() <= now);
  }

  remove(partnerId: string, fileId: string): void {
    const waiting = this.waitingFor(partnerId);
    if (!waiting.some((file) => file.id === fileId)) throw new NotFoundError('mailbox file', fileId);
    this.files.set(
      partnerId,
      waiting.filter((file) => file.id !== fileId),
    );
  }

  private waitingFor(partnerId: string): MailboxFile[] {
    return this.files.get(partnerId) ?? [];
  }
}
