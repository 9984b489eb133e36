import { useState } from 'react';
import { ChangeForm } from './change-form';
import { CoverageFields } from './coverage-fields';
import { useRecordCoverage } from './patient-changes';
import { newCoverageFrom } from './registration-requests';

interface AddCoverageFormProps {
  patientId: string;
  onDone(): void;
}

/** A further card, such as a spouse's plan paying second or Medicaid paying third, or a new plan once one ended. */
export const AddCoverageForm = ({ patientId, onDone }: AddCoverageFormProps) => {
  const [formKey] = useState(() => crypto.randomUUID());
  const record = useRecordCoverage(patientId, formKey);
  return (
    <ChangeForm
      label="Add a coverage"
      error={record.error}
      isPending={record.isPending}
      onSave={(form) => record.mutate(newCoverageFrom(form), { onSuccess: onDone })}
      onCancel={onDone}
    >
      <CoverageFields />
    </ChangeForm>
  );
};
