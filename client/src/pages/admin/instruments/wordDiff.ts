/**
 * Word-level difference of two texts (a longest common subsequence over
 * words, each with the spaces after it), so that a changed text shows the words
 * that changed rather than two whole strings.
 */
export type WordPart = { text: string; change: 'same' | 'removed' | 'added' };

// A word with the spaces after it: spaces alone would match everywhere and scatter the changes.
const tokens = (text: string) => text.split(/(?<=\s)(?=\S)/).filter((t) => t !== '');

/** Texts longer than this many words are compared whole (the table is quadratic). */
const MAX_WORDS = 1500;

export function wordDiff(before: string, after: string): WordPart[] {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length * b.length > MAX_WORDS * MAX_WORDS) {
    return [
      { text: before, change: 'removed' },
      { text: after, change: 'added' },
    ];
  }
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const parts: WordPart[] = [];
  const push = (text: string, change: WordPart['change']) => {
    const last = parts.at(-1);
    if (last?.change === change) last.text += text;
    else parts.push({ text, change });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(a[i++]!, 'same');
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) push(b[j++]!, 'added');
    else push(a[i++]!, 'removed');
  }
  return parts;
}
