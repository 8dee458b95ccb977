/** The outbox API's input schema (server-only). */
import { z } from 'zod';
import { accepting } from '../http/input';
import { Email } from '../users/schemas';
import {
  INVITATION_MAIL_TARGETS,
  type InvitationMailInput,
  MAIL_STATUSES,
  type OutboxQuery as Query,
  type ResumeCodeMailInput,
  type ScheduleReminderInput,
} from './types';

export const OutboxQuery = accepting<Query>()(z.object({ status: z.enum(MAIL_STATUSES).optional() }).strict());

export const InvitationMailBody = accepting<InvitationMailInput>()(
  z.object({ to: z.enum(INVITATION_MAIL_TARGETS).optional() }).strict(),
);

export const ScheduleReminderBody = accepting<ScheduleReminderInput>()(
  z
    .object({
      sendAt: z.iso.datetime({ offset: true, error: 'a date and time such as 2027-01-20T09:00:00+02:00' }),
      includeMet: z.boolean().optional(),
    })
    .strict(),
);

export const ResumeCodeMailBody = accepting<ResumeCodeMailInput>()(
  z
    .object({
      email: Email,
    })
    .strict(),
);
