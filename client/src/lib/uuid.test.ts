import { describe, expect, it } from 'vitest';
import { newUuid } from './uuid';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newUuid', () => {
  it('gives a version 4 UUID', () => {
    expect(newUuid()).toMatch(UUID_V4);
  });

  it('gives distinct ones without crypto.randomUUID (pages served over plain http)', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 50 }, newUuid));
      expect(ids.size).toBe(50);
      for (const id of ids) expect(id).toMatch(UUID_V4);
    } finally {
      // The own property shadowed the prototype's method; removing it brings that back.
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
  });
});
