import { Button, Link } from 'react-aria-components';
import { useBillingLinks } from '../billing/billing-access';
import { useClaimsLinks } from '../claims/claims-access';
import { LiveStatusNote } from '../live/live-appointments';
import { useOpenPatientSearch } from '../patients/patient-search';
import { useSession } from '../session/session';
import { useShowShortcuts } from '../shortcuts/shortcuts';
import { useManagesTraining } from '../training/training-access';
import { TRAINING_LINKS } from '../training/training-links';
import { searchParam, useLocation } from './navigation';
import './top-bar.css';

const PAGES = [
  { path: '/calendar', name: 'Day calendar' },
  { path: '/flow-board', name: 'Flow board' },
];

/** The pages of the console, keeping the location chosen on one when moving to another. */
export const TopBar = () => {
  const { signOut } = useSession();
  const openPatientSearch = useOpenPatientSearch();
  const showShortcuts = useShowShortcuts();
  const here = useLocation();
  const location = searchParam(here, 'location');
  const path = here.split('?')[0];
  const current = path === '/' ? '/calendar' : path;
  const managesTraining = useManagesTraining();
  const billingLinks = useBillingLinks();
  const claimsLinks = useClaimsLinks();
  const pages = [
    ...PAGES,
    ...TRAINING_LINKS.filter((link) => managesTraining || !link.managersOnly),
    ...billingLinks,
    ...claimsLinks,
  ];

  return (
    <header className="top-bar">
      <span className="brand">Praxis</span>
      <nav aria-label="Pages">
        <ul>
          {pages.map((page) => (
            <li key={page.path}>
              <Link
                href={location ? `${page.path}?${new URLSearchParams({ location }).toString()}` : page.path}
                aria-current={page.path === current ? 'page' : undefined}
              >
                {page.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="top-bar-actions">
        <LiveStatusNote />
        <Button onPress={openPatientSearch} aria-keyshortcuts="Control+K /">
          Find a patient <kbd>Ctrl K</kbd>
        </Button>
        <Button onPress={showShortcuts} aria-keyshortcuts="Shift+?">
          Keyboard shortcuts <kbd>?</kbd>
        </Button>
        <Button onPress={() => void signOut()}>Sign out</Button>
      </div>
    </header>
  );
};
