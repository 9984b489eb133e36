import { describe, expect, it } from '@jest/globals';
import type { HistoryEntry } from './claims-data';
import { fixLinkFor, rejectionReasonsOf, segmentProblemInWords, submissionIdOf } from './claims-wording';

const claim = { payerId: '60054', patientId: '6f1c2a7e-0000-4000-8000-000000000001' };

const entry = (toStatus: HistoryEntry['toStatus'], details: HistoryEntry['details']): HistoryEntry => ({
  id: `${toStatus}-${JSON.stringify(details)}`,
  tenantId: 't',
  claimId: 'c',
  actorUserId: null,
  action: toStatus,
  fromStatus: null,
  toStatus,
  details,
  occurredAt: '2026-11-30T12:00:00Z',
  writtenOrder: 1,
});

describe('where the clerk fixes what the scrubber found', () => {
  it('sends the clinic’s own details to the billing profile, a payer not set up to its set-up with its id filled in, and the subscriber to the patient', () => {
    expect(fixLinkFor({ rule: 'billing_tin', message: 'the clinic’s tax id is missing' }, claim)?.href).toBe(
      '/claims/billing-profile',
    );
    expect(fixLinkFor({ rule: 'payer', message: 'payer 60054 is not set up' }, claim)).toEqual({
      href: '/claims/payers?new=60054',
      text: 'Set up payer 60054',
    });
    expect(fixLinkFor({ rule: 'subscriber', message: 'the subscriber’s sex is missing' }, claim)?.href).toBe(
      `/patients/${claim.patientId}`,
    );
  });

  it('offers no link for what is fixed on the claim itself', () => {
    expect(fixLinkFor({ rule: 'diagnosis_pointer', message: 'line 1 points nowhere' }, claim)).toBeUndefined();
  });
});

describe('what a claim’s history tells the clerk', () => {
  it('gives the reasons of the newest rejection, and the file the claim last left in', () => {
    const history = [
      entry('submitted', { submissionId: 'first' }),
      entry('rejected', { reasons: [{ code: 'IK4:I12', message: 'NM1 element 9' }] }),
      entry('ready', null),
      entry('submitted', { submissionId: 'second' }),
      entry('rejected', { reasons: [{ code: 'A7:164:IL', message: 'member id unknown' }] }),
    ];
    expect(rejectionReasonsOf(history)).toEqual([{ code: 'A7:164:IL', message: 'member id unknown' }]);
    expect(submissionIdOf(history)).toBe('second');
  });
});

describe('an acknowledgement file refused, segment by segment', () => {
  it('says which segment of the file, by its place and id', () => {
    expect(segmentProblemInWords({ field: 'segment 5', message: 'SE: AK1 1 has no AK9' })).toBe(
      'The 5th segment of the file (SE): AK1 1 has no AK9',
    );
    expect(
      segmentProblemInWords({ field: 'segment 1', message: 'send one interchange holding a 999 or a 277CA' }),
    ).toBe('The 1st segment of the file: send one interchange holding a 999 or a 277CA');
  });
});
