import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const OUTPUT_DIR = path.join(ROOT, 'test-output', 'e2e');
