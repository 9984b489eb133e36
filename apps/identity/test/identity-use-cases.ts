import type { StaffRole } from '@praxis/contracts';
import {
  aClinicSignUp,
  aStaffMember,
  A_STRONG_PASSWORD,
  FixedClock,
  startUseCaseHarness,
  UseCaseHarness,
} from '@praxis/testing';
import { SignUpClinic } from '../src/clinics/sign-up-clinic/sign-up-clinic.usecase';
import { IdentityModule } from '../src/identity.module';
import { identityTestConfig } from './identity-test-config';
import { Login } from '../src/sessions/login/login.usecase';
import { SessionTokens } from '../src/sessions/session-tokens.dto';

/** Identity's real module graph on the test database, at the instant the test's clock says. */
export const startIdentityUseCases = (clock?: FixedClock): Promise<UseCaseHarness> =>
  startUseCaseHarness(IdentityModule.register(identityTestConfig()), clock);

/** A freshly signed-up clinic and its first admin, as the actor a request from that admin would carry. */
export const signUpAClinic = async (harness: UseCaseHarness) => {
  const form = aClinicSignUp();
  const { clinicId, adminUserId } = await harness.get(SignUpClinic).execute({ now: harness.clock.now(), ...form });
  return { form, clinicId, adminUserId, admin: { tenantId: clinicId, userId: adminUserId, roles: ['admin'] } };
};

export const aNewStaffMember = (role: StaffRole) => ({ ...aStaffMember([role]), roles: [role] });

export const logIn = (harness: UseCaseHarness, email: string, password = A_STRONG_PASSWORD): Promise<SessionTokens> =>
  harness.get(Login).execute({ now: harness.clock.now(), email, password });
