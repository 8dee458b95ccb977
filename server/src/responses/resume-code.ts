/** New resume codes and their stored hash; the format itself is in resume-code.shared.ts (shared with the client). */
import { createHash, randomInt } from 'node:crypto';
import { RESUME_CODE_ALPHABET, RESUME_CODE_LENGTH } from './resume-code.shared';

export { normalizeResumeCode } from './resume-code.shared';

export function newResumeCode(): string {
  let code = '';
  for (let i = 0; i < RESUME_CODE_LENGTH; i++) code += RESUME_CODE_ALPHABET[randomInt(RESUME_CODE_ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export function hashResumeCode(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}
