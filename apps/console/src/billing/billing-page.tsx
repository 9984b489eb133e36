import type { ReactNode } from 'react';
import { isForbidden } from '../api/problem';
import { TopBar } from '../navigation/top-bar';
import { VISIT_STATUS_WORDS } from './billing-wording';
import type { VisitStatus } from './billing-data';
import './billing.css';

interface BillingPageProps {
  title: string;
  /** The first failed read, if any: a 403 says the page is not for this person, anything else asks for a reload. */
  error?: unknown;
  children: ReactNode;
}

export const BillingPage = ({ title, error, children }: BillingPageProps) => (
  <div className="front-desk billing">
    <TopBar />
    <main>
      <h1>{title}</h1>
      {error === undefined || error === null ? (
        children
      ) : (
        <p role="alert">
          {isForbidden(error)
            ? 'This page is for billing clerks, clinic managers and admins.'
            : 'This page could not be loaded. Reload the page to try again.'}
        </p>
      )}
    </main>
  </div>
);

export const VisitStatusBadge = ({ status }: { status: VisitStatus }) => (
  <span className={`billing-status billing-${status}`}>{VISIT_STATUS_WORDS[status]}</span>
);
