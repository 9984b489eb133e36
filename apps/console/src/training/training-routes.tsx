import type { ReactElement } from 'react';
import { ComplianceDashboardPage } from './compliance/compliance-dashboard-page';
import { MatrixPage } from './matrix/matrix-page';
import { MyTrainingPage } from './my-training/my-training-page';
import { RequirementsPage } from './requirements/requirements-page';

const PAGES: Record<string, () => ReactElement> = {
  '/training': () => <MyTrainingPage />,
  '/training/compliance': () => <ComplianceDashboardPage />,
  '/training/matrix': () => <MatrixPage />,
  '/training/requirements': () => <RequirementsPage />,
};

/** The training page at a location (path and query), if it is one. */
export const trainingPageAt = (location: string): ReactElement | undefined => PAGES[location.split(/[?#]/)[0]]?.();
