import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, authenticateWith, type AccessTokenSource } from '../api/client';
import { AccessGrant, renewSession, signInWithPassword, signOutOfBrowser } from './browser-session-api';

export type SessionState =
  { status: 'resuming' } | { status: 'signed-out'; reason?: 'expired' | 'signed-out' } | { status: 'signed-in' };

interface Session {
  state: SessionState;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** The in-memory access token, for the calls made outside the API client (the live appointment stream). */
  tokens: AccessTokenSource;
}

const SessionContext = createContext<Session | undefined>(undefined);

/** Refresh a minute before the access token runs out (or halfway, for short-lived tokens), so no call meets an expired one. */
const refreshDelayMs = (expiresInSeconds: number): number =>
  Math.max(expiresInSeconds * 500, (expiresInSeconds - 60) * 1000);

/** Holds the access token in memory only; a reload resumes the session from the gateway's HttpOnly refresh cookie. */
export const SessionProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<SessionState>({ status: 'resuming' });
  const queryClient = useQueryClient();
  const accessToken = useRef<string | undefined>(undefined);
  const refreshTimer = useRef<number | undefined>(undefined);
  // A token that was itself the answer to a refusal and is refused again will not be helped by another refresh.
  const renewedAfterRefusal = useRef<string | undefined>(undefined);

  const end = useCallback((reason: 'expired' | 'signed-out') => {
    window.clearTimeout(refreshTimer.current);
    accessToken.current = undefined;
    setState({ status: 'signed-out', reason });
  }, []);

  const begin = useCallback(
    (grant: AccessGrant) => {
      accessToken.current = grant.accessToken;
      window.clearTimeout(refreshTimer.current);
      refreshTimer.current = window.setTimeout(() => {
        renewSession().then(
          (next) => (next ? begin(next) : end('expired')),
          () => end('expired'),
        );
      }, refreshDelayMs(grant.expiresIn));
      setState({ status: 'signed-in' });
    },
    [end],
  );

  /** An access token revoked after an account change (or expired while the computer slept) is renewed once, quietly. */
  const renewAfterRefusal = useCallback(
    async (refused: string) => {
      if (refused !== accessToken.current) return;
      if (refused === renewedAfterRefusal.current) return end('expired');
      const grant = await renewSession().catch(() => undefined);
      if (!grant) return end('expired');
      renewedAfterRefusal.current = grant.accessToken;
      begin(grant);
      await queryClient.invalidateQueries();
    },
    [begin, end, queryClient],
  );

  const tokens = useMemo<AccessTokenSource>(
    () => ({ accessToken: () => accessToken.current, refused: (token) => void renewAfterRefusal(token) }),
    [renewAfterRefusal],
  );

  useEffect(() => {
    const middleware = authenticateWith(tokens);
    api.use(middleware);
    renewSession().then(
      (grant) => (grant ? begin(grant) : setState({ status: 'signed-out' })),
      () => setState({ status: 'signed-out' }),
    );
    return () => {
      api.eject(middleware);
      window.clearTimeout(refreshTimer.current);
    };
  }, [begin, tokens]);

  const session = useMemo<Session>(
    () => ({
      state,
      signIn: async (email, password) => begin(await signInWithPassword(email, password)),
      signOut: async () => {
        await signOutOfBrowser();
        end('signed-out');
      },
      tokens,
    }),
    [state, begin, end, tokens],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
};

export const useSession = (): Session => {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
};
