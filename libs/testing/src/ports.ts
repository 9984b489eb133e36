import { randomInt } from 'node:crypto';
import { createServer } from 'node:net';

/**
 * Below Linux's ephemeral range (32768 and up), so the port cannot be taken by some process's outgoing connection in
 * the moment between our check and the service binding it, as a port the kernel hands out for listen(0) can.
 */
const FIRST_PORT = 20_000;
const LAST_PORT = 32_767;

const isFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });

export const freePortNumber = async (): Promise<number> => {
  for (;;) {
    const port = randomInt(FIRST_PORT, LAST_PORT + 1);
    if (await isFree(port)) return port;
  }
};
