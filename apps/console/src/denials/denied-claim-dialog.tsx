import { useState } from 'react';
import { Button, Dialog, Heading, Link, Modal } from 'react-aria-components';
import { wholeFormRefusal } from '../forms/refusals';
import { claimPath } from '../claims/claim-detail/claim-path';
import { FormProblem } from '../patients/form-fields';
import { type DeniedClaim, useAddAppealNote, useReplaceDeniedClaim, useVoidDeniedClaim } from './denials-data';
import { FollowUpForm } from './follow-up-form';
import { OpenAdjustments } from './open-adjustments';

type Action = 'correct' | 'void' | 'appeal';

interface DeniedClaimDialogProps {
  claim: DeniedClaim;
  patient: string;
  onClose(): void;
}

interface Outcome {
  done?: string;
  refused?: string;
  followUpClaimId?: string;
}

/** A denied claim as the clerk works it: corrected and resubmitted, voided, appealed, or its balance decided. */
export const DeniedClaimDialog = ({ claim, patient, onClose }: DeniedClaimDialogProps) => {
  const replace = useReplaceDeniedClaim();
  const voidClaim = useVoidDeniedClaim();
  const appeal = useAddAppealNote();
  const [action, setAction] = useState<Action>();
  const [outcome, setOutcome] = useState<Outcome>({});
  const { claimId } = claim;
  const refused = (notDone: string) => (error: unknown) => setOutcome({ refused: wholeFormRefusal(error, notDone) });
  const done = (next: Outcome) => {
    setAction(undefined);
    setOutcome(next);
  };

  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal wide">
      <Dialog className="dialog">
        <Heading slot="title">{`Denied claim ${claim.patientControlNumber} of ${patient}`}</Heading>
        <p>
          <Link href={claimPath(claimId)}>Open the claim</Link>
        </p>
        {outcome.done && (
          <p role="status">
            {outcome.done}{' '}
            {outcome.followUpClaimId && <Link href={claimPath(outcome.followUpClaimId)}>Open the new claim</Link>}
          </p>
        )}
        <FormProblem problem={outcome.refused} />
        {action === 'correct' && (
          <FollowUpForm
            action="Correct and resubmit"
            label="What was corrected"
            field="reason"
            isPending={replace.isPending}
            error={replace.error}
            onCancel={() => setAction(undefined)}
            onSend={(reason) =>
              replace.mutate(
                { claimId, reason },
                {
                  onSuccess: (replacement) =>
                    done({
                      done: 'A replacement claim was made; it goes with the next claim file once it is ready.',
                      followUpClaimId: replacement.id,
                    }),
                  onError: refused('The claim was not corrected'),
                },
              )
            }
          />
        )}
        {action === 'void' && (
          <FollowUpForm
            action="Void at the payer"
            label="Reason for voiding"
            field="reason"
            isPending={voidClaim.isPending}
            error={voidClaim.error}
            onCancel={() => setAction(undefined)}
            onSend={(reason) =>
              voidClaim.mutate(
                { claimId, reason },
                {
                  onSuccess: (voiding) =>
                    done({
                      done: 'A void claim was made; it goes with the next claim file.',
                      followUpClaimId: voiding.id,
                    }),
                  onError: refused('The claim was not voided'),
                },
              )
            }
          />
        )}
        {action === 'appeal' && (
          <FollowUpForm
            action="Add the appeal note"
            label="Appeal note"
            field="note"
            isPending={appeal.isPending}
            error={appeal.error}
            onCancel={() => setAction(undefined)}
            onSend={(note) =>
              appeal.mutate(
                { claimId, note },
                {
                  onSuccess: () => done({ done: 'The appeal note was added to the claim’s history.' }),
                  onError: refused('The note was not added'),
                },
              )
            }
          />
        )}
        {!action && (
          <div className="claim-actions">
            <Button onPress={() => setAction('correct')}>Correct and resubmit…</Button>
            <Button onPress={() => setAction('void')}>Void…</Button>
            <Button onPress={() => setAction('appeal')}>Add an appeal note…</Button>
          </div>
        )}
        <OpenAdjustments
          claim={claim}
          onDecided={(announcement) => done({ done: announcement })}
          onRefused={refused('Nothing was decided')}
        />
        <div className="dialog-actions">
          <Button slot="close">Close</Button>
        </div>
      </Dialog>
    </Modal>
  );
};
