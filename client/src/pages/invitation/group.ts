/** A working group's name and number of participants, as typed, and their checks (the server's limits). */
import { LIMITS } from '@shared/instrument/text';

export type GroupInput = { name: string; participants: string };

export type GroupErrors = {
  name?: 'required' | 'tooLong';
  participants?: 'required' | 'notWhole' | 'range';
};

export const MAX_PARTICIPANTS = LIMITS.participants;

function parseCount(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

export function checkGroup(input: GroupInput): GroupErrors {
  const errors: GroupErrors = {};
  const name = input.name.trim();
  if (!name) errors.name = 'required';
  else if (name.length > LIMITS.groupName) errors.name = 'tooLong';
  const count = parseCount(input.participants);
  if (!input.participants.trim()) errors.participants = 'required';
  else if (count === undefined) errors.participants = 'notWhole';
  else if (count < 1 || count > MAX_PARTICIPANTS) errors.participants = 'range';
  return errors;
}

export const hasErrors = (errors: GroupErrors) => errors.name !== undefined || errors.participants !== undefined;

/** The valid parts as API fields; an invalid part is left out, so the server keeps what it has. */
export function groupFields(input: GroupInput): { groupName?: string; participants?: number } {
  const errors = checkGroup(input);
  const count = parseCount(input.participants);
  return {
    ...(errors.name ? {} : { groupName: input.name.trim() }),
    ...(errors.participants || count === undefined ? {} : { participants: count }),
  };
}

export function groupInput(groupName: string | null, participants: number | null): GroupInput {
  return { name: groupName ?? '', participants: participants === null ? '' : String(participants) };
}
