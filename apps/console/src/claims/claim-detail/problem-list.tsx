/** What stands in a claim's way, one item each, in the words the service gave. */
export const ProblemList = ({ problems }: { problems: string[] }) =>
  problems.length === 0 ? null : (
    <ul className="claim-problems">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
