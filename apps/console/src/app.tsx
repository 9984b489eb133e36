import { useEffect } from 'react';
import { FrontDeskDayPage } from './calendar/front-desk-day-page';
import { navigate, searchParam, useLocation } from './navigation/navigation';
import { useSession } from './session/session';
import { SignInPage } from './sign-in/sign-in-page';

const SIGN_IN = '/sign-in';

/** Signed out, any page shows sign-in and remembers itself in `?return=`; signed in, sign-in sends the person back there. */
export const App = () => {
  const { state } = useSession();
  const location = useLocation();
  const onSignIn = location.startsWith(SIGN_IN);

  useEffect(() => {
    if (state.status === 'signed-out' && !onSignIn)
      navigate(`${SIGN_IN}?return=${encodeURIComponent(location)}`, { replace: true });
    if (state.status === 'signed-in' && onSignIn) navigate(searchParam(location, 'return') ?? '/', { replace: true });
  }, [state, location, onSignIn]);

  if (state.status === 'resuming') return <p role="status">Opening Praxis…</p>;
  if (state.status === 'signed-out') return <SignInPage expired={state.reason === 'expired'} />;
  if (onSignIn) return null;
  return <FrontDeskDayPage />;
};
