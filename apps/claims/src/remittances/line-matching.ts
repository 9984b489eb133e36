import type { ClaimLine } from '../claims/claim-line.entity';
import type { StoredLinePayment } from './claim-payment.entity';

const sameModifiers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((modifier) => b.includes(modifier));

/** The code and modifiers as billed: SVC06 when the payer paid the line under another code (bundling). */
const asBilled = (line: StoredLinePayment) =>
  line.billedProcedureCode === null
    ? { code: line.procedureCode, modifiers: line.modifiers }
    : { code: line.billedProcedureCode, modifiers: line.billedModifiers };

/**
 * Ways a paid line names the claim line it answers, surest first: the line control number the 837 sent (REF*6R),
 * the code with its modifiers as billed, then the code alone, since payers drop modifiers they do not price.
 */
const RULES: readonly ((paid: StoredLinePayment, line: ClaimLine) => boolean)[] = [
  (paid, line) => paid.lineControlNumber === line.id,
  (paid, line) => asBilled(paid).code === line.procedureCode && sameModifiers(asBilled(paid).modifiers, line.modifiers),
  (paid, line) => asBilled(paid).code === line.procedureCode,
];

/**
 * The claim line each paid line answers, each claim line used once; a paid line none answers is named in the
 * reason instead, since posting it would guess.
 */
export const matchLines = (
  paidLines: readonly StoredLinePayment[],
  claimLines: readonly ClaimLine[],
): { lines: ClaimLine[] } | { reason: string } => {
  const matched: (ClaimLine | undefined)[] = paidLines.map(() => undefined);
  const taken = new Set<string>();
  for (const rule of RULES)
    paidLines.forEach((paid, index) => {
      if (matched[index]) return;
      const line = claimLines.find((candidate) => !taken.has(candidate.id) && rule(paid, candidate));
      if (!line) return;
      matched[index] = line;
      taken.add(line.id);
    });
  const missing = paidLines.findIndex((_, index) => !matched[index]);
  if (missing >= 0)
    return { reason: `line ${missing + 1} (${asBilled(paidLines[missing]).code}) answers no line of the claim` };
  return { lines: matched.filter((line): line is ClaimLine => line !== undefined) };
};
