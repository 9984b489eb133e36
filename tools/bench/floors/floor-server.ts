import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool, PoolClient } from 'pg';

/** The services' TypeORM pool holds ten connections; the floor gets the same. */
const POOL_SIZE = 10;

export interface FloorServer {
  url: string;
  stop(): Promise<void>;
}

export interface FloorRequest {
  method: string;
  url: string;
  tenantId: string;
  userId: string;
  requestId: string;
  body: unknown;
}

export interface FloorAnswer {
  status: number;
  body: unknown;
}

export type FloorHandler = (database: Pool, request: FloorRequest) => Promise<FloorAnswer>;

/**
 * The floor does no token verification and no validation: it learns the tenant and the user from plain headers,
 * which is what is left of a request once the gateway and the access guard are done with it.
 */
export const FLOOR_TENANT_HEADER = 'x-floor-tenant-id';
export const FLOOR_USER_HEADER = 'x-floor-user-id';

const readBody = async (request: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
};

const answer = (response: ServerResponse, { status, body }: FloorAnswer) => {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
};

/** A bare node:http server with a pg pool as the services' own role, so row-level security applies to it too. */
export const startFloorServer = async (databaseUrl: string, handle: FloorHandler): Promise<FloorServer> => {
  const database = new Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  let requests = 0;
  const server = createServer((request, response) => {
    requests += 1;
    readBody(request)
      .then((body) =>
        handle(database, {
          method: request.method ?? 'GET',
          url: request.url ?? '/',
          tenantId: String(request.headers[FLOOR_TENANT_HEADER]),
          userId: String(request.headers[FLOOR_USER_HEADER]),
          requestId: `floor-${requests}`,
          body,
        }),
      )
      .then(
        (result) => answer(response, result),
        (error: unknown) => answer(response, { status: 500, body: { detail: String(error) } }),
      );
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the floor server is not listening');
  return {
    url: `http://127.0.0.1:${address.port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.end();
    },
  };
};

/** One transaction as the services run one: START TRANSACTION, the tenant setting, the work, COMMIT. */
export const inTenantTransaction = async <T>(
  database: Pool,
  tenantId: string,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> => {
  const client = await database.connect();
  try {
    await client.query('START TRANSACTION');
    await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
};
