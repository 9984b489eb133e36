import { useState } from 'react';
import { Button } from 'react-aria-components';
import { type Requirement, useRequirements } from '../training-data';
import { TrainingPage } from '../training-page';
import { recurrenceOf, ROLE_WORDS } from '../training-wording';
import { RequirementEditor } from './requirement-editor';

const rolesOf = ({ roles }: Requirement): string =>
  Object.entries(ROLE_WORDS)
    .filter(([role]) => roles.some((held) => held === role))
    .map(([, words]) => words)
    .join(', ');

type Editing = { requirement?: Requirement } | undefined;

/** The clinic's requirements, the starter catalogue among them, each opened to change it. */
export const RequirementsPage = () => {
  const requirements = useRequirements();
  const [editing, setEditing] = useState<Editing>();

  return (
    <TrainingPage title="Training requirements" error={requirements.error}>
      <div className="toolbar">
        <Button className="primary" onPress={() => setEditing({})}>
          New requirement
        </Button>
      </div>
      {!requirements.data ? (
        <p role="status">Loading requirements…</p>
      ) : (
        <table className="data-table">
          <caption>Requirements of the clinic</caption>
          <thead>
            <tr>
              <th scope="col">Requirement</th>
              <th scope="col">Who must hold it</th>
              <th scope="col">Recurrence</th>
              <th scope="col">Grace</th>
              <th scope="col">New staff have</th>
              <th scope="col">Blocks booking</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {requirements.data.items.map((requirement) => (
              <tr key={requirement.id}>
                <th scope="row">
                  {requirement.name}
                  {!requirement.active && ' (retired)'}
                </th>
                <td>{rolesOf(requirement) || 'Named staff only'}</td>
                <td>{recurrenceOf(requirement)}</td>
                <td>{requirement.graceDays} days</td>
                <td>{requirement.dueWithinDays} days</td>
                <td>{requirement.blocksScheduling ? 'Yes' : 'No'}</td>
                <td>
                  <Button onPress={() => setEditing({ requirement })} aria-label={`Edit ${requirement.name}`}>
                    Edit
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && <RequirementEditor requirement={editing.requirement} onClose={() => setEditing(undefined)} />}
    </TrainingPage>
  );
};
