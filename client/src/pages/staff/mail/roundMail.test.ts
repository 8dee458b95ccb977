import type { InvitationMailStatus, InvitationMailTarget } from '@shared/mail/types';
import { describe, expect, it } from 'vitest';
import {
  defaultReminderInput,
  fromLocalInput,
  invitationGroups,
  invitationRecipients,
  invitationState,
  reminderProblem,
  toLocalInput,
} from './roundMail';

const target = (id: string, over: Partial<InvitationMailTarget> = {}): InvitationMailTarget => ({
  organisationId: id,
  contactEmail: `${id}@test.example`,
  contactLanguage: 'fi',
  hasLink: true,
  mailedAt: null,
  ...over,
});

describe('whom the invitations reach', () => {
  const status: InvitationMailStatus = {
    sending: false,
    organisations: [
      target('a', { mailedAt: '2027-01-10T08:00:00.000Z' }),
      target('b'),
      target('c', { contactEmail: null }),
      target('d', { hasLink: false }),
      target('e'),
    ],
  };

  it('tells sent, unsent and unmailable apart, a missing address before a missing link', () => {
    expect(status.organisations.map(invitationState)).toEqual(['sent', 'unsent', 'noAddress', 'noLink', 'unsent']);
    expect(invitationState(target('x', { contactEmail: null, hasLink: false }))).toBe('noAddress');
    expect(invitationGroups(status)).toEqual({ unsent: ['b', 'e'], sent: ['a'], missing: ['c', 'd'] });
  });

  it('sends only to the unsent unless asked to send to all that have an address and a link', () => {
    const groups = invitationGroups(status);
    expect(invitationRecipients(groups, 'unsent')).toEqual(['b', 'e']);
    expect(invitationRecipients(groups, 'all')).toEqual(['b', 'e', 'a']);
  });
});

describe("a reminder's moment", () => {
  // A round whose last day is 20 January 2027: it closes at the start of the 21st (UTC).
  const closesAt = '2027-01-21T00:00:00.000Z';

  it('reads and writes datetime-local values in the local time zone, refusing impossible dates', () => {
    const date = new Date(2027, 0, 18, 9, 5);
    expect(toLocalInput(date)).toBe('2027-01-18T09:05');
    expect(fromLocalInput('2027-01-18T09:05')?.getTime()).toBe(date.getTime());
    expect(fromLocalInput('2027-02-30T09:00')).toBeNull();
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('18.1.2027 9:05')).toBeNull();
  });

  it('defaults to 9 o’clock three days before the last day, else the next full hour, else nothing', () => {
    expect(defaultReminderInput(closesAt, new Date(2027, 0, 1, 12, 0))).toBe('2027-01-17T09:00');

    const late = new Date(Date.parse(closesAt) - 5 * 3600_000 - 20 * 60_000); // 5 h 20 min before closing
    const next = fromLocalInput(defaultReminderInput(closesAt, late))!;
    expect(next.getMinutes()).toBe(0);
    expect(next.getTime()).toBeGreaterThan(late.getTime());
    expect(next.getTime() - late.getTime()).toBeLessThanOrEqual(3600_000);

    expect(defaultReminderInput(closesAt, new Date(Date.parse(closesAt) - 10 * 60_000))).toBe('');
    expect(defaultReminderInput('not a date', new Date(2027, 0, 1))).toBe('');
  });

  it('must be a real moment in the future before the round closes', () => {
    const now = new Date(2027, 0, 10, 12, 0);
    expect(reminderProblem('', closesAt, now)).toBe('missing');
    expect(reminderProblem(toLocalInput(new Date(2027, 0, 15, 9, 0)), closesAt, now)).toBeNull();
    expect(reminderProblem(toLocalInput(new Date(2027, 0, 9, 9, 0)), closesAt, now)).toBe('outside');
    expect(reminderProblem(toLocalInput(new Date(Date.parse(closesAt) + 3600_000)), closesAt, now)).toBe('outside');
  });
});
