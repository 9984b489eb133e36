import { countRoutes, routesWithoutDeclaredAccess } from '@praxis/testing';
import { PatientsModule } from '../src/patients/patients.module';
import { schedulingPermissions } from '../src/permissions';

describe('patient and coverage routes', () => {
  const module = { module: PatientsModule, imports: [PatientsModule] };

  it('each declare who may call them', () => {
    expect(countRoutes(module)).toBe(9);
    expect(routesWithoutDeclaredAccess(module, schedulingPermissions)).toEqual([]);
  });
});
