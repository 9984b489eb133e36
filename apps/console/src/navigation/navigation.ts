import { useSyncExternalStore } from 'react';

/** The console has few pages yet: the browser's own history is all the router it needs. */
const NAVIGATED = 'praxis:navigated';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
};

const currentLocation = () => `${window.location.pathname}${window.location.search}`;

/** Path and query, e.g. `/calendar?date=2025-03-10`. */
export const useLocation = (): string => useSyncExternalStore(subscribe, currentLocation);

export const navigate = (to: string, { replace = false } = {}): void => {
  if (to === currentLocation()) return;
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATED));
};

export const searchParam = (location: string, name: string): string | undefined =>
  new URLSearchParams(location.split('?')[1] ?? '').get(name) ?? undefined;
