import { jwtDecode } from 'jwt-decode';
import { useMemo } from 'react';
import type { Schemas } from '../api/client';
import { useSession } from './session';

export type StaffRole = Schemas['StaffMember']['roles'][number];

export interface SignedInPerson {
  userId: string;
  roles: StaffRole[];
}

interface AccessClaims {
  sub?: string;
  roles?: StaffRole[];
}

/**
 * Who is signed in, read from the access token's claims. The console uses it only to choose what to offer; the services
 * check the token themselves and answer 403 to anything its roles do not allow.
 */
export const useSignedInPerson = (): SignedInPerson | undefined => {
  const { state, tokens } = useSession();
  const token = state.status === 'signed-in' ? tokens.accessToken() : undefined;
  return useMemo(() => {
    if (!token) return undefined;
    const { sub, roles } = jwtDecode<AccessClaims>(token);
    return sub ? { userId: sub, roles: roles ?? [] } : undefined;
  }, [token]);
};

/** Whether the signed-in person holds one of the roles a service's permission table names; only to choose what to offer. */
export const useHoldsOneOf = (roles: readonly StaffRole[]): boolean =>
  useSignedInPerson()?.roles.some((role) => roles.includes(role)) ?? false;
