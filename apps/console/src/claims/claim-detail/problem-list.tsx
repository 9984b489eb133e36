import { asSentence } from '../claims-wording';

/** What stands in a claim's way, one item each, in the words the service gave. */
export const ProblemList = ({ problems }: { problems: string[] }) =>
  problems.length === 0 ? null : (
    <ul className="claim-problems">
      {problems.map((problem) => (
        <li key={problem}>{asSentence(problem)}</li>
      ))}
    </ul>
  );
