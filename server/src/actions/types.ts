/** Action plans' shapes (shared with the client). */
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

/** An action among a region's (or the whole round's), with its organisation. */
export type RegionActionView = ActionView & { organisationName: string; regionCode: string };

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

/** What the client sends to add an action. */
export type CreateActionInput = {
  targetKind: TargetKind;
  targetId: string;
  title: string;
  responsible: string;
  /** YYYY-MM-DD */
  dueDate: string;
  status?: ActionStatus;
  notes?: string | null;
};

/** What the client sends to change an action: any of its fields. */
export type UpdateActionInput = Partial<Omit<CreateActionInput, 'targetKind' | 'targetId'>>;
