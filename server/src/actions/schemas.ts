/** The action plan's input schemas (server-only; the client's types are in ./types). */
import { z } from 'zod';
import { accepting } from '../http/input';
import { ACTION_STATUSES, type CreateActionInput, type UpdateActionInput } from './types';

const Text = (max: number, what: string) =>
  z.string().trim().min(1, `${what} is required`).max(max, `${what} has at most ${max} characters`);

export const CreateActionBody = accepting<CreateActionInput>()(
  z
    .object({
      targetKind: z.enum(['indicator', 'standard']),
      targetId: z.string().min(1).max(64),
      title: Text(500, 'the action'),
      responsible: Text(200, 'the responsible party'),
      dueDate: z.iso.date({ error: 'a date as YYYY-MM-DD, e.g. 2027-03-31' }),
      status: z.enum(ACTION_STATUSES).default('planned'),
      notes: z.string().max(4000, 'notes have at most 4000 characters').nullable().optional(),
    })
    .strict(),
);
export type CreateActionBody = z.infer<typeof CreateActionBody>;

export const UpdateActionBody = accepting<UpdateActionInput>()(
  z
    .object({
      title: Text(500, 'the action').optional(),
      responsible: Text(200, 'the responsible party').optional(),
      dueDate: z.iso.date({ error: 'a date as YYYY-MM-DD, e.g. 2027-03-31' }).optional(),
      status: z.enum(ACTION_STATUSES).optional(),
      notes: z.string().max(4000, 'notes have at most 4000 characters').nullable().optional(),
    })
    .strict(),
);
export type UpdateActionBody = z.infer<typeof UpdateActionBody>;
