import { Button } from 'react-aria-components';
import { useMatrix } from '../training-data';
import { downloadMatrixCsv, downloadRecordCsv } from '../training-files';
import { StatusBadge, TrainingPage } from '../training-page';

/** Staff down the side, requirements across the top; a cell is empty where the person need not meet the requirement. */
export const MatrixPage = () => {
  const matrix = useMatrix();
  const data = matrix.data;

  return (
    <TrainingPage title="Training matrix" error={matrix.error}>
      {!data ? (
        <p role="status">Loading the matrix…</p>
      ) : (
        <>
          <div className="toolbar">
            <Button onPress={() => void downloadMatrixCsv(data.today)}>Download the matrix (CSV)</Button>
          </div>
          <div className="training-scroll">
            <table className="data-table training-matrix">
              <caption>Each staff member’s status on each requirement they must meet</caption>
              <thead>
                <tr>
                  <th scope="col">Staff member</th>
                  {data.requirements.map((requirement) => (
                    <th scope="col" key={requirement.requirementId}>
                      {requirement.name}
                    </th>
                  ))}
                  <th scope="col">Record</th>
                </tr>
              </thead>
              <tbody>
                {data.staff.map((person) => (
                  <tr key={person.userId}>
                    <th scope="row">{person.displayName}</th>
                    {data.requirements.map(({ requirementId }) => {
                      const cell = person.cells.find((candidate) => candidate.requirementId === requirementId);
                      return (
                        <td key={requirementId}>{cell ? <StatusBadge status={cell.status} /> : 'Not required'}</td>
                      );
                    })}
                    <td>
                      <Button
                        onPress={() => void downloadRecordCsv(person.userId, person.displayName)}
                        aria-label={`Download ${person.displayName}’s record (CSV)`}
                      >
                        Record (CSV)
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </TrainingPage>
  );
};
