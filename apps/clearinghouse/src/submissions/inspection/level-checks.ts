import { elementOf, Segment } from '@praxis/x12';
import { beforeFirstClaim, findSegment, HierarchyLevel } from './loops';
import {
  elementError,
  INVALID_CODE,
  missingSegment,
  PATTERN_MISMATCH,
  REQUIRED_ELEMENT_MISSING,
  SegmentError,
} from './syntax-error';

// 2010AA must be a street address: PO boxes and lockboxes belong in the pay-to loop (X12 RFI 1451).
const PO_BOX = /\b(P\.?\s*O\.?\s*BOX|POST\s+OFFICE\s+BOX|LOCK\s*BOX)\b/i;
const ZIP_PLUS_FOUR = /^\d{9}$/;
const EMPLOYER_ID = /^\d{9}$/;

const entityErrors = (name: Segment, qualifier: string, pattern: RegExp): SegmentError[] => {
  if (elementOf(name, 8) !== qualifier) return [elementError(name, 8, INVALID_CODE)];
  if (!elementOf(name, 9)) return [elementError(name, 9, REQUIRED_ELEMENT_MISSING)];
  return pattern.test(elementOf(name, 9)) ? [] : [elementError(name, 9, PATTERN_MISMATCH)];
};

const addressErrors = (loop: readonly Segment[], opening: Segment): SegmentError[] => {
  const street = findSegment(loop, 'N3');
  const place = findSegment(loop, 'N4');
  const errors: SegmentError[] = [];
  if (!street) errors.push(missingSegment('N3', opening));
  else if (PO_BOX.test(elementOf(street, 1))) errors.push(elementError(street, 1, PATTERN_MISMATCH));
  if (!place) errors.push(missingSegment('N4', opening));
  else if (!ZIP_PLUS_FOUR.test(elementOf(place, 3))) errors.push(elementError(place, 3, PATTERN_MISMATCH));
  return errors;
};

const taxIdErrors = (loop: readonly Segment[], opening: Segment): SegmentError[] => {
  const employerId = findSegment(loop, 'REF', 'EI');
  if (employerId)
    return EMPLOYER_ID.test(elementOf(employerId, 2)) ? [] : [elementError(employerId, 2, PATTERN_MISMATCH)];
  return findSegment(loop, 'REF', 'SY') ? [] : [missingSegment('REF', opening)];
};

/** 2000A/2010AA: the billing provider's NPI, street address with ZIP+4 and tax id. */
export const billingProviderErrors = (level: HierarchyLevel): SegmentError[] => {
  const loop = beforeFirstClaim(level);
  const name = findSegment(loop, 'NM1', '85');
  if (!name) return [missingSegment('NM1', level.hl)];
  return [...entityErrors(name, 'XX', /^\d{10}$/), ...addressErrors(loop, name), ...taxIdErrors(loop, name)];
};

/** 2000B: SBR, the subscriber (2010BA) with a member id the payers accept, and the payer (2010BB). */
export const subscriberErrors = (level: HierarchyLevel, acceptsMemberId: (id: string) => boolean): SegmentError[] => {
  const loop = beforeFirstClaim(level);
  const errors: SegmentError[] = [];
  if (!findSegment(loop, 'SBR')) errors.push(missingSegment('SBR', level.hl));
  const subscriber = findSegment(loop, 'NM1', 'IL');
  if (!subscriber) errors.push(missingSegment('NM1', level.hl));
  else if (elementOf(subscriber, 8) !== 'MI') errors.push(elementError(subscriber, 8, INVALID_CODE));
  else if (!acceptsMemberId(elementOf(subscriber, 9))) errors.push(elementError(subscriber, 9, PATTERN_MISMATCH));
  if (!findSegment(loop, 'NM1', 'PR')) errors.push(missingSegment('NM1', level.hl));
  return errors;
};

/** 2000C/2010CA: a patient who is not the subscriber needs PAT and a name. */
export const patientErrors = (level: HierarchyLevel): SegmentError[] => {
  const loop = beforeFirstClaim(level);
  return [
    ...(findSegment(loop, 'PAT') ? [] : [missingSegment('PAT', level.hl)]),
    ...(findSegment(loop, 'NM1', 'QC') ? [] : [missingSegment('NM1', level.hl)]),
  ];
};
