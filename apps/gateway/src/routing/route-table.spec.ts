import { schedulingAccess } from '@praxis/auth';
import { findRoute, LIVE_APPOINTMENTS_ROUTE } from './route-table';

describe('the route table', () => {
  it('forwards a service’s paths to that service', () => {
    expect(findRoute('/api/v1/appointments/42')?.service).toBe('scheduling');
    expect(findRoute('/api/v1/auth/login')?.service).toBe('identity');
  });

  it('lets onto the live appointment stream exactly the roles that may read appointments', () => {
    expect([...LIVE_APPOINTMENTS_ROUTE.roles].sort()).toEqual(
      [...schedulingAccess.permissions['appointments:read']].sort(),
    );
  });
});
