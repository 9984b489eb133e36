import type { ReactElement } from 'react';
import { DenialsPage } from './denials-page';
import { denialsPath } from './denials-path';

/** The denials page at a location (path and query), if it is one. */
export const denialsPageAt = (location: string): ReactElement | undefined =>
  location.split(/[?#]/)[0] === denialsPath ? <DenialsPage /> : undefined;
