import { useState } from 'react';
import { Button, FieldError, Form, Input, Label, Radio, RadioGroup, Text, TextField } from 'react-aria-components';
import { useFormRefusal } from '../../forms/form-refusal';
import { type Charge, type PriceChange, usePriceCharge } from '../billing-data';
import { refusedFieldsOf } from '../../forms/refusals';
import { minorUnitsOf } from '../money';

interface PriceLineFormProps {
  charge: Charge;
  currency: string;
  onDone(): void;
  onRefused(error: unknown): void;
}

type PriceBy = 'unitPrice' | 'procedureCode';

/** The API takes minor units; the clerk types major units, so the refusal of one is shown beside the other. */
const fieldsOfForm = (error: unknown) =>
  refusedFieldsOf(error, (field) => (field === 'unitPriceMinor' ? 'unitPrice' : field));

/** An unpriced line gets the clerk's own unit price, or the code it should have had, priced by the fee schedule. */
export const PriceLineForm = ({ charge, currency, onDone, onRefused }: PriceLineFormProps) => {
  const price = usePriceCharge();
  const [by, setBy] = useState<PriceBy>('unitPrice');
  const [typed, setTyped] = useState('');
  const [unreadable, setUnreadable] = useState<Record<string, string>>();
  const refusal = useFormRefusal(price.error, { fieldsOf: fieldsOfForm, typedWrong: unreadable });

  const submit = () => {
    const unitPriceMinor = minorUnitsOf(typed, currency);
    if (by === 'unitPrice' && unitPriceMinor === undefined)
      return setUnreadable({ unitPrice: 'Enter the price of one unit, such as 125.00.' });
    setUnreadable(undefined);
    const body: PriceChange = by === 'unitPrice' ? { unitPriceMinor } : { procedureCode: typed.trim().toUpperCase() };
    price.mutate({ visitId: charge.visitId, chargeId: charge.id, body }, { onSuccess: onDone, onError: onRefused });
  };

  return (
    <Form
      className="visit-form"
      aria-label={`Price line ${charge.lineNumber}`}
      validationErrors={refusal.errors}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <RadioGroup
        className="choice-strip"
        orientation="horizontal"
        value={by}
        onChange={(value) => {
          setBy(value as PriceBy);
          setTyped('');
        }}
      >
        <Label>{`Price line ${charge.lineNumber} (${charge.procedureCode}) by`}</Label>
        <Radio value="unitPrice">A unit price</Radio>
        <Radio value="procedureCode">A corrected code</Radio>
      </RadioGroup>
      <div onInput={refusal.onInput}>
        <TextField name={by} value={typed} onChange={setTyped} isRequired autoFocus className="field">
          <Label>{by === 'unitPrice' ? `Unit price (${currency})` : 'Corrected code (CPT/HCPCS)'}</Label>
          <Input inputMode={by === 'unitPrice' ? 'decimal' : 'text'} />
          {by === 'procedureCode' && <Text slot="description">Priced by the fee schedule in force that day.</Text>}
          <FieldError className="field-error" />
        </TextField>
      </div>
      <div className="dialog-actions">
        <Button onPress={onDone}>Leave it unpriced</Button>
        <Button type="submit" className="primary" isDisabled={price.isPending}>
          Price the line
        </Button>
      </div>
    </Form>
  );
};
