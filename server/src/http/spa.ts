/**
 * The single-page app's HTML for every client-side route. For the pages a
 * respondent opens from a link (the survey, the invitation), the HTML also
 * names the page's own chunks (`<link rel="modulepreload">`) and styles
 * (`<link rel="preload" as="style">`), read from Vite's build manifest, so
 * that the browser fetches them beside the app's entry instead of after it
 * has run. `<html lang>` follows the browser's Accept-Language until the
 * client decides. Without a manifest (an older build) the HTML is served as built.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from 'express';
import { requestLanguage } from './language';

/** One chunk of Vite's manifest (client/dist/.vite/manifest.json), as far as it is read here. */
type ManifestChunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;

/** Client routes whose first screen needs a page chunk, by the page's source (a key of the manifest). */
export const PRELOADED_ROUTES: { pattern: RegExp; page: string }[] = [
  { pattern: /^\/r\/[^/]+\/?$/, page: 'src/pages/survey/SurveyPage.tsx' },
  { pattern: /^\/i\/[^/]+\/?$/, page: 'src/pages/invitation/InvitationPage.tsx' },
];

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The page's chunk and every chunk it imports statically, less those the entry loads anyway; and their styles. */
export function preloadLinks(manifest: Manifest, page: string): string[] {
  const entryChunks = new Set<string>();
  const walk = (key: string, into: Set<string>) => {
    if (into.has(key) || !manifest[key]) return;
    into.add(key);
    for (const imported of manifest[key]?.imports ?? []) walk(imported, into);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) walk(key, entryChunks);
  const pageChunks = new Set<string>();
  walk(page, pageChunks);
  const links: string[] = [];
  const styles = new Set<string>();
  for (const key of pageChunks) {
    if (entryChunks.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) continue;
    links.push(`<link rel="modulepreload" crossorigin href="/${escapeAttribute(chunk.file)}">`);
    for (const css of chunk.css ?? []) styles.add(css);
  }
  for (const css of styles) links.push(`<link rel="preload" as="style" crossorigin href="/${escapeAttribute(css)}">`);
  return links;
}

type Built = { html: string; byPage: Map<string, string> };

/** Serves index.html (with preloads for the routes above); re-read whenever the build changes. */
export function singlePageApp(clientDir: string): RequestHandler {
  const indexFile = path.join(clientDir, 'index.html');
  const manifestFile = path.join(clientDir, '.vite', 'manifest.json');
  let cached: { key: string; built: Built } | undefined;

  const load = (): Built | undefined => {
    let key: string;
    try {
      const index = fs.statSync(indexFile);
      const manifest = fs.statSync(manifestFile, { throwIfNoEntry: false });
      key = `${index.mtimeMs}:${manifest?.mtimeMs ?? 0}`;
    } catch {
      return undefined;
    }
    if (cached?.key === key) return cached.built;
    const html = fs.readFileSync(indexFile, 'utf8');
    const byPage = new Map<string, string>();
    try {
      const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
      for (const { page } of PRELOADED_ROUTES) {
        const links = preloadLinks(manifest, page);
        if (links.length > 0) byPage.set(page, html.replace('</head>', `    ${links.join('\n    ')}\n  </head>`));
      }
    } catch {
      // No manifest, or one from another build: the pages load their chunks themselves.
    }
    cached = { key, built: { html, byPage } };
    return cached.built;
  };

  return (req, res, next) => {
    const built = load();
    if (!built) return next();
    const route = PRELOADED_ROUTES.find(({ pattern }) => pattern.test(req.path));
    const html = (route && built.byPage.get(route.page)) ?? built.html;
    res.setHeader('Cache-Control', 'no-cache');
    // In the browser's language until the client decides (its own choice, the link's language).
    res.type('html').send(html.replace(/<html lang="[a-z-]*"/i, `<html lang="${requestLanguage(req, res)}"`));
  };
}
