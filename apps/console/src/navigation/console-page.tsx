import type { ReactNode } from 'react';
import { isForbidden } from '../api/problem';
import { TopBar } from './top-bar';

export interface ConsolePageProps {
  title: string;
  /** The first failed read, if any: a 403 says whom the page is for, anything else asks for a reload. */
  error?: unknown;
  children: ReactNode;
}

interface ShellProps extends ConsolePageProps {
  /** The class the screens of one area style themselves under. */
  area?: string;
  /** Said instead of the page to someone whose roles may not read it; pages every role reads leave it out. */
  whoItIsFor?: string;
}

/** Every page of the console: the top bar, then the page's title and what it shows, or why it cannot show it. */
export const ConsolePage = ({ title, area, error, whoItIsFor, children }: ShellProps) => (
  <div className={area ? `front-desk ${area}` : 'front-desk'}>
    <TopBar />
    <main>
      <h1>{title}</h1>
      {error === undefined || error === null ? (
        children
      ) : (
        <p role="alert">
          {isForbidden(error) && whoItIsFor
            ? whoItIsFor
            : 'This page could not be loaded. Reload the page to try again.'}
        </p>
      )}
    </main>
  </div>
);
