import { reminderStageOn } from './reminder-stages';

describe('reminder stages', () => {
  it('stays quiet until 90 days ahead, then reminds at 90, 60 and 30 days and weekly after', () => {
    const deadline = '2026-06-30';
    expect(reminderStageOn(deadline, '2026-03-31')).toBeNull();
    expect(reminderStageOn(deadline, '2026-04-01')).toBe('90');
    expect(reminderStageOn(deadline, '2026-05-01')).toBe('60');
    expect(reminderStageOn(deadline, '2026-05-31')).toBe('30');
    expect(reminderStageOn(deadline, '2026-06-06')).toBe('30');
    expect(reminderStageOn(deadline, '2026-06-07')).toBe('23');
    expect(reminderStageOn(deadline, '2026-06-28')).toBe('2');
    expect(reminderStageOn(deadline, '2026-07-05')).toBe('-5');
  });
});
