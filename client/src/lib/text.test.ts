import { describe, expect, it } from 'vitest';
import { wrapText } from './text';

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('Ohjaus edistää asiakkaan voimaantumista', 16)).toEqual([
      'Ohjaus edistää',
      'asiakkaan',
      'voimaantumista',
    ]);
  });

  it('keeps a word longer than the width whole', () => {
    expect(wrapText('a ohjauspalvelujensaatavuus b', 5)).toEqual(['a', 'ohjauspalvelujensaatavuus', 'b']);
  });

  it('gives no lines for an empty text', () => {
    expect(wrapText('  ', 10)).toEqual([]);
  });
});
