/**
 * The seam between client and server, as a check over import statements.
 *
 * The shared surface is what both sides run: the pure instrument model
 * (`server/src/instrument/`), each feature's `types.ts` (its API shapes: types
 * and constants only) and `contract.ts` (its endpoints), the whole contract
 * (`server/src/contract.ts`) and any `*.shared.ts` module. The client reaches it only
 * through the `@shared/` alias; the surface imports nothing but itself (and
 * zod, for the instrument model's schema); a client module that ships in the
 * bundle never imports a value whose module pulls zod in; a migration imports
 * nothing but knex's types, so it never changes once landed.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

export const SHARED_ALIAS = '@shared/';
const SHARED_ROOT = 'server/src/';
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Repo-relative path (with forward slashes) → source text. */
export type SourceFiles = Map<string, string>;

export type Violation = { file: string; specifier: string; rule: string };

type Import = { specifier: string; typeOnly: boolean };

const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const isTestHelper = (file: string) => /\.test-helper\.ts$/.test(file);
const isClient = (file: string) => file.startsWith('client/src/');
const isMigration = (file: string) => file.startsWith('server/src/db/migrations/');
const BUILTINS = new Set(builtinModules);
const isBuiltin = (specifier: string) => specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0] ?? '');

/** The shared surface: the pure instrument model, every `types.ts` and `contract.ts`, and `*.shared.ts` modules. */
export function isShared(file: string): boolean {
  if (!file.startsWith(SHARED_ROOT) || isTest(file)) return false;
  const rest = file.slice(SHARED_ROOT.length);
  return (
    rest.startsWith('instrument/') ||
    rest === 'contract.ts' ||
    /^[\w-]+\/(types|contract)\.ts$/.test(rest) ||
    /\.shared\.ts$/.test(rest)
  );
}

/** A shared module whose only job is types and constants: it imports no package at all. */
const isTypesOnly = (file: string) => isShared(file) && !file.startsWith(`${SHARED_ROOT}instrument/`);

const parsed = new Map<string, Import[]>();

/** Every import, re-export, dynamic import and `import x = require()` of a module, marked when type-only. */
export function importsOf(file: string, source: string): Import[] {
  const key = `${file}\0${source}`;
  const cached = parsed.get(key);
  if (cached) return cached;
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, kind);
  const found: Import[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      // `import type …`, or only `{ type A, type B }`: erased from the output. `import 'x'` and `* as x` are values.
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name && !!named && ts.isNamedImports(named) && named.elements.every((e) => e.isTypeOnly)));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause;
      const allTypes =
        node.isTypeOnly || (!!named && ts.isNamedExports(named) && named.elements.every((e) => e.isTypeOnly));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: allTypes });
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push({ specifier: node.moduleReference.expression.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      const [arg] = node.arguments;
      // A computed specifier cannot be checked: report it as such.
      found.push({ specifier: arg && ts.isStringLiteralLike(arg) ? arg.text : '<computed>', typeOnly: false });
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      if (ts.isLiteralTypeNode(arg) && ts.isStringLiteral(arg.literal)) {
        found.push({ specifier: arg.literal.text, typeOnly: true });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  parsed.set(key, found);
  return found;
}

/** The repo-relative file an import names, or undefined for a package (or a file that does not exist). */
function resolve(files: SourceFiles, from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith(SHARED_ALIAS)) base = SHARED_ROOT + specifier.slice(SHARED_ALIAS.length);
  else if (specifier.startsWith('.')) base = path.posix.join(path.posix.dirname(from), specifier);
  else return undefined;
  for (const ext of EXTENSIONS) if (files.has(base + ext)) return base + ext;
  return base;
}

const isPackage = (specifier: string) => !specifier.startsWith('.') && !specifier.startsWith(SHARED_ALIAS);

/** The checks above over a set of source files; every violation, in file order. */
export function checkBoundary(files: SourceFiles): Violation[] {
  const imports = new Map([...files].map(([file, source]) => [file, importsOf(file, source)]));
  const out: Violation[] = [];
  const report = (file: string, specifier: string, rule: string) => out.push({ file, specifier, rule });

  // Shared modules whose values bring zod along: directly, or through a value import of one that does.
  const zodMemo = new Map<string, boolean>();
  const pullsZod = (file: string, seen = new Set<string>()): boolean => {
    const known = zodMemo.get(file);
    if (known !== undefined) return known;
    if (seen.has(file)) return false;
    seen.add(file);
    const result = (imports.get(file) ?? []).some(({ specifier, typeOnly }) => {
      if (typeOnly) return false;
      if (specifier === 'zod' || specifier.startsWith('zod/')) return true;
      const target = resolve(files, file, specifier);
      return target !== undefined && pullsZod(target, seen);
    });
    zodMemo.set(file, result);
    return result;
  };

  for (const [file, list] of imports) {
    for (const { specifier, typeOnly } of list) {
      const target = resolve(files, file, specifier);
      if (isClient(file)) {
        if (specifier === '<computed>') report(file, specifier, 'a computed import cannot be checked');
        else if (specifier.startsWith(SHARED_ALIAS)) {
          if (!target || !isShared(target)) report(file, specifier, '@shared/ reaches only the shared surface');
          else if (isTestHelper(target) && !isTest(file)) report(file, specifier, 'a test helper only in tests');
          else if (!typeOnly && !isTest(file) && pullsZod(target)) {
            report(file, specifier, 'brings zod into the client bundle: import its types only');
          }
        } else if (target && !target.startsWith('client/')) {
          report(file, specifier, 'the client reaches the server only through @shared/');
        } else if (isPackage(specifier) && isBuiltin(specifier) && !isTest(file)) {
          report(file, specifier, 'no Node.js built-in in the browser');
        }
      }
      if (isShared(file)) {
        if (specifier === '<computed>') report(file, specifier, 'a computed import cannot be checked');
        else if (isPackage(specifier)) {
          if (isTypesOnly(file) || specifier !== 'zod') {
            report(file, specifier, 'the shared surface imports no package but zod (and types.ts none at all)');
          }
        } else if (!target || !isShared(target)) {
          report(file, specifier, 'the shared surface imports only the shared surface');
        }
      } else if (file.startsWith('server/') && target?.startsWith('client/')) {
        report(file, specifier, 'the server never imports client code');
      }
      if (isMigration(file) && !(specifier === 'knex' && typeOnly)) {
        report(file, specifier, 'a migration imports only knex types, never live code');
      }
    }
  }
  return out;
}
