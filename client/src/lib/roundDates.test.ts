import { describe, expect, it } from 'vitest';
import { addDays, closesAtToLastDay, isDateInput, lastDayToClosesAt, opensAtToInput, todayInput } from './roundDates';

describe('round dates', () => {
  it('sends the day after the last day as closesAt, and shows it back as the last day', () => {
    expect(lastDayToClosesAt('2026-12-31')).toBe('2027-01-01');
    expect(closesAtToLastDay('2027-01-01T00:00:00.000Z')).toBe('2026-12-31');
  });

  it('shows a closing moment within a day as that day', () => {
    expect(closesAtToLastDay('2027-05-24T12:40:13.581Z')).toBe('2027-05-24');
  });

  it('shows the opening day in UTC', () => {
    expect(opensAtToInput('2026-12-01T00:00:00.000Z')).toBe('2026-12-01');
    expect(opensAtToInput('not a date')).toBe('');
  });

  it('accepts only real calendar dates', () => {
    expect(isDateInput('2026-02-28')).toBe(true);
    expect(isDateInput('2026-02-30')).toBe(false);
    expect(isDateInput('28.2.2026')).toBe(false);
    expect(isDateInput('')).toBe(false);
  });

  it('adds days across a month end and gives today in UTC', () => {
    expect(addDays('2026-11-25', 7)).toBe('2026-12-02');
    expect(todayInput(new Date('2026-11-25T23:30:00Z'))).toBe('2026-11-25');
  });
});
