import { useState } from 'react';
import { Button } from 'react-aria-components';
import { navigate, searchParam, useLocation } from '../../navigation/navigation';
import { useWorksClaims } from '../claims-access';
import { ClaimsPage } from '../claims-page';
import { addressInWords } from '../form-values';
import { CLAIM_FILING_INDICATOR_WORDS } from './claim-filing-indicators';
import { PayerForm } from './payer-form';
import { payersPath } from '../claims-paths';
import { type Payer, usePayers } from './payers-data';

type Editing = { payer?: Payer; electronicPayerId?: string };

/** The clinic's payers, as the scrubber looks them up by the electronic id a coverage names. */
export const PayersPage = () => {
  const payers = usePayers();
  const worksClaims = useWorksClaims();
  const asked = searchParam(useLocation(), 'new');
  const [editing, setEditing] = useState<Editing | undefined>(asked ? { electronicPayerId: asked } : undefined);
  const [saved, setSaved] = useState<string>();
  const close = () => {
    setEditing(undefined);
    if (asked) navigate(payersPath, { replace: true });
  };

  return (
    <ClaimsPage title="Payers" error={payers.error}>
      {saved && <p role="status">{`${saved} is saved. Scrub its claims again to see them ready.`}</p>}
      {worksClaims && !editing && <Button onPress={() => setEditing({})}>Add a payer</Button>}
      {editing && (
        <PayerForm
          key={editing.payer?.id ?? 'new'}
          payer={editing.payer}
          electronicPayerId={editing.electronicPayerId}
          onCancel={close}
          onDone={(name) => {
            setSaved(name);
            close();
          }}
        />
      )}
      <table className="data-table">
        <caption>Payers of the clinic</caption>
        <thead>
          <tr>
            <th scope="col">Payer</th>
            <th scope="col">Electronic id</th>
            <th scope="col">Kind of plan</th>
            <th scope="col">Filing limit</th>
            <th scope="col">Address</th>
            {worksClaims && <th scope="col">Change</th>}
          </tr>
        </thead>
        <tbody>
          {payers.data?.length === 0 && (
            <tr>
              <td colSpan={worksClaims ? 6 : 5}>No payers are set up yet.</td>
            </tr>
          )}
          {payers.data?.map((payer) => (
            <tr key={payer.id}>
              <th scope="row">{payer.name}</th>
              <td>{payer.electronicPayerId}</td>
              <td>{CLAIM_FILING_INDICATOR_WORDS[payer.claimFilingIndicator]}</td>
              <td>{`${payer.timelyFilingDays} days`}</td>
              <td>{addressInWords(payer.address)}</td>
              {worksClaims && (
                <td>
                  <Button aria-label={`Edit ${payer.name}`} onPress={() => setEditing({ payer })}>
                    Edit
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ClaimsPage>
  );
};
