import type { PoolClient, QueryResultRow } from 'pg';
import { EntityManager, QueryFailedError } from 'typeorm';

/** A hot statement PostgreSQL plans once per connection rather than on every call. */
export interface PreparedStatement {
  /** Unique among a service's prepared statements: the connection keeps it under this name. */
  name: string;
  text: string;
}

/**
 * Runs a prepared statement on the connection of the manager's transaction. TypeORM only sends unnamed statements,
 * so this goes to the pooled `pg` client beneath it; a refusal is raised as TypeORM's `QueryFailedError`, so
 * constraint violations map onto the same domain errors as any other query's.
 */
export const runPrepared = async <Row extends QueryResultRow>(
  manager: EntityManager,
  statement: PreparedStatement,
  values: unknown[],
): Promise<Row[]> => {
  if (!manager.queryRunner) throw new Error(`${statement.name} must run inside a transaction`);
  const client = (await manager.queryRunner.connect()) as PoolClient;
  try {
    return (await client.query<Row>({ ...statement, values })).rows;
  } catch (error) {
    throw new QueryFailedError(statement.text, values, error as Error);
  }
};
