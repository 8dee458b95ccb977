import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../lib/storage';
import { localDraftStore } from './localDraft';

describe('localDraftStore', () => {
  it('keeps one record a code', () => {
    const storage = memoryStorage();
    const a = localDraftStore(storage, 'AAAAA-11111');
    const b = localDraftStore(storage, 'BBBBB-22222');
    a.write({ baseRevision: 2, payload: { answers: { q1: { value: 3 } } }, changedAt: '2026-11-25T10:00:00Z' });
    expect(a.read()).toEqual({
      baseRevision: 2,
      payload: { answers: { q1: { value: 3 } } },
      changedAt: '2026-11-25T10:00:00Z',
    });
    expect(b.read()).toBeUndefined();
    a.clear();
    expect(a.read()).toBeUndefined();
  });

  it('ignores a record it cannot read', () => {
    const storage = memoryStorage({
      'laatupeili.draft.A': '{"baseRevision":"x","payload":{}}',
      'laatupeili.draft.B': 'not json',
      'laatupeili.draft.C': '{"baseRevision":1,"payload":{"answers":{}},"sent":"nonsense"}',
    });
    expect(localDraftStore(storage, 'A').read()).toBeUndefined();
    expect(localDraftStore(storage, 'B').read()).toBeUndefined();
    expect(localDraftStore(storage, 'C').read()).toEqual({ baseRevision: 1, payload: { answers: {} }, changedAt: '' });
  });

  it('works, keeping nothing, without storage', () => {
    const store = localDraftStore(undefined, 'A');
    store.write({ baseRevision: 0, payload: { answers: {} }, changedAt: '' });
    expect(store.read()).toBeUndefined();
  });
});
