/** Builds the client when client/dist is missing or older than any of its sources (the shared surface included). */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

/** The newest modification time of a file, or of anything under a folder. */
function newestChange(file: string): number {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(file)) newest = Math.max(newest, newestChange(path.join(file, entry)));
  return newest;
}

const BUILT = path.join(ROOT, 'client', 'dist', 'index.html');

/** When client/dist was last built (undefined when it is missing). */
export function clientBuiltAt(): number | undefined {
  return existsSync(BUILT) ? statSync(BUILT).mtimeMs : undefined;
}

/** Returns whether a build ran; throws with vite's output when the build fails. */
export function ensureClientBuilt(): boolean {
  const built = BUILT;
  const sources = [
    ...['src', 'public', 'index.html', 'vite.config.ts'].map((p) => path.join(ROOT, 'client', p)),
    // The client bundles the shared surface (@shared/… in server/src) and resolves it through tsconfig.json.
    path.join(ROOT, 'server', 'src'),
    path.join(ROOT, 'tsconfig.json'),
  ];
  if (existsSync(built)) {
    const builtAt = statSync(built).mtimeMs;
    if (sources.every((source) => !existsSync(source) || newestChange(source) <= builtAt)) return false;
  }
  const result = spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'vite'),
    ['build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`the client build failed:\n${result.stdout}${result.stderr}`);
  return true;
}
