import { useEffect } from 'react';
import { RouterProvider } from 'react-aria-components';
import { billingPageAt } from './billing/billing-routes';
import { FrontDeskDayPage } from './calendar/front-desk-day-page';
import { claimsPageAt } from './claims/claims-routes';
import { denialsPageAt } from './denials/denials-routes';
import { FlowBoardPage } from './flow-board/flow-board-page';
import { LiveAppointmentsProvider } from './live/live-appointments';
import { navigate, searchParam, useLocation } from './navigation/navigation';
import { PatientPage } from './patients/patient-page';
import { PatientSearchProvider } from './patients/patient-search';
import { remittancesPageAt } from './remittances/remittances-routes';
import { useSession } from './session/session';
import { ShortcutsProvider } from './shortcuts/shortcuts';
import { SignInPage } from './sign-in/sign-in-page';
import { timelyFilingPageAt } from './timely-filing/timely-filing-routes';
import { trainingPageAt } from './training/training-routes';
import { VisitChangesProvider } from './visits/visit-changes';

const SIGN_IN = '/sign-in';
const PATIENT_PAGE = /^\/patients\/([0-9a-f-]{36})(?:[?#]|$)/;
const FLOW_BOARD = /^\/flow-board(?:[?#]|$)/;

const PageAt = ({ location }: { location: string }) => {
  const patientId = PATIENT_PAGE.exec(location)?.[1];
  if (patientId) return <PatientPage patientId={patientId} />;
  const page =
    trainingPageAt(location) ??
    billingPageAt(location) ??
    claimsPageAt(location) ??
    remittancesPageAt(location) ??
    denialsPageAt(location) ??
    timelyFilingPageAt(location);
  if (page) return page;
  return FLOW_BOARD.test(location) ? <FlowBoardPage /> : <FrontDeskDayPage />;
};

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
  return (
    <RouterProvider navigate={navigate}>
      <ShortcutsProvider>
        <PatientSearchProvider>
          <VisitChangesProvider>
            <LiveAppointmentsProvider>
              <PageAt location={location} />
            </LiveAppointmentsProvider>
          </VisitChangesProvider>
        </PatientSearchProvider>
      </ShortcutsProvider>
    </RouterProvider>
  );
};
