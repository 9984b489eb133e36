import { DataSource, QueryRunner } from 'typeorm';
import { ConflictError } from '../src/errors/domain-error';
import { toProblem } from '../src/http/problem-details.filter';

// libs/testing stands on this lib, so the spec reads the PostgreSQL that `npm test` started itself.
const adminDatabaseUrl = (): string =>
  (JSON.parse(process.env.PRAXIS_TEST_INFRASTRUCTURE ?? '{}') as { adminDatabaseUrl: string }).adminDatabaseUrl;

class ShiftTakenError extends ConflictError {
  constructor() {
    super('someone already works that shift');
  }
}

describe('a write the database refuses', () => {
  let dataSource: DataSource;
  let session: QueryRunner;
  const violations = { shifts_no_overlap: () => new ShiftTakenError() };

  const refusal = async (sql: string): Promise<unknown> =>
    session.query(sql).then(
      () => undefined,
      (error: unknown) => error,
    );

  beforeAll(async () => {
    dataSource = await new DataSource({ type: 'postgres', url: adminDatabaseUrl() }).initialize();
    session = dataSource.createQueryRunner();
    await session.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await session.query(`
      CREATE TEMP TABLE shifts (
        badge text UNIQUE,
        worker int,
        hours int4range,
        CONSTRAINT shifts_hours_check CHECK (NOT isempty(hours)),
        CONSTRAINT shifts_no_overlap EXCLUDE USING gist (worker WITH =, hours WITH &&)
      )`);
    await session.query(`INSERT INTO shifts VALUES ('A1', 1, '[8,12)')`);
  });

  afterAll(async () => {
    await session.release();
    await dataSource.destroy();
  });

  it('is answered with the domain error the service registered for the constraint', async () => {
    const error = await refusal(`INSERT INTO shifts VALUES ('B2', 1, '[10,14)')`);

    expect(toProblem(error, violations)).toEqual({
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'someone already works that shift',
    });
  });

  it('is a plain conflict when a unique value is taken and the service registered nothing for it', async () => {
    const error = await refusal(`INSERT INTO shifts VALUES ('A1', 2, '[8,12)')`);

    expect(toProblem(error, violations)).toEqual({
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'a record with the same unique value already exists',
    });
  });

  it('is left unexplained (a 500) when nothing the caller sent can fix it', async () => {
    const error = await refusal(`INSERT INTO shifts VALUES ('C3', 3, 'empty')`);

    expect(toProblem(error, violations)).toBeUndefined();
  });
});
