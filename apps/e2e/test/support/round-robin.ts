import { createServer, request as forward } from 'node:http';
import { AddressInfo } from 'node:net';

export interface RoundRobin {
  url: string;
  /** How many requests each upstream was given, in the order the upstreams were named. */
  served(): number[];
  stop(): Promise<void>;
}

/** The smallest load balancer: each request goes to the next upstream in turn, as a front proxy would spread them. */
export const startRoundRobin = async (upstreams: string[]): Promise<RoundRobin> => {
  const counts = upstreams.map(() => 0);
  let next = 0;
  const server = createServer((incoming, outgoing) => {
    const index = next++ % upstreams.length;
    counts[index] += 1;
    const passed = forward(
      new URL(incoming.url ?? '/', upstreams[index]),
      { method: incoming.method, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    passed.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(passed);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served: () => [...counts],
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
