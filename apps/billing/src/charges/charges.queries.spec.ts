import { ClinicActor, UseCaseHarness } from '@praxis/testing';
import { aClinicWithPrices, schedulingCompletes, startBillingUseCases } from '../../test/billing-use-cases';
import { ChargesQueries } from './charges.queries';
import { VisitQuery } from './dto/visit.dto';

const TWO_LINES = {
  procedures: [
    { code: '99213', modifiers: [], units: 1, diagnosisPointers: [1] },
    { code: '96372', modifiers: [], units: 1, diagnosisPointers: [1] },
  ],
};

describe('ChargesQueries', () => {
  let harness: UseCaseHarness;
  let sut: ChargesQueries;

  beforeAll(async () => {
    harness = await startBillingUseCases();
    sut = harness.get(ChargesQueries);
  });
  afterAll(() => harness.close());

  const pageOfVisits = (clerk: ClinicActor, query: Partial<VisitQuery>) =>
    harness.as(clerk, () => sut.page({ limit: 50, ...query } as VisitQuery));

  it('fills each page of the worklist with whole visits, however many lines they have', async () => {
    const clerk = await aClinicWithPrices(harness, { rows: ['99213,,,125.00', '96372,,,25.00'] });
    const visits = [
      await schedulingCompletes(harness, clerk, TWO_LINES),
      await schedulingCompletes(harness, clerk, TWO_LINES),
      await schedulingCompletes(harness, clerk, TWO_LINES),
    ];

    const first = await pageOfVisits(clerk, { limit: 2, status: 'ready' });
    const second = await pageOfVisits(clerk, { limit: 2, status: 'ready', cursor: first.nextCursor ?? undefined });

    const pages = [first, second].map(({ items }) =>
      items.map(({ charges }) => charges?.map(({ procedureCode }) => procedureCode)),
    );
    expect(pages).toEqual([
      [
        ['99213', '96372'],
        ['99213', '96372'],
      ],
      [['99213', '96372']],
    ]);
    expect([...first.items, ...second.items].map(({ id }) => id).sort()).toEqual([...visits].sort());
    expect(second.nextCursor).toBeNull();
  });
});
