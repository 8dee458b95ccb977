import { describe, expect, it } from 'vitest';
import { foreignWords, untranslatedWords, vocabulary } from './literals';

describe('untranslatedWords', () => {
  it('finds Finnish and English words of the catalogs in a Swedish text', () => {
    const found = untranslatedWords('Resultat: Tallenna the answers innan omgången stänger', 'sv');
    expect(found.map((f) => [f.word, f.from])).toEqual([
      ['tallenna', 'fi'],
      ['answers', 'en'],
    ]);
  });

  it('lets words pass that the language itself uses, whatever their spelling elsewhere', () => {
    expect(vocabulary('sv').has('standard')).toBe(true);
    expect(foreignWords('sv').has('standard')).toBe(false);
    expect(untranslatedWords('Delområde 1, standard 1.2: medelvärde 3,4 (n = 12)', 'sv')).toEqual([]);
  });

  it('takes region names and addresses for what they are', () => {
    expect(untranslatedWords('Alueen tulokset: Pohjois-Savo', 'fi')).toEqual([]);
    expect(untranslatedWords('admin@laatupeili.example · https://example.org/results', 'fi')).toEqual([]);
  });

  it('gives context for each word once', () => {
    const found = untranslatedWords('Tallenna. Tallenna nyt.', 'sv');
    expect(found).toHaveLength(1);
    expect(found[0]?.context).toContain('Tallenna');
  });
});
