import { QueryRunner } from 'typeorm';

/**
 * The outbox and inbox belong to the service's infrastructure, not to a tenant: the relay reads every
 * tenant's pending events, so these two tables carry tenant_id but no row-level security policy.
 */
export const createMessagingTables = async (queryRunner: QueryRunner): Promise<void> => {
  await queryRunner.query(`
    CREATE TABLE outbox_events (
      position bigserial PRIMARY KEY,
      event_id uuid NOT NULL UNIQUE,
      tenant_id uuid NOT NULL,
      topic text NOT NULL,
      message_key text NOT NULL,
      envelope jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
  await queryRunner.query(`
    CREATE TABLE inbox_events (
      consumer text NOT NULL,
      event_id uuid NOT NULL,
      tenant_id uuid NOT NULL,
      event_type text NOT NULL,
      handled_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, event_id)
    )`);
};
