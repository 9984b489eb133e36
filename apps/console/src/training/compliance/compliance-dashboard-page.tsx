import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { PendingVerifications } from '../review/pending-verifications';
import { type ExpiringWithin, useComplianceSummary, useExpiring, useOverdue } from '../training-data';
import { TrainingPage } from '../training-page';
import { ComplianceShares } from './compliance-shares';
import { StandingList } from './standing-list';

const WINDOWS: ExpiringWithin[] = [30, 60, 90];

/** The clinic manager's view of training: who is compliant, who is late, what lapses soon, what waits for review. */
export const ComplianceDashboardPage = () => {
  const summary = useComplianceSummary();
  const overdue = useOverdue();
  const [within, setWithin] = useState<ExpiringWithin>(30);
  const expiring = useExpiring(within);

  return (
    <TrainingPage title="Training compliance" error={summary.error ?? overdue.error ?? expiring.error}>
      <div className="training-sections">
        <section aria-labelledby="shares-heading">
          <h2 id="shares-heading">Compliant staff</h2>
          {summary.data ? <ComplianceShares summary={summary.data} /> : <p role="status">Loading…</p>}
        </section>
        <section aria-labelledby="pending-heading">
          <h2 id="pending-heading">Pending verification</h2>
          <PendingVerifications />
        </section>
        <section aria-labelledby="overdue-heading">
          <h2 id="overdue-heading">Overdue</h2>
          <StandingList caption="Overdue or expired" rows={overdue.data?.items} empty="Nobody is overdue." />
        </section>
        <section aria-labelledby="expiring-heading">
          <h2 id="expiring-heading">Expiring</h2>
          <RadioGroup
            className="choice-strip"
            orientation="horizontal"
            value={String(within)}
            onChange={(value) => setWithin(Number(value) as ExpiringWithin)}
          >
            <Label>Expiring within</Label>
            {WINDOWS.map((days) => (
              <Radio key={days} value={String(days)}>
                {days} days
              </Radio>
            ))}
          </RadioGroup>
          <StandingList
            caption={`Expiring within ${within} days`}
            rows={expiring.data?.items}
            empty={`Nothing expires within ${within} days.`}
          />
        </section>
      </div>
    </TrainingPage>
  );
};
