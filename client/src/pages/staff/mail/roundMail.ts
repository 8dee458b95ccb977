/**
 * The round page's mail section without React: which organisations an
 * invitation would reach, and the reminder's moment as a local date and time
 * (`<input type="datetime-local">`) checked against the round's dates.
 */
import type { InvitationMailStatus, InvitationMailTarget, InvitationMailTargets } from '@shared/mail/types';
import { addDays, closesAtToLastDay } from '../../../lib/roundDates';

const HOUR_MS = 60 * 60 * 1000;
/** A reminder goes by default this many days before the round's last day, at this local hour. */
export const REMINDER_DAYS_BEFORE = 3;
const REMINDER_HOUR = 9;

export type InvitationState = 'sent' | 'unsent' | 'noAddress' | 'noLink';

/** Where one organisation stands: mailed its current link, ready to be mailed, or not mailable (and why). */
export function invitationState(target: InvitationMailTarget): InvitationState {
  if (!target.contactEmail) return 'noAddress';
  if (!target.hasLink) return 'noLink';
  return target.mailedAt ? 'sent' : 'unsent';
}

export type InvitationGroups = { unsent: string[]; sent: string[]; missing: string[] };

/** The organisations' ids by state, in the server's order. */
export function invitationGroups(status: InvitationMailStatus): InvitationGroups {
  const groups: InvitationGroups = { unsent: [], sent: [], missing: [] };
  for (const target of status.organisations) {
    const state = invitationState(target);
    groups[state === 'noAddress' || state === 'noLink' ? 'missing' : state].push(target.organisationId);
  }
  return groups;
}

/** Whom "send" reaches with the chosen targets, as the server decides it (mail/rounds.ts). */
export function invitationRecipients(groups: InvitationGroups, to: InvitationMailTargets): string[] {
  return to === 'all' ? [...groups.unsent, ...groups.sent] : groups.unsent;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as `YYYY-MM-DDTHH:mm` in the browser's time zone, for `<input type="datetime-local">`. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The moment of a `datetime-local` value in the browser's time zone; null when it is none. */
export function fromLocalInput(value: string): Date | null {
  const m = LOCAL.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(year, month - 1, day, hour, minute);
  // 2027-02-30 rolls over to March: not a real date.
  return date.getDate() === day && date.getMonth() === month - 1 ? date : null;
}

/**
 * The reminder's default moment: 9 o'clock (local) three days before the
 * round's last day to answer (as the staff pages show that day); when that
 * has passed, the next full hour; '' when no moment is left before closing.
 */
export function defaultReminderInput(closesAt: string, now = new Date()): string {
  const closes = Date.parse(closesAt);
  if (Number.isNaN(closes)) return '';
  const day = addDays(closesAtToLastDay(closesAt), -REMINDER_DAYS_BEFORE);
  const preferred = fromLocalInput(`${day}T${pad(REMINDER_HOUR)}:00`);
  if (preferred && preferred.getTime() > now.getTime() && preferred.getTime() < closes) return toLocalInput(preferred);
  const nextHour = new Date(now.getTime());
  nextHour.setMinutes(0, 0, 0);
  nextHour.setTime(nextHour.getTime() + HOUR_MS);
  return nextHour.getTime() < closes ? toLocalInput(nextHour) : '';
}

export type ReminderProblem = 'missing' | 'outside';

/** What is wrong with a reminder's moment before the server is asked: none, no moment, or not before closing. */
export function reminderProblem(value: string, closesAt: string, now = new Date()): ReminderProblem | null {
  const date = fromLocalInput(value);
  if (!date) return 'missing';
  return date.getTime() > now.getTime() && date.getTime() < Date.parse(closesAt) ? null : 'outside';
}
