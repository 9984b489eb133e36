import { Inject, Injectable } from '@nestjs/common';
import type { AccessClaims } from '@praxis/auth';
import { metricsRegistry } from '@praxis/platform';
import type { ServerResponse } from 'node:http';
import { Gauge } from 'prom-client';
import { GATEWAY_CONFIG, GatewayConfig } from '../gateway.config';
import { RevokedSessions } from '../revocations/revoked-sessions';
import { ClinicChannels } from './clinic-channels';
import { ServerSentEvents } from './server-sent-events';

/** However long its access token says, a stream ends after an hour; the client reconnects with the token it has then. */
export const LONGEST_STREAM_MS = 60 * 60 * 1000;

const openStreams = new Gauge({
  name: 'gateway_live_streams',
  help: 'Live appointment streams open on this replica',
  registers: [metricsRegistry],
});

/**
 * A signed-in caller's stream of their clinic's appointment changes. It ends when the client leaves, when the access
 * token expires or is revoked (the client reconnects with a fresh one), or when the replica can no longer promise
 * every change; the client then fetches afresh, which also covers whatever happened while it was away.
 */
@Injectable()
export class LiveAppointmentStream {
  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly channels: ClinicChannels,
    private readonly revoked: RevokedSessions,
  ) {}

  /** Answers only once the clinic's channel is heard, so a client that refetches on opening misses nothing. */
  async follow(caller: AccessClaims, response: ServerResponse): Promise<void> {
    const events = new ServerSentEvents(response);
    let clientLeft = false;
    response.once('close', () => (clientLeft = true));
    // A member deactivated or given other roles meanwhile hears nothing more, and the reconnect is refused.
    const endIfRevoked = (): boolean => {
      const revoked = this.revoked.isRevoked(caller);
      if (revoked) response.end();
      return revoked;
    };
    const stopListening = await this.channels.listen(caller.tenantId, {
      deliver: (change) => {
        if (!endIfRevoked()) events.send('appointment', change);
      },
      lost: () => response.end(),
    });
    if (clientLeft) return stopListening();
    const expiry = setTimeout(
      () => response.end(),
      Math.min(caller.expiresAtSeconds * 1000 - Date.now(), LONGEST_STREAM_MS),
    );
    openStreams.inc();
    response.once('close', () => {
      clearTimeout(expiry);
      stopListening();
      openStreams.dec();
    });
    events.open(this.config.LIVE_HEARTBEAT_MS, endIfRevoked);
  }
}
