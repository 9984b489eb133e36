import { Choice, TextInput } from './form-fields';
import { RANK_LABELS } from './patient-labels';
import { PolicyHolderFields } from './policy-holder-fields';

/** A new card, as registration and adding a coverage ask for it; at registration it starts today unless it says otherwise. */
export const CoverageFields = ({ today }: { today?: string }) => (
  <fieldset className="form-section">
    <legend>Insurance</legend>
    <TextInput name="payerName" label="Insurer" isRequired />
    <TextInput name="payerId" label="Payer ID" isRequired description="On the back of the card" />
    <TextInput name="memberId" label="Member ID" isRequired />
    <TextInput name="groupNumber" label="Group number (optional)" />
    <Choice name="rank" label="Pays" choices={RANK_LABELS} defaultSelected="primary" isRequired />
    <TextInput name="effectiveFrom" label="Covered from" type="date" isRequired defaultValue={today} />
    <PolicyHolderFields />
  </fieldset>
);
