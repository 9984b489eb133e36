import { Button } from 'react-aria-components';
import { type BillingVisit, useReleaseVisit, useResumeVisit } from '../billing-data';

interface BillingVisitActionsProps {
  visit: BillingVisit;
  onHold(): void;
  onDone(announcement: string): void;
  onRefused(error: unknown, notDone: string): void;
}

/** One button per change; what the visit's status rules out is disabled, and billing decides the rest. */
export const BillingVisitActions = ({ visit, onHold, onDone, onRefused }: BillingVisitActionsProps) => {
  const release = useReleaseVisit();
  const resume = useResumeVisit();
  const busy = release.isPending || resume.isPending;
  const lines = visit.charges?.filter((charge) => charge.voidedAt === null).length ?? 0;

  return (
    <div className="visit-actions" role="group" aria-label="Changes to the visit’s charges">
      <Button
        className="primary"
        isDisabled={busy || visit.status !== 'ready'}
        onPress={() =>
          release.mutate(visit.id, {
            onSuccess: () => onDone(`Released: ${lines} ${lines === 1 ? 'charge' : 'charges'} posted.`),
            onError: (error) => onRefused(error, 'The charges were not released'),
          })
        }
      >
        Release charges
      </Button>
      <Button isDisabled={busy || visit.status === 'released' || visit.status === 'on_hold'} onPress={onHold}>
        Hold…
      </Button>
      <Button
        isDisabled={busy || visit.status !== 'on_hold'}
        onPress={() =>
          resume.mutate(visit.id, {
            onSuccess: () => onDone('Resumed.'),
            onError: (error) => onRefused(error, 'The visit was not resumed'),
          })
        }
      >
        Resume
      </Button>
    </div>
  );
};
