import { ConsolePage, type ConsolePageProps } from '../navigation/console-page';
import { VISIT_STATUS_WORDS } from './billing-wording';
import type { VisitStatus } from './billing-data';
import './billing.css';

export const BillingPage = (props: ConsolePageProps) => (
  <ConsolePage area="billing" whoItIsFor="This page is for billing clerks, clinic managers and admins." {...props} />
);

export const VisitStatusBadge = ({ status }: { status: VisitStatus }) => (
  <span className={`billing-status billing-${status}`}>{VISIT_STATUS_WORDS[status]}</span>
);
