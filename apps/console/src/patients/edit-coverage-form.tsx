import { textOf } from '../forms/form-data';
import { ChangeForm } from './change-form';
import { TextInput } from './form-fields';
import { useUpdateCoverage } from './patient-changes';
import type { Coverage } from './patient-data';
import { PolicyHolderFields } from './policy-holder-fields';
import { subscriberFrom } from './registration-requests';

interface EditCoverageFormProps {
  coverage: Coverage;
  onDone(): void;
}

/** A new card from the same insurer, or the policy holder's details a claim came back asking for. */
export const EditCoverageForm = ({ coverage, onDone }: EditCoverageFormProps) => {
  const update = useUpdateCoverage(coverage.patientId, coverage.id);
  return (
    <ChangeForm
      label={`Change the coverage with ${coverage.payerName}`}
      error={update.error}
      isPending={update.isPending}
      onSave={(form) =>
        update.mutate(
          {
            memberId: textOf(form, 'memberId'),
            groupNumber: textOf(form, 'groupNumber') || null,
            subscriber: subscriberFrom(form),
          },
          { onSuccess: onDone },
        )
      }
      onCancel={onDone}
    >
      <TextInput name="memberId" label="Member ID" isRequired defaultValue={coverage.memberId} />
      <TextInput name="groupNumber" label="Group number (optional)" defaultValue={coverage.groupNumber ?? undefined} />
      <PolicyHolderFields holder={coverage.subscriber} />
    </ChangeForm>
  );
};
