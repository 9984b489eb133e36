import { useState } from 'react';
import { FieldError, Input, Label, Radio, RadioGroup, TextField } from 'react-aria-components';
import { useProviders } from '../../calendar/day-data';
import { spokenDate } from '../../calendar/wall-clock';
import type { BillingVisit } from '../billing-data';
import { moneyInWords, minorUnitsOf } from '../money';
import type { Allocation } from './payments-data';
import type { VisitOwing } from './visits-owing';

export type ApplyTo = 'oldest' | 'chosen' | 'credit';

const APPLY_WORDS: Record<ApplyTo, string> = {
  oldest: 'Oldest visits first',
  chosen: 'Chosen visits',
  credit: 'Keep it all as credit',
};

const ALLOCATION = 'allocation.';

interface ApplicationChoiceProps {
  owing: VisitOwing[];
  currency: string;
  /** Whether keeping the whole amount as credit is offered (it is when posting, not when applying credit). */
  offerCredit: boolean;
}

/** Where the money goes: the patient's oldest visits first, amounts the clerk sets per visit, or the patient's credit. */
export const ApplicationChoice = ({ owing, currency, offerCredit }: ApplicationChoiceProps) => {
  const [applyTo, setApplyTo] = useState<ApplyTo>('oldest');
  const providers = useProviders();
  const providerOf = (visit: BillingVisit) =>
    providers.data?.find(({ id }) => id === visit.providerId)?.displayName ?? 'the provider';
  const choices = (Object.keys(APPLY_WORDS) as ApplyTo[]).filter((choice) => offerCredit || choice !== 'credit');
  return (
    <>
      <RadioGroup
        name="applyTo"
        className="choice-strip"
        orientation="horizontal"
        value={applyTo}
        onChange={(value) => setApplyTo(value as ApplyTo)}
      >
        <Label>Apply to</Label>
        {choices.map((choice) => (
          <Radio key={choice} value={choice}>
            {APPLY_WORDS[choice]}
          </Radio>
        ))}
      </RadioGroup>
      {applyTo === 'chosen' &&
        (owing.length === 0 ? (
          <p>No released visit is billed to the patient.</p>
        ) : (
          <table className="data-table">
            <caption>Visits billed to the patient, oldest first; what is not applied stays as credit</caption>
            <thead>
              <tr>
                <th scope="col">Date of service</th>
                <th scope="col">Provider</th>
                <th scope="col">Charged</th>
                <th scope="col">Paid</th>
                <th scope="col">Apply</th>
              </tr>
            </thead>
            <tbody>
              {owing.map(({ visit, chargedMinor, paidMinor }) => (
                <tr key={visit.id}>
                  <th scope="row">{spokenDate(visit.dateOfService)}</th>
                  <td>{providerOf(visit)}</td>
                  <td>{moneyInWords(chargedMinor, currency)}</td>
                  <td>{moneyInWords(paidMinor, currency)}</td>
                  <td>
                    <TextField
                      name={`${ALLOCATION}${visit.id}`}
                      aria-label={`Apply to the visit of ${spokenDate(visit.dateOfService)} with ${providerOf(visit)}`}
                    >
                      <Input inputMode="decimal" />
                      <FieldError className="field-error" />
                    </TextField>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </>
  );
};

export type AllocationReading = { allocations: Allocation[] | undefined } | { unreadable: Record<string, string> };

/** The API's reading of the choice: no allocations means oldest first, an empty list keeps it all as credit. */
export const allocationsFrom = (form: FormData, currency: string): AllocationReading => {
  const applyTo = String(form.get('applyTo')) as ApplyTo;
  if (applyTo === 'oldest') return { allocations: undefined };
  if (applyTo === 'credit') return { allocations: [] };
  const allocations: Allocation[] = [];
  for (const [name, value] of form.entries()) {
    const typed = String(value).trim();
    if (!name.startsWith(ALLOCATION) || typed === '') continue;
    const amountMinor = minorUnitsOf(typed, currency);
    if (!amountMinor) return { unreadable: { [name]: 'Enter an amount such as 25.00, or leave it empty.' } };
    allocations.push({ visitId: name.slice(ALLOCATION.length), amountMinor });
  }
  return { allocations };
};

/** A refusal of the n-th allocation sent is shown beside that visit's amount. */
export const allocationFieldOf = (field: string, allocations: Allocation[] | undefined): string => {
  const index = /^allocations\.(\d+)/.exec(field)?.[1];
  const visitId = index === undefined ? undefined : allocations?.[Number(index)]?.visitId;
  return visitId ? `${ALLOCATION}${visitId}` : field;
};
