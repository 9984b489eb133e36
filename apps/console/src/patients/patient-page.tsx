import { useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { useReadsBilling } from '../billing/billing-access';
import { ledgerPath } from '../billing/patient-ledger/ledger-path';
import { patientName, type Patient } from '../calendar/day-data';
import { TopBar } from '../navigation/top-bar';
import { AddCoverageForm } from './add-coverage-form';
import { EditAddressForm } from './edit-address-form';
import { EditCoverageForm } from './edit-coverage-form';
import { useChangesPatients } from './patient-changes';
import { type Coverage, useCoverages, usePatient } from './patient-data';
import { POLICY_HOLDER_LABELS, RANK_LABELS, SEX_LABELS, spokenPhone } from './patient-labels';
import { VisitHistory } from './visit-history';

/** A birth date or a coverage period is a calendar date with no weekday worth saying, e.g. February 3, 1985. */
const writtenDate = (date: string): string =>
  new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );

const Demographics = ({ patient }: { patient: Patient }) => {
  const { line1, line2, city, state, postalCode } = patient.address;
  const changesPatients = useChangesPatients();
  const [editing, setEditing] = useState(false);
  return (
    <section aria-labelledby="demographics">
      <h2 id="demographics">Demographics</h2>
      <dl className="facts">
        <dt>Date of birth</dt>
        <dd>{writtenDate(patient.dateOfBirth)}</dd>
        <dt>Sex</dt>
        <dd>{SEX_LABELS[patient.sex]}</dd>
        <dt>Phone</dt>
        <dd>{spokenPhone(patient.phone)}</dd>
        <dt>Email</dt>
        <dd>{patient.email ?? 'none given'}</dd>
        <dt>Address</dt>
        <dd>{[line1, line2, `${city}, ${state} ${postalCode}`].filter(Boolean).join(', ')}</dd>
      </dl>
      {editing ? (
        <EditAddressForm patient={patient} onDone={() => setEditing(false)} />
      ) : (
        changesPatients && <Button onPress={() => setEditing(true)}>Change the address…</Button>
      )}
    </section>
  );
};

const CoverageList = ({ patientId }: { patientId: string }) => {
  const coverages = useCoverages(patientId);
  const changesPatients = useChangesPatients();
  const [editing, setEditing] = useState<Coverage>();
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="coverage">
      <h2 id="coverage">Coverage</h2>
      {coverages.isError ? (
        <p role="alert">The coverage could not be loaded. Reload the page to try again.</p>
      ) : !coverages.data ? (
        <p role="status">Loading coverage…</p>
      ) : coverages.data.length === 0 ? (
        <p>No insurance on file: the patient pays for their visits.</p>
      ) : (
        <table className="record-table">
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Payer</th>
              <th scope="col">Member ID</th>
              <th scope="col">Group</th>
              <th scope="col">Policy holder</th>
              <th scope="col">Effective</th>
              {changesPatients && <th scope="col">Change</th>}
            </tr>
          </thead>
          <tbody>
            {coverages.data.map((coverage) => (
              <tr key={coverage.id}>
                <td>{RANK_LABELS[coverage.rank]}</td>
                <td>{`${coverage.payerName} (${coverage.payerId})`}</td>
                <td>{coverage.memberId}</td>
                <td>{coverage.groupNumber ?? '—'}</td>
                <td>{POLICY_HOLDER_LABELS[coverage.subscriber.relationship]}</td>
                <td>{`${writtenDate(coverage.effectiveFrom)} – ${coverage.effectiveTo ? writtenDate(coverage.effectiveTo) : 'until further notice'}`}</td>
                {changesPatients && (
                  <td>
                    <Button
                      aria-label={`Change the coverage with ${coverage.payerName}`}
                      onPress={() => setEditing(coverage)}
                    >
                      Change…
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && <EditCoverageForm key={editing.id} coverage={editing} onDone={() => setEditing(undefined)} />}
      {adding ? (
        <AddCoverageForm patientId={patientId} onDone={() => setAdding(false)} />
      ) : (
        changesPatients && <Button onPress={() => setAdding(true)}>Add a coverage…</Button>
      )}
    </section>
  );
};

/** One patient as the front desk needs them at the counter: who they are, who pays, when they come. */
export const PatientPage = ({ patientId }: { patientId: string }) => {
  const patient = usePatient(patientId);
  const readsBilling = useReadsBilling();
  return (
    <div className="front-desk">
      <TopBar />
      <main className="patient-page">
        {patient.isError ? (
          <p role="alert">This patient could not be found in your clinic.</p>
        ) : !patient.data ? (
          <p role="status">Loading the patient…</p>
        ) : (
          <>
            <h1>{patientName(patient.data)}</h1>
            {readsBilling && (
              <p>
                <Link href={ledgerPath(patientId)}>Billing account: balance and charges</Link>
              </p>
            )}
            <Demographics patient={patient.data} />
            <CoverageList patientId={patientId} />
            <section aria-labelledby="visits">
              <h2 id="visits">Visits</h2>
              <VisitHistory patientId={patientId} />
            </section>
          </>
        )}
      </main>
    </div>
  );
};
