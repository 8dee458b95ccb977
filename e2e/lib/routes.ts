/**
 * The client's routes, read from its route tables (App.tsx and every
 * pages/**\/routes.tsx), so that a page added later is checked without
 * editing this suite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

export type AppRoute = { pattern: string; staff: boolean };

const SRC = path.join(ROOT, 'client', 'src');

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'routes.tsx' ? [full] : [];
  });
}

function pathsIn(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/\bpath:\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/** Every route pattern; `staff` when it comes from a staff route table (and so needs a signed-in user). */
export function collectRoutes(): AppRoute[] {
  const publicRoutes = pathsIn(path.join(SRC, 'App.tsx')).map((pattern) => ({ pattern, staff: false }));
  const staffRoutes = routeFiles(path.join(SRC, 'pages')).flatMap((file) =>
    pathsIn(file).map((pattern) => ({ pattern, staff: pattern !== 'sign-in' })),
  );
  return [{ pattern: '', staff: false }, ...publicRoutes, ...staffRoutes];
}

/** The URL of a route with its parameters filled in, or the names of the parameters nobody knows. */
export function resolveRoute(
  pattern: string,
  params: Record<string, string>,
): { url: string; missing?: undefined } | { url?: undefined; missing: string[] } {
  if (pattern === '*') return { url: '/no-such-page' };
  const missing: string[] = [];
  const url = `/${pattern.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) missing.push(name);
    return encodeURIComponent(value ?? '');
  })}`;
  return missing.length ? { missing } : { url };
}
