/**
 * What this browser remembers of invitation links: the draft started from a
 * link (so that opening the link again continues it), and the id of a start
 * that has not been answered yet (so that a retried start finds the same draft).
 */
import { isRecord, readJson, type StorageLike, writeJson } from './storage';

const DRAFTS_KEY = 'laatupeili.invitations';
const startKey = (token: string) => `laatupeili.start.${token}`;

export type RememberedDraft = { code: string; submitted: boolean };

function allDrafts(storage: StorageLike | undefined): Record<string, RememberedDraft> {
  const value = readJson(storage, DRAFTS_KEY);
  if (!isRecord(value)) return {};
  const out: Record<string, RememberedDraft> = {};
  for (const [token, entry] of Object.entries(value)) {
    if (isRecord(entry) && typeof entry.code === 'string') {
      out[token] = { code: entry.code, submitted: entry.submitted === true };
    }
  }
  return out;
}

export function rememberedDraft(storage: StorageLike | undefined, token: string): RememberedDraft | undefined {
  return allDrafts(storage)[token];
}

export function rememberDraft(storage: StorageLike | undefined, token: string, code: string): void {
  writeJson(storage, DRAFTS_KEY, { ...allDrafts(storage), [token]: { code, submitted: false } });
}

/** Marks the draft of this code as submitted, under whichever link it was started from. */
export function markSubmitted(storage: StorageLike | undefined, code: string): void {
  const drafts = allDrafts(storage);
  let changed = false;
  for (const entry of Object.values(drafts)) {
    if (entry.code === code && !entry.submitted) {
      entry.submitted = true;
      changed = true;
    }
  }
  if (changed) writeJson(storage, DRAFTS_KEY, drafts);
}

export function forgetDraft(storage: StorageLike | undefined, token: string): void {
  const { [token]: _, ...rest } = allDrafts(storage);
  writeJson(storage, DRAFTS_KEY, rest);
}

/** The draft id for starting from this link: the same one until a start has succeeded. */
export function startId(storage: StorageLike | undefined, token: string, newId: () => string): string {
  const stored = readJson(storage, startKey(token));
  if (typeof stored === 'string' && stored) return stored;
  const id = newId();
  writeJson(storage, startKey(token), id);
  return id;
}

export function forgetStartId(storage: StorageLike | undefined, token: string): void {
  try {
    storage?.removeItem(startKey(token));
  } catch {
    // Nothing to forget.
  }
}
