import { Link } from 'react-aria-components';
import { BillingPage } from '../billing/billing-page';
import type { ConsolePageProps } from '../navigation/console-page';
import { useLocation } from '../navigation/navigation';
import { acknowledgementsPath } from './acknowledgements/acknowledgements-data';
import { denialsPath } from '../denials/denials-path';
import { timelyFilingPath } from '../timely-filing/timely-filing-path';
import { remittancesPath, remittanceUploadPath, unmatchedPaymentsPath } from '../remittances/remittance-paths';
import type { ClaimStatus } from './claims-data';
import { billingProfilePath, payersPath } from './claims-paths';
import { CLAIM_STATUS_WORDS } from './claims-wording';
import './claims.css';

const SECTIONS = [
  { path: '/claims', name: 'Worklist' },
  { path: payersPath, name: 'Payers' },
  { path: billingProfilePath, name: 'Billing profile' },
  { path: acknowledgementsPath, name: 'Upload an acknowledgement' },
  { path: remittancesPath, name: 'Remittances' },
  { path: remittanceUploadPath, name: 'Upload an ERA' },
  { path: unmatchedPaymentsPath, name: 'Unmatched payments' },
  { path: denialsPath, name: 'Denials' },
  { path: timelyFilingPath, name: 'Timely filing' },
];

/** A billing page with the claims sections beside each other, since a fix often needs the payer or the profile. */
export const ClaimsPage = ({ title, error, children }: ConsolePageProps) => {
  const path = useLocation().split(/[?#]/)[0];
  return (
    <BillingPage title={title} error={error}>
      <nav aria-label="Claims" className="claims-sections">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.path}>
              <Link href={section.path} aria-current={section.path === path ? 'page' : undefined}>
                {section.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </BillingPage>
  );
};

export const ClaimStatusBadge = ({ status }: { status: ClaimStatus }) => (
  <span className={`claim-status claim-${status}`}>{CLAIM_STATUS_WORDS[status]}</span>
);
