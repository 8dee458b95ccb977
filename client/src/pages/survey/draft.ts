/**
 * The answers of an unsent survey, kept in sessionStorage: a reload or a
 * failed send loses nothing, and the response id stays the same, so that a
 * retried submit is recognised by the server as the same response.
 */
export type Draft = { responseId: string; data: Record<string, unknown>; pageNo: number };

const key = (roundId: string, organisationId: string) => `laatupeili.draft.${roundId}.${organisationId}`;

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.responseId === 'string' &&
    typeof v.pageNo === 'number' &&
    typeof v.data === 'object' &&
    v.data !== null &&
    !Array.isArray(v.data)
  );
}

export function loadDraft(roundId: string, organisationId: string): Draft {
  try {
    const raw = window.sessionStorage.getItem(key(roundId, organisationId));
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    if (isDraft(parsed)) return parsed;
  } catch {
    // Unreadable or blocked storage: start afresh.
  }
  return { responseId: crypto.randomUUID(), data: {}, pageNo: 0 };
}

export function saveDraft(roundId: string, organisationId: string, draft: Draft): void {
  try {
    window.sessionStorage.setItem(key(roundId, organisationId), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the answers are still in the open page.
  }
}

export function clearDraft(roundId: string, organisationId: string): void {
  try {
    window.sessionStorage.removeItem(key(roundId, organisationId));
  } catch {
    // Nothing to clear.
  }
}
