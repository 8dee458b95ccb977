import { describe, expect, it } from 'vitest';
import { forgetDraft, forgetStartId, markSubmitted, rememberDraft, rememberedDraft, startId } from './invitationMemory';
import { memoryStorage, type StorageLike } from './storage';

describe('invitation memory', () => {
  it('remembers the draft of each link and marks it submitted by code', () => {
    const storage = memoryStorage();
    rememberDraft(storage, 'demo-1', 'AAAAA-11111');
    rememberDraft(storage, 'demo-2', 'BBBBB-22222');
    expect(rememberedDraft(storage, 'demo-1')).toEqual({ code: 'AAAAA-11111', submitted: false });

    markSubmitted(storage, 'BBBBB-22222');
    expect(rememberedDraft(storage, 'demo-2')).toEqual({ code: 'BBBBB-22222', submitted: true });
    expect(rememberedDraft(storage, 'demo-1')?.submitted).toBe(false);

    forgetDraft(storage, 'demo-1');
    expect(rememberedDraft(storage, 'demo-1')).toBeUndefined();
    expect(rememberedDraft(storage, 'demo-2')).toBeDefined();
  });

  it('ignores unreadable storage contents', () => {
    const storage = memoryStorage({ 'laatupeili.invitations': '{not json' });
    expect(rememberedDraft(storage, 'demo-1')).toBeUndefined();
    rememberDraft(storage, 'demo-1', 'AAAAA-11111');
    expect(rememberedDraft(storage, 'demo-1')?.code).toBe('AAAAA-11111');
  });

  it('keeps one start id per link until the start is done', () => {
    const storage = memoryStorage();
    let n = 0;
    const newId = () => `id-${++n}`;
    expect(startId(storage, 'demo-1', newId)).toBe('id-1');
    expect(startId(storage, 'demo-1', newId)).toBe('id-1');
    expect(startId(storage, 'demo-2', newId)).toBe('id-2');
    forgetStartId(storage, 'demo-1');
    expect(startId(storage, 'demo-1', newId)).toBe('id-3');
  });

  it('works without storage and when storage throws', () => {
    const throwing: StorageLike = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    for (const storage of [undefined, throwing]) {
      rememberDraft(storage, 'demo-1', 'AAAAA-11111');
      expect(rememberedDraft(storage, 'demo-1')).toBeUndefined();
      expect(startId(storage, 'demo-1', () => 'fresh')).toBe('fresh');
      forgetStartId(storage, 'demo-1');
    }
  });
});
