import type { ReactElement } from 'react';
import { ChargeReviewPage } from './charge-review/charge-review-page';
import { FeeSchedulesPage } from './fee-schedules/fee-schedules-page';
import { PatientLedgerPage } from './patient-ledger/patient-ledger-page';
import { AgingPage } from './reports/aging-page';
import { DaySheetPage } from './reports/day-sheet-page';
import { StatementRunsPage } from './statements/statement-runs-page';

const PAGES: Record<string, () => ReactElement> = {
  '/billing': () => <ChargeReviewPage />,
  '/billing/day-sheet': () => <DaySheetPage />,
  '/billing/ar-aging': () => <AgingPage />,
  '/billing/statements': () => <StatementRunsPage />,
  '/billing/fee-schedules': () => <FeeSchedulesPage />,
};

const PATIENT_LEDGER = /^\/billing\/patients\/([0-9a-f-]{36})$/;

/** The billing page at a location (path and query), if it is one. */
export const billingPageAt = (location: string): ReactElement | undefined => {
  const path = location.split(/[?#]/)[0];
  const patientId = PATIENT_LEDGER.exec(path)?.[1];
  if (patientId) return <PatientLedgerPage patientId={patientId} />;
  return PAGES[path]?.();
};
