import { assertTransition, IllegalTransitionError } from './appointment-status';

describe('appointment lifecycle', () => {
  it.each([
    ['check-in', 'booked'],
    ['complete', 'checked_in'],
    ['cancel', 'booked'],
    ['cancel', 'checked_in'],
    ['mark-no-show', 'booked'],
    ['reschedule', 'booked'],
  ] as const)('allows %s from %s', (action, status) => expect(() => assertTransition(action, status)).not.toThrow());

  it.each([
    ['complete', 'booked'],
    ['check-in', 'cancelled'],
    ['reschedule', 'checked_in'],
    ['cancel', 'completed'],
    ['mark-no-show', 'checked_in'],
    ['check-in', 'no_show'],
  ] as const)('refuses %s from %s with 409', (action, status) => {
    expect(() => assertTransition(action, status)).toThrow(IllegalTransitionError);
  });
});
