/** The outbox API's input schema (server-only). */
import { z } from 'zod';
import { accepting } from '../http/input';
import { MAIL_STATUSES, type OutboxQuery as Query } from './types';

export const OutboxQuery = accepting<Query>()(z.object({ status: z.enum(MAIL_STATUSES).optional() }).strict());
