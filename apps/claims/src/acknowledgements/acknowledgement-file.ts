import { FieldProblem, UnprocessableError } from '@praxis/platform';
import {
  AcknowledgementProblem,
  ClaimAcknowledgementReport,
  defaultDelimiters,
  EnvelopeProblem,
  FunctionalAcknowledgement,
  Interchange,
  readClaimAcknowledgement,
  readFunctionalAcknowledgement,
  readX12,
  TransactionSet,
} from '@praxis/x12';
import { AcknowledgementKind } from './received-acknowledgement.entity';

export type AcknowledgementFile =
  | { kind: '999'; interchange: Interchange; reports: FunctionalAcknowledgement[] }
  | { kind: '277CA'; interchange: Interchange; reports: ClaimAcknowledgementReport[] };

const KINDS: Readonly<Record<string, AcknowledgementKind>> = { '999': '999', '277': '277CA' };

const problemAt = ({ segmentId, position, message }: EnvelopeProblem | AcknowledgementProblem): FieldProblem => ({
  field: `segment ${position}`,
  message: `${segmentId}: ${message}`,
});

const unreadable = (problems: FieldProblem[]) =>
  new UnprocessableError('the file is not a 999 or 277CA that can be applied: nothing was changed', problems);

const oneInterchange = (content: string) => {
  const document = readX12(content);
  if (document.problems.length > 0) throw unreadable(document.problems.map(problemAt));
  const [interchange, ...others] = document.interchanges;
  const sets = interchange?.groups.flatMap((group) => group.transactionSets) ?? [];
  if (!interchange || others.length > 0 || sets.length === 0)
    throw unreadable([{ field: 'segment 1', message: 'send one interchange holding a 999 or a 277CA' }]);
  const kinds = new Set(sets.map((set) => KINDS[set.type]));
  const [kind] = kinds;
  if (kinds.size !== 1 || !kind)
    throw unreadable([
      {
        field: `segment ${sets[0].header.position}`,
        message: 'every transaction set must be a 999, or every one a 277CA',
      },
    ]);
  return { interchange, sets, kind, delimiters: document.delimiters ?? defaultDelimiters };
};

/** A readable file of 835s only: the mailbox hands it to the remittance posting rather than to this reader. */
export const holdsRemittances = (content: string): boolean => {
  const sets = readX12(content).interchanges.flatMap((interchange) =>
    interchange.groups.flatMap((group) => group.transactionSets),
  );
  return sets.length > 0 && sets.every((set) => set.type === '835');
};

/** Every transaction set read by its reader, or none: any problem refuses the whole file. */
const readEvery = <Report extends { problems: AcknowledgementProblem[] }>(
  sets: readonly TransactionSet[],
  read: (set: TransactionSet) => Report,
): Report[] => {
  const reports = sets.map(read);
  const problems = reports.flatMap((report) => report.problems);
  if (problems.length > 0) throw unreadable(problems.map(problemAt));
  return reports;
};

/** Reads an uploaded or collected acknowledgement whole, or refuses it (422, each problem at its segment). */
export const readAcknowledgementFile = (content: string): AcknowledgementFile => {
  const { interchange, sets, kind, delimiters } = oneInterchange(content);
  return kind === '999'
    ? { kind, interchange, reports: readEvery(sets, (set) => readFunctionalAcknowledgement(set, delimiters)) }
    : { kind, interchange, reports: readEvery(sets, (set) => readClaimAcknowledgement(set, delimiters)) };
};
