import type { ReactElement } from 'react';
import { AcknowledgementUploadPage } from './acknowledgements/acknowledgement-upload-page';
import { BillingProfilePage } from './billing-profile/billing-profile-page';
import { ClaimDetailPage } from './claim-detail/claim-detail-page';
import { PayersPage } from './payers/payers-page';
import { SubmissionPage } from './submissions/submission-page';
import { ClaimsWorklistPage } from './worklist/claims-worklist-page';

const PAGES: Record<string, () => ReactElement> = {
  '/claims': () => <ClaimsWorklistPage />,
  '/claims/payers': () => <PayersPage />,
  '/claims/billing-profile': () => <BillingProfilePage />,
  '/claims/acknowledgements': () => <AcknowledgementUploadPage />,
};

const ID = '([0-9a-f-]{36})';
const SUBMISSION = new RegExp(`^/claims/submissions/${ID}$`);
const CLAIM = new RegExp(`^/claims/${ID}$`);

/** The claims page at a location (path and query), if it is one. */
export const claimsPageAt = (location: string): ReactElement | undefined => {
  const path = location.split(/[?#]/)[0];
  const submissionId = SUBMISSION.exec(path)?.[1];
  if (submissionId) return <SubmissionPage submissionId={submissionId} />;
  const claimId = CLAIM.exec(path)?.[1];
  if (claimId) return <ClaimDetailPage claimId={claimId} />;
  return PAGES[path]?.();
};
