import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { followAppointmentChanges, type AppointmentChange, type LiveStatus } from './appointment-stream';

type Answer = (request: IncomingMessage, response: ServerResponse) => void;

const aChange = (appointmentId: string): AppointmentChange => ({
  appointmentId,
  patientId: 'patient-1',
  providerId: 'provider-1',
  locationId: 'location-1',
  status: 'booked',
  dates: ['2026-03-09'],
});

const openStream = (response: ServerResponse, ...changes: AppointmentChange[]) => {
  response.writeHead(200, { 'content-type': 'text/event-stream' });
  response.write(': connected\n\n');
  for (const change of changes) response.write(`event: appointment\ndata: ${JSON.stringify(change)}\n\n`);
};

/** A stand-in gateway on a local port, answering each connection in turn; the page's relative URL is sent there. */
const aGateway = async (answers: Answer[]) => {
  const authorizations: Array<string | undefined> = [];
  const server: Server = createServer((request, response) => {
    authorizations.push(request.headers.authorization);
    (answers.shift() ?? ((_, idle) => openStream(idle)))(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pageFetch = globalThis.fetch;
  globalThis.fetch = (path, init) => pageFetch(`${origin}${String(path)}`, init);
  return {
    authorizations,
    close: () => {
      globalThis.fetch = pageFetch;
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
};

interface Heard {
  statuses: LiveStatus[];
  opened: number;
  changes: string[];
  refused: string[];
}

/** Follows the stand-in gateway as the console does, until `enough` says so. */
const follow = async (token: { current: string }, enough: (heard: Heard) => boolean): Promise<Heard> => {
  const heard: Heard = { statuses: [], opened: 0, changes: [], refused: [] };
  const stop = new AbortController();
  const noted = () => {
    if (enough(heard)) stop.abort();
  };
  await followAppointmentChanges(
    {
      tokens: {
        accessToken: () => token.current,
        refused: (refusedToken) => {
          heard.refused.push(refusedToken);
          token.current = 'renewed';
        },
      },
      onStatus: (status) => {
        heard.statuses.push(status);
        noted();
      },
      onOpen: () => {
        heard.opened += 1;
        noted();
      },
      onChange: (change) => {
        heard.changes.push(change.appointmentId);
        noted();
      },
    },
    stop.signal,
  );
  return heard;
};

describe('following the clinic’s appointment changes', () => {
  let gateway: Awaited<ReturnType<typeof aGateway>>;
  afterEach(() => gateway.close());

  describe('when the gateway ends a stream, as it does when the access token expires', () => {
    beforeEach(async () => {
      gateway = await aGateway([
        (_, response) => {
          openStream(response, aChange('first'));
          response.end();
        },
        (_, response) => openStream(response, aChange('second')),
      ]);
    });

    it('reconnects with the token the session holds by then, and asks for a refetch on each opening', async () => {
      const token = { current: 'first-token' };
      const heard = await follow(token, ({ changes }) => {
        if (changes.length === 1) token.current = 'next-token';
        return changes.length === 2;
      });
      expect(heard.changes).toEqual(['first', 'second']);
      expect(heard.opened).toBe(2);
      expect(gateway.authorizations).toEqual(['Bearer first-token', 'Bearer next-token']);
      expect(heard.statuses).not.toContain('paused');
    });
  });

  describe('when the gateway refuses the token', () => {
    beforeEach(async () => {
      gateway = await aGateway([(_, response) => response.writeHead(401).end()]);
    });

    it('hands it to the session to renew, says the updates are paused, and tries again with the renewed one', async () => {
      const heard = await follow({ current: 'expired-token' }, ({ opened }) => opened === 1);
      expect(heard.refused).toEqual(['expired-token']);
      expect(gateway.authorizations).toEqual(['Bearer expired-token', 'Bearer renewed']);
      expect(heard.statuses).toEqual(['paused', 'live']);
    });
  });

  describe('when the person’s role may not read appointments', () => {
    beforeEach(async () => {
      gateway = await aGateway([(_, response) => response.writeHead(403).end()]);
    });

    it('stops asking and says live updates are unavailable', async () => {
      const heard = await follow({ current: 'token' }, () => false);
      expect(heard.statuses).toEqual(['off']);
      expect(gateway.authorizations).toHaveLength(1);
    });
  });
});
