/**
 * Resume codes: 10 characters of Crockford's base32 (50 bits), shown as
 * XXXXX-XXXXX. Typed back in, they forgive case, spaces, hyphens and the
 * look-alikes O/0 and I/L/1. Only their SHA-256 is stored.
 */
import { createHash, randomInt } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 10;

export function newResumeCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** The canonical form of a typed code, or undefined when it cannot be one. */
export function normalizeResumeCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== LENGTH || [...code].some((c) => !ALPHABET.includes(c))) return undefined;
  return code;
}

export function hashResumeCode(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}
