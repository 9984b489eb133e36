import { schedulingAccess } from '@praxis/auth';
import { countRoutes, routesWithoutDeclaredAccess } from '@praxis/testing';
import { PatientsModule } from '../src/patients/patients.module';

describe('patient and coverage routes', () => {
  const module = { module: PatientsModule, imports: [PatientsModule] };

  it('each declare who may call them', () => {
    expect(countRoutes(module)).toBe(9);
    expect(routesWithoutDeclaredAccess(module, schedulingAccess.permissions)).toEqual([]);
  });
});
