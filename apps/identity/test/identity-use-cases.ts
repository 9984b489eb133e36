import type { StaffRole } from '@praxis/contracts';
import type { Actor } from '@praxis/tenancy';
import {
  aClinicSignUp,
  aStaffMember,
  A_STRONG_PASSWORD,
  FixedClock,
  StaffPlacement,
  startUseCaseHarness,
  UseCaseHarness,
} from '@praxis/testing';
import { CreateLocation } from '../src/locations/create-location/create-location.usecase';
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

export const aNewStaffMember = (role: StaffRole, placement: StaffPlacement = {}) => ({
  ...aStaffMember([role], placement),
  roles: [role],
});

/** A location of the actor's clinic, as its admin would add it. */
export const aLocationOf = (harness: UseCaseHarness, admin: Actor & { tenantId: string }, name = 'Downtown') =>
  harness.as(admin, () =>
    harness.get(CreateLocation).execute({
      ...harness.commandFor(admin),
      location: {
        name,
        timeZone: 'America/Chicago',
        address: { line1: '1 Elm St', city: 'Chicago', state: 'IL', postalCode: '60601' },
      },
    }),
  );

export const logIn = (harness: UseCaseHarness, email: string, password = A_STRONG_PASSWORD): Promise<SessionTokens> =>
  harness.get(Login).execute({ now: harness.clock.now(), email, password });
