import type { ReactElement } from 'react';
import { TimelyFilingPage } from './timely-filing-page';
import { timelyFilingPath } from './timely-filing-path';

/** The timely-filing page at a location (path and query), if it is one. */
export const timelyFilingPageAt = (location: string): ReactElement | undefined =>
  location.split(/[?#]/)[0] === timelyFilingPath ? <TimelyFilingPage /> : undefined;
