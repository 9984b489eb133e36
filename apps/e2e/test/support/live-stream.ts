import { createParser } from 'eventsource-parser';

interface Problem {
  status: number;
  detail?: string;
}

export interface LiveAppointmentStream {
  status: number;
  contentType: string | null;
  /** The problem the gateway answered instead of a stream. */
  problem?: Problem;
  /** Each `appointment` event's data, in arrival order. */
  changes: Array<Record<string, unknown>>;
  comments: string[];
  /** Settles when the gateway ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** Follows the gateway's live appointment stream as the console does: fetch with the access token, read as it arrives. */
export const followLiveAppointments = async (gatewayUrl: string, bearer?: string): Promise<LiveAppointmentStream> => {
  const abort = new AbortController();
  const response = await fetch(`${gatewayUrl}/api/v1/live/appointments`, {
    headers: bearer ? { authorization: bearer } : {},
    signal: abort.signal,
  });
  const changes: Array<Record<string, unknown>> = [];
  const comments: string[] = [];
  const parser = createParser({
    onEvent: ({ event, data }) => event === 'appointment' && changes.push(JSON.parse(data)),
    onComment: (comment) => comments.push(comment.trim()),
  });
  const read = async () => {
    const decoder = new TextDecoder();
    for await (const chunk of response.body ?? []) parser.feed(decoder.decode(chunk, { stream: true }));
  };
  const streaming = response.ok && response.headers.get('content-type')?.startsWith('text/event-stream');
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    problem: streaming ? undefined : ((await response.json()) as Problem),
    changes,
    comments,
    ended: streaming
      ? read().catch((error: unknown) => (abort.signal.aborted ? undefined : Promise.reject(error)))
      : Promise.resolve(),
    close: () => abort.abort(),
  };
};
