/** Action plans' shapes (shared with the client). */
import { z } from 'zod';
import type { Figure } from '../results/types';

export const ACTION_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type TargetKind = 'indicator' | 'standard';

export type ActionView = {
  id: string;
  roundId: string;
  organisationId: string;
  targetKind: TargetKind;
  targetId: string;
  title: string;
  responsible: string;
  dueDate: string;
  status: ActionStatus;
  notes: string | null;
  /** Due date passed and not done. */
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
};

/** A weak spot the report suggests acting on: the lowest-scoring shown figures. */
export type Suggestion = { targetKind: TargetKind; targetId: string } & Figure;

export type ActionPlan = { actions: ActionView[]; suggestions: Suggestion[] };

/** An earlier round's action beside the change in its target's scores since. */
export type ActionFollowUp = ActionView & {
  roundName: { fi: string; sv?: string; en?: string };
  /** The target's ids in this round's instrument version (followed through `replaces`). */
  currentIds: string[];
  before: Figure | null;
  after: Figure | null;
  /** after.mean − before.mean when both are shown. */
  change: number | null;
};

const Text = (max: number, what: string) =>
  z.string().trim().min(1, `${what} is required`).max(max, `${what} has at most ${max} characters`);

export const CreateActionBody = z
  .object({
    targetKind: z.enum(['indicator', 'standard']),
    targetId: z.string().min(1).max(64),
    title: Text(500, 'the action'),
    responsible: Text(200, 'the responsible party'),
    dueDate: z.iso.date({ error: 'a date as YYYY-MM-DD, e.g. 2027-03-31' }),
    status: z.enum(ACTION_STATUSES).default('planned'),
    notes: z.string().max(4000, 'notes have at most 4000 characters').nullable().optional(),
  })
  .strict();
export type CreateActionBody = z.infer<typeof CreateActionBody>;

export const UpdateActionBody = z
  .object({
    title: Text(500, 'the action').optional(),
    responsible: Text(200, 'the responsible party').optional(),
    dueDate: z.iso.date({ error: 'a date as YYYY-MM-DD, e.g. 2027-03-31' }).optional(),
    status: z.enum(ACTION_STATUSES).optional(),
    notes: z.string().max(4000, 'notes have at most 4000 characters').nullable().optional(),
  })
  .strict();
export type UpdateActionBody = z.infer<typeof UpdateActionBody>;
