import { Inject, Injectable } from '@nestjs/common';
import { ClearinghouseAdapter, ClearinghouseReceipt, ClearinghouseReply } from './clearinghouse-adapter';

export const CLEARINGHOUSE_URL = Symbol('CLEARINGHOUSE_URL');

export class ClearinghouseUnavailableError extends Error {}

/** The sandbox's answer to a file whose interchange it cannot read, as a real one sends a TA1. */
const REFUSED = 422;

interface ProblemAnswer {
  detail?: string;
  errors?: { message: string }[];
}

const refusalOf = async (response: Response): Promise<string> => {
  const problem = (await response.json().catch(() => ({}))) as ProblemAnswer;
  return [problem.detail, ...(problem.errors ?? []).map((error) => error.message)].filter(Boolean).join('; ');
};

/** The sandbox clearinghouse over HTTP: files are POSTed, replies collected from the submitter's mailbox. */
@Injectable()
export class SandboxClearinghouseAdapter extends ClearinghouseAdapter {
  constructor(@Inject(CLEARINGHOUSE_URL) private readonly baseUrl: string) {
    super();
  }

  async send(_submitterId: string, x12: Buffer): Promise<ClearinghouseReceipt> {
    const response = await this.call(
      '/submissions',
      { method: 'POST', headers: { 'content-type': 'application/edi-x12' }, body: x12 },
      REFUSED,
    );
    if (response.status === REFUSED)
      return { taken: false, reason: (await refusalOf(response)) || 'the clearinghouse could not read the file' };
    return { taken: true };
  }

  async collect(submitterId: string): Promise<ClearinghouseReply[]> {
    const response = await this.call(this.mailbox(submitterId), { method: 'GET' });
    const { files } = (await response.json()) as { files: ClearinghouseReply[] };
    return files.map(({ id, content }) => ({ id, content }));
  }

  async remove(submitterId: string, replyId: string): Promise<void> {
    await this.call(`${this.mailbox(submitterId)}/${encodeURIComponent(replyId)}`, { method: 'DELETE' });
  }

  private mailbox(submitterId: string): string {
    return `/mailboxes/${encodeURIComponent(submitterId)}/files`;
  }

  private async call(path: string, init: RequestInit, answered?: number): Promise<Response> {
    const response = await fetch(`${this.baseUrl}${path}`, { ...init, signal: AbortSignal.timeout(30_000) });
    if (response.ok || response.status === answered) return response;
    throw new ClearinghouseUnavailableError(`the clearinghouse answered ${response.status} to ${init.method} ${path}`);
  }
}
