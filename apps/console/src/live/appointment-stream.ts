import { createParser } from 'eventsource-parser';
import type { AccessTokenSource } from '../api/client';

/** The gateway's own route: not in the services' OpenAPI document, so not in the generated client either. */
const LIVE_APPOINTMENTS_PATH = '/api/v1/live/appointments';

/** What the gateway sends for each change of the clinic's visits: ids, the days it touches on the location's clock, the status. */
export interface AppointmentChange {
  appointmentId: string;
  patientId: string;
  providerId: string;
  locationId: string;
  status: 'booked' | 'cancelled' | 'checked_in' | 'no_show' | 'completed';
  dates: string[];
}

/** `paused`: the last tries failed and another is coming; `off`: the gateway refuses this person the stream for good. */
export type LiveStatus = 'connecting' | 'live' | 'paused' | 'off';

export interface AppointmentFollower {
  tokens: AccessTokenSource;
  onStatus(status: LiveStatus): void;
  /** The stream (re)opened: whatever changed while it was closed went unheard, so what is shown should be fetched again. */
  onOpen(): void;
  onChange(change: AppointmentChange): void;
}

const LONGEST_PAUSE_MS = 30_000;

/** After a stream the gateway ended (its access token ran out), up to a second; after failures, doubling up to 30 s. */
const pauseBefore = (failures: number): number =>
  failures === 0
    ? Math.random() * 1_000
    : Math.min(LONGEST_PAUSE_MS, 1_000 * 2 ** failures) * (0.5 + Math.random() / 2);

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

class RefusedForGood extends Error {}

/** One connection, read to its end; says whether it opened. */
const readOnce = async (follower: AppointmentFollower, signal: AbortSignal): Promise<boolean> => {
  const token = follower.tokens.accessToken();
  const response = await fetch(LIVE_APPOINTMENTS_PATH, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    cache: 'no-store',
    signal,
  });
  // An expired or revoked token is renewed by the session, and the next try carries the new one.
  if (response.status === 401 && token) follower.tokens.refused(token);
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    if (response.status === 403) throw new RefusedForGood();
    return false;
  }
  follower.onStatus('live');
  follower.onOpen();
  const parser = createParser({
    onEvent: ({ event, data }) => {
      if (event === 'appointment') follower.onChange(JSON.parse(data) as AppointmentChange);
    },
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) parser.feed(chunk.value);
  return true;
};

/**
 * Follows the clinic's appointment changes until `signal` aborts. Browsers' EventSource cannot send the access token,
 * so this reads the server-sent events over fetch, and reconnects itself: within a second when the gateway ends a
 * stream, after growing pauses while tries fail.
 */
export const followAppointmentChanges = async (follower: AppointmentFollower, signal: AbortSignal): Promise<void> => {
  let failures = 0;
  while (!signal.aborted) {
    let opened = false;
    try {
      opened = await readOnce(follower, signal);
    } catch (error) {
      if (error instanceof RefusedForGood) return follower.onStatus('off');
    }
    if (signal.aborted) return;
    failures = opened ? 0 : failures + 1;
    if (failures > 0) follower.onStatus('paused');
    await pause(pauseBefore(failures), signal);
  }
};
