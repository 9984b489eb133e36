import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { dataOrThrow } from '../api/problem';
import { CLAIMS } from '../claims/claims-data';

export type FilingDeadline = Schemas['FilingDeadlineView'];

/** Under the claims key: a claim sent or fixed leaves the list with the rest of the claims screens. */
export const useFilingDeadlines = () =>
  useQuery({
    queryKey: [CLAIMS, 'timely-filing'],
    queryFn: async () => dataOrThrow(await api.GET('/api/v1/timely-filing')),
  });

const plural = (days: number) => (Math.abs(days) === 1 ? '1 day' : `${Math.abs(days)} days`);

/** "Due in 12 days", counted on the clinic's own calendar by the service. */
export const dueInWords = (dueInDays: number): string => {
  if (dueInDays > 0) return `Due in ${plural(dueInDays)}`;
  if (dueInDays === 0) return 'Due today';
  return `The limit passed ${plural(dueInDays)} ago`;
};
