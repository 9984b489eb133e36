import type { ReactElement } from 'react';
import { RemittanceDetailPage } from './remittance-detail/remittance-detail-page';
import { remittancesPath, remittanceUploadPath, unmatchedPaymentsPath } from './remittance-paths';
import { RemittancesListPage } from './remittances-list-page';
import { UnmatchedPaymentsPage } from './unmatched/unmatched-payments-page';
import { RemittanceUploadPage } from './upload/remittance-upload-page';

const PAGES: Record<string, () => ReactElement> = {
  [remittancesPath]: () => <RemittancesListPage />,
  [remittanceUploadPath]: () => <RemittanceUploadPage />,
  [unmatchedPaymentsPath]: () => <UnmatchedPaymentsPage />,
};

const REMITTANCE = /^\/remittances\/([0-9a-f-]{36})$/;

/** The remittances page at a location (path and query), if it is one. */
export const remittancesPageAt = (location: string): ReactElement | undefined => {
  const path = location.split(/[?#]/)[0];
  const remittanceId = REMITTANCE.exec(path)?.[1];
  if (remittanceId) return <RemittanceDetailPage remittanceId={remittanceId} />;
  return PAGES[path]?.();
};
