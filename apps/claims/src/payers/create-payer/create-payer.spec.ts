import { UseCaseHarness } from '@praxis/testing';
import { aClerkAtANewClinic, startClaimsUseCases } from '../../../test/claims-use-cases';
import { PayerDto } from '../dto/payer.dto';
import { PayersQueries } from '../payers.queries';
import { RemovePayer } from '../remove-payer/remove-payer.usecase';
import { UpdatePayer } from '../update-payer/update-payer.usecase';
import { CreatePayer } from './create-payer.usecase';

const medicare = (): PayerDto => ({
  name: 'Medicare Part B (Illinois)',
  electronicPayerId: '00952',
  claimFilingIndicator: 'MB',
  timelyFilingDays: 365,
  address: { line1: 'PO Box 6475', city: 'Indianapolis', state: 'IN', postalCode: '46206-6475' },
});

describe('CreatePayer', () => {
  let harness: UseCaseHarness;
  let sut: CreatePayer;

  beforeAll(async () => {
    harness = await startClaimsUseCases();
    sut = harness.get(CreatePayer);
  });
  afterAll(() => harness.close());

  it('keeps the clinic’s payers, one per electronic payer id, which the clerk can change and remove', async () => {
    const clerk = aClerkAtANewClinic();
    const command = harness.commandFor(clerk);
    const payer = await harness.as(clerk, () => sut.execute({ ...command, ...medicare() }));
    expect(payer).toMatchObject({ ...medicare(), tenantId: clerk.tenantId });
    await expect(harness.as(clerk, () => sut.execute({ ...command, ...medicare() }))).rejects.toMatchObject({
      status: 409,
      message: 'the clinic already has a payer with that electronic payer id',
    });

    const changes = { ...medicare(), timelyFilingDays: 90 };
    const updated = await harness.as(clerk, () =>
      harness.get(UpdatePayer).execute({ ...command, ...changes, payerId: payer.id }),
    );
    expect(updated.timelyFilingDays).toBe(90);
    await harness.as(clerk, () => harness.get(RemovePayer).execute({ ...command, payerId: payer.id }));
    expect(await harness.as(clerk, () => harness.get(PayersQueries).list())).toEqual([]);
  });

  it('lets another clinic use the same electronic payer id, and shows it none of this clinic’s payers', async () => {
    const clerk = aClerkAtANewClinic();
    const elsewhere = aClerkAtANewClinic();
    const payer = await harness.as(clerk, () => sut.execute({ ...harness.commandFor(clerk), ...medicare() }));
    await harness.as(elsewhere, () => sut.execute({ ...harness.commandFor(elsewhere), ...medicare() }));

    const theirs = await harness.as(elsewhere, () => harness.get(PayersQueries).list());
    expect(theirs.map(({ id }) => id)).not.toContain(payer.id);
    await expect(harness.as(elsewhere, () => harness.get(PayersQueries).get(payer.id))).rejects.toMatchObject({
      status: 404,
    });
  });
});
