import { describe, expect, it } from '@jest/globals';
import { ProblemError, type Problem } from '../api/problem';
import { refusalInWords } from './booking-refusal';

const castillo = { id: 'provider-castillo', displayName: 'Dr Ben Castillo' };

const refused = (problem: Partial<Problem> & { status: number }) =>
  new ProblemError({ type: 'about:blank', title: 'Refused', ...problem });

const aFreeSlot = (providerId: string, startsAt: string) => ({
  providerId,
  locationId: 'location-1',
  startsAt,
  endsAt: startsAt,
});

describe('a refusal in the desk’s words', () => {
  it('offers only the same provider’s free times when the time was taken', () => {
    const error = refused({
      status: 409,
      nextFreeSlots: [
        aFreeSlot(castillo.id, '2026-12-07T09:45:00-06:00'),
        aFreeSlot('provider-okafor', '2026-12-07T09:45:00-06:00'),
      ],
    });
    const refusal = refusalInWords(error, castillo, '9:30 AM', 'move');
    expect(refusal.message).toContain('Dr Ben Castillo is not free for this visit at 9:30 AM');
    expect(refusal.alternatives.map((slot) => slot.providerId)).toEqual([castillo.id]);
  });

  it('names the visit the patient already has then', () => {
    const error = refused({
      status: 409,
      patientVisits: [{ providerName: 'Dr Ada Okafor', localDate: '2026-12-07', localTime: '09:30' }],
    });
    expect(refusalInWords(error, castillo, '9:30 AM').message).toBe(
      'The patient already has a visit then (9:30 AM on 2026-12-07 with Dr Ada Okafor). Choose another time.',
    );
  });

  it('names the lapsed credential that blocks the provider', () => {
    const error = refused({ status: 409, expiredCredentials: [{ credentialName: 'BLS', expiredOn: '2026-11-01' }] });
    expect(refusalInWords(error, castillo, '9:30 AM', 'move').message).toBe(
      'Dr Ben Castillo cannot see patients until a lapsed credential is renewed (BLS expired on 2026-11-01). Choose another provider.',
    );
  });

  it('says a checked-in visit can no longer be moved', () => {
    const error = refused({ status: 409, currentStatus: 'checked_in' });
    expect(refusalInWords(error, castillo, '9:30 AM', 'move').message).toBe(
      'This visit is checked in, so it can no longer be moved.',
    );
  });

  it('gives the grid rule of an off-grid start without the API’s override', () => {
    const error = refused({
      status: 422,
      detail:
        '09:05 is not on the 15-minute grid Office visit visits start on (nearest: 09:00 or 09:15); send "allowOffGrid": true to book that time anyway',
    });
    expect(refusalInWords(error, castillo, '9:05 AM', 'move').message).toBe(
      'This visit cannot be moved at 9:05 AM: 09:05 is not on the 15-minute grid Office visit visits start on (nearest: 09:00 or 09:15).',
    );
  });

  it('says a time already past has passed', () => {
    const error = refused({ status: 422, detail: 'startsAt is in the past' });
    expect(refusalInWords(error, castillo, '9:05 AM').message).toBe(
      'This visit cannot be booked at 9:05 AM: that time has already passed.',
    );
  });

  it('says nothing changed when Praxis could not be reached', () => {
    expect(refusalInWords(new TypeError('Failed to fetch'), castillo, '9:05 AM', 'move').message).toBe(
      'Praxis could not be reached, so nothing was moved. Try again.',
    );
  });
});
