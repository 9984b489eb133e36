import { InvalidConfigurationError, parseConfig } from '@praxis/platform';
import { claimsConfigSchema } from './claims.config';

const environment = {
  PORT: '3004',
  DATABASE_URL: 'postgres://praxis_app:secret@postgres:5432/praxis_claims',
  REDIS_URL: 'redis://redis:6379',
  KAFKA_BROKERS: 'kafka:9092',
  INTERNAL_TOKEN_SECRET: 'a-secret-of-at-least-thirty-two-characters',
};

describe("claims' configuration", () => {
  it('talks to the sandbox clearinghouse `npm start` runs when nothing names another, outside production', () => {
    const config = parseConfig(claimsConfigSchema, { ...environment, NODE_ENV: 'development' });

    expect(config).toMatchObject({ CLEARINGHOUSE_URL: 'http://127.0.0.1:3006', CLEARINGHOUSE_USAGE: 'T' });
  });

  it('does not start in production until the clearinghouse and the EDI contact are named', () => {
    const production = { ...environment, NODE_ENV: 'production' };

    expect(() => parseConfig(claimsConfigSchema, production)).toThrow(InvalidConfigurationError);
    expect(() => parseConfig(claimsConfigSchema, production)).toThrow(
      /CLEARINGHOUSE_URL.*CLEARINGHOUSE_USAGE.*EDI_CONTACT_NAME.*EDI_CONTACT_PHONE/,
    );
  });

  it('takes the clearinghouse and contact production names', () => {
    const config = parseConfig(claimsConfigSchema, {
      ...environment,
      NODE_ENV: 'production',
      CLEARINGHOUSE_URL: 'https://api.clearinghouse.example/edi',
      CLEARINGHOUSE_USAGE: 'P',
      EDI_CONTACT_NAME: 'LAKESIDE BILLING OFFICE',
      EDI_CONTACT_PHONE: '3125550142',
    });

    expect(config).toMatchObject({
      CLEARINGHOUSE_URL: 'https://api.clearinghouse.example/edi',
      CLEARINGHOUSE_USAGE: 'P',
      EDI_CONTACT_PHONE: '3125550142',
    });
  });
});
