import { sharedInfrastructure } from '@praxis/testing';
import { compareRoutesWithTheirFloors, describeDifference, StatementComparison } from './route-statements';

/**
 * The benchmarks divide each route's figures by its floor's, which is only fair while the floor sends the very
 * statements the route sends. When a route's SQL changes, this fails until its floor (tools/bench/floors) follows.
 */
describe('each benchmark floor sends the statements its route sends', () => {
  let comparisons: Record<'staffRead' | 'booking', StatementComparison>;

  beforeAll(async () => {
    comparisons = await compareRoutesWithTheirFloors(sharedInfrastructure());
  }, 120_000);

  it.each([
    ['GET /api/v1/staff/:id on identity', 'staffRead'],
    ['POST /api/v1/appointments on scheduling', 'booking'],
  ] as const)('%s', (_route, key) => {
    const comparison = comparisons[key];
    if (!comparison.inStep) throw new Error(describeDifference(comparison));
    expect(comparison.floor).toEqual(comparison.route);
  });
});
