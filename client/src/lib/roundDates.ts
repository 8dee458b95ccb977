/**
 * A round's dates as the staff forms show them. The API takes a bare date as
 * the start of that day (UTC) and closes a round at `closesAt`; people think of
 * the last day one can answer. So the form's "last day" is the day before
 * `closesAt`, and saving sends the day after it.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` of an instant, in UTC (the server's calendar). */
function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whether a string is a real calendar date `YYYY-MM-DD`. */
export function isDateInput(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && utcDate(date.getTime()) === value;
}

/** The opening day of a round, for `<input type="date">`. */
export function opensAtToInput(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : utcDate(ms);
}

/** The last day a round takes answers: the day of the last moment before `closesAt`. */
export function closesAtToLastDay(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : utcDate(ms - 1);
}

/** `closesAt` for a round whose last day is `lastDay`: the start of the following day. */
export function lastDayToClosesAt(lastDay: string): string {
  return utcDate(Date.parse(`${lastDay}T00:00:00Z`) + DAY_MS);
}

/** Today in UTC, for a new round's default opening day. */
export function todayInput(now = new Date()): string {
  return utcDate(now.getTime());
}

/** A day `days` after `date` (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  return utcDate(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
}
