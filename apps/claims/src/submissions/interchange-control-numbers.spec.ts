import { TenantTransactions } from '@praxis/tenancy';
import { UseCaseHarness } from '@praxis/testing';
import { aClerkAtANewClinic, startClaimsUseCases } from '../../test/claims-use-cases';
import { nextInterchangeControlNumber } from './interchange-control-numbers';

describe('interchange control numbers (ISA13 of each clinic and receiver)', () => {
  let harness: UseCaseHarness;

  beforeAll(async () => {
    harness = await startClaimsUseCases();
  });
  afterAll(() => harness.close());

  const take = (tenantId: string, receiverId: string) =>
    harness
      .get(TenantTransactions)
      .runFor(tenantId, (manager) => nextInterchangeControlNumber(manager, tenantId, receiverId));

  it('counts up 1, 2, 3… without gaps or repeats when submissions are built at the same time', async () => {
    const { tenantId } = aClerkAtANewClinic();

    const numbers = await Promise.all(Array.from({ length: 8 }, () => take(tenantId, 'PRAXISSANDBOX')));

    expect([...numbers].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('keeps a count of its own for each receiver and each clinic', async () => {
    const clinic = aClerkAtANewClinic().tenantId;
    const otherClinic = aClerkAtANewClinic().tenantId;
    await take(clinic, 'PRAXISSANDBOX');

    expect(await take(clinic, 'OTHERHOUSE')).toBe(1);
    expect(await take(otherClinic, 'PRAXISSANDBOX')).toBe(1);
    expect(await take(clinic, 'PRAXISSANDBOX')).toBe(2);
  });
});
