import { useState } from 'react';
import { Button, Dialog, Heading, Link, Modal } from 'react-aria-components';
import { usePatientNames, useProviders } from '../../calendar/day-data';
import { spokenDate } from '../../calendar/wall-clock';
import { usePayerNames } from '../payer-names';
import { useWorksBilling } from '../billing-access';
import { type BillingVisit, type Charge, useBillingVisit } from '../billing-data';
import { VisitStatusBadge } from '../billing-page';
import { wholeFormRefusal } from '../../forms/refusals';
import { CorrectLineForm } from './correct-line-form';
import { HoldVisitForm } from './hold-visit-form';
import { PriceLineForm } from './price-line-form';
import { BillingVisitActions } from './visit-actions';
import { VisitLines } from './visit-lines';
import { ledgerPath } from '../patient-ledger/ledger-path';

/** Billing bills in US dollars only today; a visit without a schedule in force has no currency of its own yet. */
const DEFAULT_CURRENCY = 'USD';

interface VisitChargesDialogProps {
  /** The visit as the list showed it; the dialog reads it afresh, with its lines. */
  visit: BillingVisit;
  onClose(): void;
}

type OpenForm = { kind: 'hold' } | { kind: 'price' | 'correct'; charge: Charge };

/** One visit as the clerk reviews it: who, when, who pays, each line and its price, and what can be done with it. */
export const VisitChargesDialog = ({ visit: listed, onClose }: VisitChargesDialogProps) => {
  const visit = useBillingVisit(listed.id);
  // Named here, not by the list: a visit the clerk changes may leave the list it was opened from.
  const patient = usePatientNames([listed.patientId]).get(listed.patientId) ?? 'Patient';
  const provider = useProviders().data?.find(({ id }) => id === listed.providerId)?.displayName ?? '';
  const payers = usePayerNames([listed.patientId]);
  const worksBilling = useWorksBilling();
  const [form, setForm] = useState<OpenForm>();
  const [outcome, setOutcome] = useState<{ done?: string; refused?: string }>({});
  const done = (announcement?: string) => {
    setForm(undefined);
    setOutcome(announcement ? { done: announcement } : {});
  };
  const refused = (notDone: string) => (error: unknown) => setOutcome({ refused: wholeFormRefusal(error, notDone) });
  const data = visit.data;
  const currency = data?.currency ?? DEFAULT_CURRENCY;

  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal wide">
      <Dialog className="dialog">
        <Heading slot="title">{`Charges of ${patient}`}</Heading>
        {visit.isError ? (
          <p role="alert">This visit could not be loaded. Close it and try again.</p>
        ) : !data ? (
          <p role="status">Loading the visit…</p>
        ) : (
          <>
            <dl className="booking-facts">
              <dt>Patient</dt>
              <dd>
                <Link href={ledgerPath(data.patientId)}>{patient}</Link>
              </dd>
              <dt>Provider</dt>
              <dd>{provider}</dd>
              <dt>Date of service</dt>
              <dd>{`${spokenDate(data.dateOfService)} (${data.timeZone})`}</dd>
              <dt>Billed to</dt>
              <dd>{data.billTo === 'patient' ? 'Patient' : payers.nameOf(data.payerId)}</dd>
              <dt>Status</dt>
              <dd>
                <VisitStatusBadge status={data.status} />
                {data.holdReason && ` ${data.holdReason}`}
              </dd>
            </dl>
            <VisitLines
              visit={data}
              currency={currency}
              onPrice={worksBilling ? (charge) => setForm({ kind: 'price', charge }) : undefined}
              onCorrect={worksBilling ? (charge) => setForm({ kind: 'correct', charge }) : undefined}
            />
            {worksBilling && (
              <BillingVisitActions
                visit={data}
                onHold={() => setForm({ kind: 'hold' })}
                onDone={done}
                onRefused={(error, notDone) => refused(notDone)(error)}
              />
            )}
            <p role="status" className="announcement">
              {outcome.done}
            </p>
            {outcome.refused && (
              <p role="alert" className="problem">
                {outcome.refused}
              </p>
            )}
            {form?.kind === 'hold' && (
              <HoldVisitForm visitId={data.id} onDone={() => done()} onRefused={refused('The visit was not held')} />
            )}
            {form?.kind === 'price' && (
              <PriceLineForm
                key={form.charge.id}
                charge={form.charge}
                currency={currency}
                onDone={() => done()}
                onRefused={refused(`Line ${form.charge.lineNumber} was not priced`)}
              />
            )}
            {form?.kind === 'correct' && (
              <CorrectLineForm
                key={form.charge.id}
                charge={form.charge}
                onDone={done}
                onRefused={refused(`Line ${form.charge.lineNumber} was not corrected`)}
              />
            )}
          </>
        )}
        <div className="dialog-actions">
          <Button onPress={onClose}>Close</Button>
        </div>
      </Dialog>
    </Modal>
  );
};
