import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { TextInput } from '../../patients/form-fields';
import type { PaymentMethod } from './payments-data';
import { METHOD_WORDS } from './receipt';

/** Amount and method of money handed over; a check asks its number, a card what the processor needs, and no more. */
export const ReceiptFields = ({ currency }: { currency: string }) => {
  const [method, setMethod] = useState<PaymentMethod>('cash');
  return (
    <>
      <TextInput name="amount" label={`Amount (${currency})`} isRequired />
      <RadioGroup
        name="method"
        className="choice-strip"
        orientation="horizontal"
        value={method}
        onChange={(value) => setMethod(value as PaymentMethod)}
      >
        <Label>Paid by</Label>
        {(Object.keys(METHOD_WORDS) as PaymentMethod[]).map((choice) => (
          <Radio key={choice} value={choice}>
            {METHOD_WORDS[choice]}
          </Radio>
        ))}
      </RadioGroup>
      {method === 'check' && <TextInput name="checkNumber" label="Check number" isRequired />}
      {method === 'card' && (
        <div className="card-fields">
          <TextInput name="card.number" label="Card number" isRequired autoComplete="cc-number" />
          <TextInput name="card.expiry" label="Expiry (MM/YY)" isRequired autoComplete="cc-exp" />
          <TextInput name="card.cvc" label="Security code" isRequired autoComplete="cc-csc" />
        </div>
      )}
    </>
  );
};
