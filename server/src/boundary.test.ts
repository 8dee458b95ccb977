import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from './config';
import { checkBoundary, importsOf, isShared, type SourceFiles } from './test/boundary';

/** Every TypeScript file under client/ and server/, keyed by its repo-relative path. */
function readTree(): SourceFiles {
  const files: SourceFiles = new Map();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT_DIR, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'dist') walk(rel);
      else if (/\.tsx?$/.test(entry.name)) files.set(rel, fs.readFileSync(path.join(ROOT_DIR, rel), 'utf8'));
    }
  };
  walk('client');
  walk('server');
  return files;
}

const tree = readTree();

/** The real tree with some files replaced or added. */
const planted = (extra: Record<string, string>): SourceFiles => new Map([...tree, ...Object.entries(extra)]);

describe('the seam between client and server', () => {
  it('holds in the tree as it is', () => {
    expect(checkBoundary(tree)).toEqual([]);
  });

  it('the client reaches server/src only through @shared/', () => {
    const clientFiles = [...tree.keys()].filter((f) => f.startsWith('client/src/'));
    expect(clientFiles.length).toBeGreaterThan(50);
    const shared = clientFiles.flatMap((f) => importsOf(f, tree.get(f)!)).filter((i) => i.specifier.startsWith('@'));
    expect(shared.length).toBeGreaterThan(50);
    for (const { specifier } of shared) expect(specifier).toMatch(/^@shared\//);
  });

  it('the surface is the instrument model, every types.ts and contract.ts, and *.shared.ts', () => {
    expect(isShared('server/src/instrument/schema.ts')).toBe(true);
    expect(isShared('server/src/results/types.ts')).toBe(true);
    expect(isShared('server/src/rounds/contract.ts')).toBe(true);
    expect(isShared('server/src/contract.ts')).toBe(true);
    expect(isShared('server/src/http/endpoint.shared.ts')).toBe(true);
    expect(isShared('server/src/http/routes.ts')).toBe(false);
    expect(isShared('server/src/http/params.ts')).toBe(false);
    expect(isShared('server/src/responses/resume-code.shared.ts')).toBe(true);
    expect(isShared('server/src/instrument/schema.test.ts')).toBe(false);
    expect(isShared('server/src/instruments/store.ts')).toBe(false);
    expect(isShared('server/src/results/schemas.ts')).toBe(false);
    expect(isShared('server/src/http/errors.ts')).toBe(false);
  });
});

describe('the boundary check catches a planted wrong import', () => {
  const client = 'client/src/pages/Planted.tsx';

  it.each([
    ['a relative path into server/src', `import { audit } from '../../../server/src/audit/log';`],
    ['a server internal through the alias', `import type { AuditEntry } from '@shared/audit/log';`],
    ['a re-export of a server internal', `export { AppError } from '@shared/http/errors';`],
    ['a dynamic import of the database', `const db = await import('@shared/db/knex');`],
    ['a require()', `const errors = require('../../../server/src/http/errors');`],
    ['a value that brings zod along', `import { Instrument } from '@shared/instrument/schema';`],
    ['a test helper outside tests', `import { fixtureInstrument } from '@shared/instrument/fixture.test-helper';`],
    ['a Node.js built-in', `import fs from 'node:fs';`],
    ['a computed import', `const m = await import(name);`],
  ])('client: %s', (_what, line) => {
    const violations = checkBoundary(planted({ [client]: `${line}\nexport const x = 1;\n` }));
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ file: client });
  });

  it('client: type imports and values without zod pass', () => {
    const ok = [
      `import type { Instrument } from '@shared/instrument/schema';`,
      `import { type Figure, BAND_LIMITS } from '@shared/results/types';`,
      `import { localize } from '@shared/instrument/text';`,
      `import { formatResumeCode } from '@shared/responses/resume-code.shared';`,
      `import { useState } from 'react';`,
      `import { apiPath } from '../api/client';`,
    ].join('\n');
    expect(checkBoundary(planted({ [client]: ok }))).toEqual([]);
    // A test may use the model's schemas and fixtures.
    const test = 'client/src/pages/Planted.test.ts';
    const testImports = `import { Instrument } from '@shared/instrument/schema';\nimport { fixtureInstrument } from '@shared/instrument/fixture.test-helper';`;
    expect(checkBoundary(planted({ [test]: testImports }))).toEqual([]);
  });

  it.each([
    ['server/src/results/types.ts', `import { toNumber } from '../db/knex';`],
    ['server/src/users/types.ts', `import { hashPassword } from '../auth/password';`],
    ['server/src/actions/types.ts', `import { z } from 'zod';`],
    ['server/src/rounds/contract.ts', `import { CreateRoundBody } from './schemas';`],
    ['server/src/contract.ts', `import { z } from 'zod';`],
    ['server/src/instrument/planted.ts', `import fs from 'node:fs';`],
    ['server/src/instrument/planted.ts', `import { ValidationError } from '../http/errors';`],
    ['server/src/instrument/planted.ts', `import express from 'express';`],
    ['server/src/responses/planted.shared.ts', `import { randomInt } from 'node:crypto';`],
  ])('shared surface: %s imports %s', (file, line) => {
    const source = `${tree.get(file) ?? ''}\n${line}\n`;
    const violations = checkBoundary(planted({ [file]: source }));
    expect(violations.filter((v) => v.file === file)).toHaveLength(1);
  });

  it('zod in a types.ts is caught also where the client imports its values', () => {
    const file = 'server/src/actions/types.ts';
    const source = `${tree.get(file)}\nimport { z } from 'zod';\nexport const Body = z.object({});\n`;
    const rules = checkBoundary(planted({ [file]: source })).map((v) => [v.file, v.rule]);
    expect(rules).toContainEqual([file, expect.stringMatching(/no package/)]);
    expect(rules).toContainEqual(['client/src/lib/results/actions.ts', expect.stringMatching(/zod/)]);
  });

  it('a migration that imports live feature code', () => {
    const file = 'server/src/db/migrations/20990101000000-planted.ts';
    const source = `import type { Knex } from 'knex';\nimport { rebuildRollups } from '../../results/rollups';\n`;
    expect(checkBoundary(planted({ [file]: source }))).toEqual([
      expect.objectContaining({ file, specifier: '../../results/rollups' }),
    ]);
  });

  it('the server importing client code', () => {
    const file = 'server/src/results/planted.ts';
    const violations = checkBoundary(planted({ [file]: `import { paths } from '../../../client/src/lib/paths';` }));
    expect(violations).toEqual([expect.objectContaining({ file })]);
  });
});
