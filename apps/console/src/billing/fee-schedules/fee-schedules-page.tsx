import { Button } from 'react-aria-components';
import { spokenDate } from '../../calendar/wall-clock';
import { useWorksBilling } from '../billing-access';
import { BillingPage } from '../billing-page';
import { downloadFeeSchedule, useFeeSchedules } from './fee-schedules-data';
import { ImportFeeScheduleForm } from './import-fee-schedule-form';

/** The clinic's price lists by the date each takes effect; clerks import new ones, and anyone billing lets read exports them. */
export const FeeSchedulesPage = () => {
  const schedules = useFeeSchedules();
  const worksBilling = useWorksBilling();

  return (
    <BillingPage title="Fee schedules" error={schedules.error}>
      {worksBilling && <ImportFeeScheduleForm />}
      {schedules.isPending ? (
        <p role="status">Loading fee schedules…</p>
      ) : schedules.data?.length === 0 ? (
        <p>No fee schedule yet. Charges stay unpriced until one is in force on their date of service.</p>
      ) : (
        <table className="data-table">
          <caption>Fee schedules, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Takes effect</th>
              <th scope="col">Currency</th>
              <th scope="col">Price list</th>
            </tr>
          </thead>
          <tbody>
            {[...(schedules.data ?? [])]
              .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))
              .map((schedule) => (
                <tr key={schedule.id}>
                  <th scope="row">{spokenDate(schedule.effectiveFrom)}</th>
                  <td>{schedule.currency}</td>
                  <td>
                    <Button
                      aria-label={`Download the prices from ${spokenDate(schedule.effectiveFrom)} (CSV)`}
                      onPress={() => void downloadFeeSchedule(schedule)}
                    >
                      Download CSV
                    </Button>
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </BillingPage>
  );
};
