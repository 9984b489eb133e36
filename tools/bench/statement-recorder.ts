import { createServer, Server, Socket, connect } from 'node:net';

export interface RecordedStatement {
  /** Which client connection sent it: one transaction always stays on one connection. */
  connection: number;
  sql: string;
  /** The name a prepared statement was parsed under; empty for an unnamed one. */
  preparedAs: string;
  /** Text-format parameter values, in order; null for SQL NULL or a binary value. */
  parameters: (string | null)[];
}

const SSL_REQUEST = 80877103;
const GSS_ENCRYPTION_REQUEST = 80877104;

/** Splits a C string (NUL-terminated) out of a message body. */
const cString = (body: Buffer, from: number): [string, number] => {
  const end = body.indexOf(0, from);
  return [body.toString('utf8', from, end), end + 1];
};

const bindParameters = (body: Buffer, from: number): (string | null)[] => {
  let at = from;
  const formatCount = body.readInt16BE(at);
  const formats = Array.from({ length: formatCount }, (_, index) => body.readInt16BE(at + 2 + index * 2));
  at += 2 + formatCount * 2;
  const count = body.readInt16BE(at);
  at += 2;
  const values: (string | null)[] = [];
  for (let index = 0; index < count; index += 1) {
    const length = body.readInt32BE(at);
    at += 4;
    const binary = (formats.length === 1 ? formats[0] : formats[index]) === 1;
    values.push(length < 0 || binary ? null : body.toString('utf8', at, at + length));
    at += Math.max(length, 0);
  }
  return values;
};

/**
 * Reads what a client sends PostgreSQL (simple Query, and Parse then Bind of the extended protocol) and notes each
 * statement with its parameters. A named statement is parsed once per connection and bound by name afterwards, so
 * every Bind is noted with the text its statement was parsed from. Only the client's side is parsed; the server's
 * answers pass through untouched.
 */
class ClientStream {
  private buffer = Buffer.alloc(0);
  private startedUp = false;
  /** The text of each statement parsed on this connection, by name ('' for the unnamed one). */
  private readonly parsed = new Map<string, string>();

  constructor(
    private readonly connection: number,
    private readonly note: (statement: RecordedStatement) => void,
  ) {}

  feed(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const typed = this.startedUp ? 1 : 0;
      if (this.buffer.length < typed + 4) return;
      const length = this.buffer.readInt32BE(typed);
      if (this.buffer.length < typed + length) return;
      const type = typed ? String.fromCharCode(this.buffer[0]) : '';
      const body = this.buffer.subarray(typed + 4, typed + length);
      this.buffer = this.buffer.subarray(typed + length);
      if (!typed) this.startedUp = ![SSL_REQUEST, GSS_ENCRYPTION_REQUEST].includes(body.readInt32BE(0));
      else this.message(type, body);
    }
  }

  private message(type: string, body: Buffer): void {
    const { connection } = this;
    if (type === 'Q') this.note({ connection, sql: cString(body, 0)[0], preparedAs: '', parameters: [] });
    if (type === 'P') {
      const [name, at] = cString(body, 0);
      this.parsed.set(name, cString(body, at)[0]);
    }
    if (type === 'B') {
      const [preparedAs, at] = cString(body, cString(body, 0)[1]);
      const sql = this.parsed.get(preparedAs);
      if (sql !== undefined) this.note({ connection, sql, preparedAs, parameters: bindParameters(body, at) });
    }
  }
}

/** A pass-through proxy in front of PostgreSQL that records the statements a service really sends. */
export class StatementRecorder {
  private recorded: RecordedStatement[] = [];
  private readonly sockets = new Set<Socket>();
  private connections = 0;

  private constructor(
    private readonly server: Server,
    private readonly target: URL,
  ) {}

  static async start(databaseUrl: string): Promise<StatementRecorder> {
    const target = new URL(databaseUrl);
    const server = createServer();
    const recorder = new StatementRecorder(server, target);
    server.on('connection', (client) => recorder.relay(client));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return recorder;
  }

  /** The same database URL, reached through the recorder. */
  get url(): string {
    const address = this.server.address();
    if (!address || typeof address === 'string') throw new Error('the statement recorder is not listening');
    const proxied = new URL(this.target);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(address.port);
    return proxied.toString();
  }

  statements(): RecordedStatement[] {
    return [...this.recorded];
  }

  clear(): void {
    this.recorded = [];
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private relay(client: Socket): void {
    const upstream = connect(Number(this.target.port || 5432), this.target.hostname);
    const stream = new ClientStream((this.connections += 1), (statement) => this.recorded.push(statement));
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.on('data', (chunk: Buffer) => {
      stream.feed(chunk);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }
}

const TRANSACTION_START = /^\s*(BEGIN|START TRANSACTION)\b/i;
const TRANSACTION_END = /^\s*(COMMIT|ROLLBACK)\b/i;

/** The statements of each transaction, in order, grouped by the connection they ran on. */
export const transactionsOf = (statements: RecordedStatement[]): RecordedStatement[][] => {
  const open = new Map<number, RecordedStatement[]>();
  const done: RecordedStatement[][] = [];
  for (const statement of statements) {
    if (TRANSACTION_START.test(statement.sql)) open.set(statement.connection, []);
    const current = open.get(statement.connection);
    if (!current) continue;
    current.push(statement);
    if (TRANSACTION_END.test(statement.sql)) {
      done.push(current);
      open.delete(statement.connection);
    }
  }
  return done;
};

/** The one transaction that ran for a tenant: the route's, told apart from pollers by the tenant it set. */
export const transactionForTenant = (statements: RecordedStatement[], tenantId: string): RecordedStatement[] => {
  const matching = transactionsOf(statements).filter((transaction) =>
    transaction.some((statement) => statement.parameters.includes(tenantId)),
  );
  if (matching.length !== 1) throw new Error(`expected one transaction for tenant ${tenantId}, saw ${matching.length}`);
  return matching[0];
};

/**
 * Whitespace never changes what a statement does; compare statements without it. Whether it is prepared, and under
 * which name, changes what PostgreSQL plans, so that is compared too.
 */
export const normalisedSql = ({ sql, preparedAs }: RecordedStatement): string => {
  const text = sql.replace(/\s+/g, ' ').trim();
  return preparedAs ? `[prepared as ${preparedAs}] ${text}` : text;
};
