import { DIAGNOSIS_CODE_PATTERN } from '@praxis/domain';
import { elementOf, fromX12Amount, fromX12Date, Segment } from '@praxis/x12';
import { chunksOf, findSegment, isSegment } from './loops';
import {
  elementError,
  INVALID_CHARACTER,
  INVALID_CODE,
  INVALID_DATE,
  loopOverMaximum,
  missingSegment,
  REQUIRED_ELEMENT_MISSING,
  SegmentError,
  TOO_LONG,
} from './syntax-error';

const MAX_DIAGNOSES = 12;
const MAX_LINES = 50;
const MAX_POINTERS = 4;
const MAX_PATIENT_CONTROL_NUMBER = 38;
// Frequency 7 (replacement) and 8 (void) must name the payer's claim in REF*F8.
const FREQUENCIES_NEEDING_PAYER_NUMBER = new Set(['7', '8']);
const FREQUENCIES = new Set(['1', '7', '8']);

/** Reading the components of composite elements needs the interchange's own separator. */
export interface ClaimContext {
  component: string;
  claim: string;
}

const isAmount = (value: string): boolean => (fromX12Amount(value)?.amountMinor ?? -1) >= 0;

const validServiceDate = (format: string, value: string): boolean => {
  if (format === 'D8') return fromX12Date(value) !== undefined;
  const [from = '', through = ''] = value.split('-');
  return format === 'RD8' && fromX12Date(from) !== undefined && fromX12Date(through) !== undefined && from <= through;
};

const claimSegmentErrors = (clm: Segment, loop: readonly Segment[], { component, claim }: ClaimContext) => {
  const errors: SegmentError[] = [];
  if (!claim) errors.push(elementError(clm, 1, REQUIRED_ELEMENT_MISSING));
  else if (claim.length > MAX_PATIENT_CONTROL_NUMBER) errors.push(elementError(clm, 1, TOO_LONG, claim));
  if (!isAmount(elementOf(clm, 2))) errors.push(elementError(clm, 2, INVALID_CHARACTER, claim));
  const frequency = elementOf(clm, 5).split(component)[2] ?? '';
  if (!FREQUENCIES.has(frequency)) errors.push(elementError(clm, 5, INVALID_CODE, claim));
  else if (FREQUENCIES_NEEDING_PAYER_NUMBER.has(frequency) && !findSegment(loop, 'REF', 'F8'))
    errors.push(missingSegment('REF', clm, claim));
  return errors;
};

const diagnosisCodes = (hi: Segment, component: string): string[][] =>
  hi.elements.slice(1).map((element) => element.split(component));

const diagnosisErrors = (hi: Segment, { component, claim }: ClaimContext): SegmentError[] =>
  diagnosisCodes(hi, component).flatMap(([qualifier, code = ''], index) => {
    const expected = index === 0 ? 'ABK' : 'ABF';
    const shaped = !code.includes('.') && DIAGNOSIS_CODE_PATTERN.test(code);
    if (index >= MAX_DIAGNOSES) return [elementError(hi, index + 1, TOO_LONG, claim)];
    return qualifier === expected && shaped ? [] : [elementError(hi, index + 1, INVALID_CODE, claim)];
  });

const lineErrors = (line: readonly Segment[], diagnoses: number, context: ClaimContext): SegmentError[] => {
  const [lx] = line;
  const service = findSegment(line, 'SV1');
  const date = findSegment(line, 'DTP', '472');
  const errors: SegmentError[] = [];
  if (!service) errors.push(missingSegment('SV1', lx, context.claim));
  else {
    if (!isAmount(elementOf(service, 2))) errors.push(elementError(service, 2, INVALID_CHARACTER, context.claim));
    const pointers = elementOf(service, 7).split(context.component).map(Number);
    const pointsAtCodes = pointers.every(
      (pointer) => Number.isInteger(pointer) && pointer >= 1 && pointer <= diagnoses,
    );
    if (pointers.length > MAX_POINTERS || !pointsAtCodes)
      errors.push(elementError(service, 7, INVALID_CODE, context.claim));
  }
  if (!date) errors.push(missingSegment('DTP', lx, context.claim));
  else if (!validServiceDate(elementOf(date, 2), elementOf(date, 3)))
    errors.push(elementError(date, 3, INVALID_DATE, context.claim));
  return errors;
};

/** 2300 and its 2400 lines: CLM, HI with ABK first and at most 12 codes, 1 to 50 lines each with SV1 and DTP*472. */
export const claimErrors = (loop: readonly Segment[], component: string): SegmentError[] => {
  const [clm] = loop;
  const context = { component, claim: elementOf(clm, 1) };
  const hi = findSegment(loop, 'HI');
  const lines = chunksOf(loop, isSegment('LX'));
  const errors = claimSegmentErrors(clm, loop, context);
  if (!hi) errors.push(missingSegment('HI', clm, context.claim));
  else errors.push(...diagnosisErrors(hi, context));
  if (lines.length === 0) errors.push(missingSegment('LX', clm, context.claim));
  if (lines.length > MAX_LINES) errors.push(loopOverMaximum(lines[MAX_LINES][0], context.claim));
  const diagnoses = hi ? Math.min(diagnosisCodes(hi, component).length, MAX_DIAGNOSES) : 0;
  return [...errors, ...lines.flatMap((line) => lineErrors(line, diagnoses, context))];
};
