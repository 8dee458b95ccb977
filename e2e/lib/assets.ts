/**
 * A copy of the built client taken at the start of a run. When another
 * process rebuilds client/dist meanwhile (vite empties the folder first, and
 * new sources give new chunk names), open pages would ask for chunks that are
 * gone and new pages could meet a half-written folder. After such a rebuild
 * the pages' HTML and chunks come from the copy, with the server's headers;
 * the API is never touched. Without a rebuild every request goes to the server.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { clientBuiltAt } from './build';
import { ROOT } from './paths';

export type AssetSnapshot = { dir: string; builtAt: number | undefined; used: number; remove: () => void };

export function snapshotAssets(): AssetSnapshot {
  const dir = mkdtempSync(path.join(tmpdir(), 'laatupeili-e2e-assets-'));
  cpSync(path.join(ROOT, 'client', 'dist'), dir, { recursive: true });
  return { dir, builtAt: clientBuiltAt(), used: 0, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

export async function serveVanishedAssets(context: BrowserContext, snapshot: AssetSnapshot): Promise<void> {
  const rebuilt = () => clientBuiltAt() !== snapshot.builtAt;
  await context.route('**/assets/**', async (route) => {
    const file = path.join(snapshot.dir, 'assets', path.basename(new URL(route.request().url()).pathname));
    if (!rebuilt() || !existsSync(file)) return route.continue();
    snapshot.used++;
    return route.fulfill({
      body: readFileSync(file),
      contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
  });
  await context.route(
    (url) => !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/assets/'),
    async (route) => {
      if (!rebuilt() || route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      snapshot.used++;
      // The server's headers (the CSP among them) over the copy's page; the body's own headers are the copy's.
      const headers = Object.fromEntries(
        Object.entries(response.headers()).filter(
          ([name]) => !/^(content-length|content-encoding|content-type|etag|last-modified)$/i.test(name),
        ),
      );
      // Every GET outside /api is the single-page app, even while the server's copy is half written.
      return route.fulfill({
        status: 200,
        headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
        body: readFileSync(path.join(snapshot.dir, 'index.html')),
      });
    },
  );
}
