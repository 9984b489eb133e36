import { randomUUID } from 'node:crypto';
import { parseConfig } from '@praxis/platform';
import { Actor } from '@praxis/tenancy';
import { FixedClock, serviceTestEnvironment, startUseCaseHarness, UseCaseHarness } from '@praxis/testing';
import { billingConfigSchema } from '../src/billing.config';
import { BILLING_SERVICE, BillingModule } from '../src/billing.module';

export type ClinicActor = Actor & { tenantId: string };

/** Billing's use cases on the shared test database, with a clock the spec sets. Start once per file. */
export const startBillingUseCases = (clock?: FixedClock): Promise<UseCaseHarness> =>
  startUseCaseHarness(
    BillingModule.register(parseConfig(billingConfigSchema, serviceTestEnvironment(BILLING_SERVICE))),
    clock,
  );

/** A billing clerk at a clinic of their own, so specs sharing the database never see each other's rows. */
export const aClerkAtANewClinic = (): ClinicActor => ({
  tenantId: randomUUID(),
  userId: randomUUID(),
  roles: ['billing_clerk'],
});

/** A fee schedule file as a clerk would export it from a spreadsheet. */
export const feeScheduleCsv = (...rows: string[]): string =>
  ['procedure_code,modifiers,payer_id,amount', ...rows].join('\r\n');
