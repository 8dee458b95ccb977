/**
 * Resume codes as people type them (shared with the client, so no Node.js
 * imports): 10 characters of Crockford's base32, shown as XXXXX-XXXXX; any
 * case, spaces and hyphens, and the look-alikes O/0 and I/L/1 are forgiven.
 */
export const RESUME_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RESUME_CODE_LENGTH = 10;

/** The canonical form of a typed code without its hyphen, or undefined when it cannot be one. */
export function normalizeResumeCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== RESUME_CODE_LENGTH || [...code].some((c) => !RESUME_CODE_ALPHABET.includes(c))) return undefined;
  return code;
}

/** The code as shown, stored and put in addresses: XXXXX-XXXXX. */
export function formatResumeCode(input: string): string | undefined {
  const code = normalizeResumeCode(input);
  return code && `${code.slice(0, 5)}-${code.slice(5)}`;
}
