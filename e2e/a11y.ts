/**
 * Every page of the app in Finnish, Swedish and English: axe (WCAG 2.1 A and
 * AA), a screenshot, and a check for sideways scrolling at 360 px.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { axeCanary, horizontalOverflow, runAxe, type Violation } from './lib/axe';
import { DEMO_ACCOUNTS, type E2e, LANGUAGES, type Language, newContext, type Page, signIn } from './lib/browser';
import { sweepParams } from './lib/fixtures';
import { untranslatedOnPage } from './lib/literals';
import { OUTPUT_DIR } from './lib/paths';
import { collectRoutes, resolveRoute } from './lib/routes';

/** Pages also photographed in Swedish (all are in Finnish). */
const SWEDISH_SHOTS = new Set([
  '',
  'i/:token',
  'r/:code',
  'r/:code/done',
  'rounds/:roundId/organisations/:organisationId/results',
]);

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 800 };

export type PageCheck = {
  route: string;
  url: string;
  language: Language;
  heading: string;
  violations: Violation[];
  /** Words of another language outside `lang`-marked elements (see server/src/i18n/literals.ts). */
  untranslated?: string[];
  overflow?: { scrollWidth: number; offenders: string[] };
  error?: string;
};

export type SweepResult = { checks: PageCheck[]; unresolved: string[] };

/** A page is ready when its heading is shown and nothing in it is loading any more. */
async function ready(page: Page, route: string): Promise<string> {
  const main = page.getByRole('main');
  const heading = main.locator('h1').first();
  await heading.waitFor();
  await page.waitForFunction(() => document.querySelector('main .loading, main [aria-busy="true"]') === null);
  if (route === 'r/:code') await main.getByRole('radiogroup').first().waitFor();
  if (route.endsWith('/results') || route.includes('regions/') || route.endsWith('/country')) {
    const charts = main.locator('canvas');
    if ((await charts.count()) > 0) await charts.first().waitFor();
  }
  return ((await heading.textContent()) ?? '').trim();
}

function shotName(route: string, language: Language): string {
  const name = route === '' ? 'home' : route === '*' ? 'not-found' : route.replace(/[/:]+/g, '-').replace(/^-|-$/g, '');
  return path.join(OUTPUT_DIR, `${name}.${language}.png`);
}

/** The latest version of the ELO instrument, so that the version page shows a preview and a diff. */
async function latestElo(baseUrl: string, page: Page): Promise<{ id: string; version: string }> {
  const res = await page.request.get(`${baseUrl}/api/instruments`);
  const body = (await res.json()) as unknown;
  const list = Array.isArray(body) ? body : ((body as { versions?: unknown[] }).versions ?? []);
  const versions = (list as { instrumentId?: string; version?: string }[])
    .filter((v) => v.instrumentId === 'elo-quality' && typeof v.version === 'string')
    .map((v) => v.version as string)
    .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  return { id: 'elo-quality', version: versions[0] ?? '1.0.0' };
}

/** An editor draft from the newest ELO version, for the editor page (made through the API as the signed-in administrator). */
async function editorDraft(baseUrl: string, page: Page, from: { id: string; version: string }): Promise<string> {
  const session = (await (await page.request.get(`${baseUrl}/api/session`)).json()) as { csrfToken: string };
  const res = await page.request.post(`${baseUrl}/api/instrument-drafts`, {
    headers: { 'X-CSRF-Token': session.csrfToken },
    data: { from: { instrumentId: from.id, version: from.version } },
  });
  return ((await res.json()) as { id: string }).id;
}

export async function sweepPages(e2e: E2e, log: (line: string) => void): Promise<SweepResult> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const routes = collectRoutes();
  const checks: PageCheck[] = [];
  const unresolved = new Set<string>();
  let params: Awaited<ReturnType<typeof sweepParams>> | undefined;

  for (const language of LANGUAGES) {
    const visitor = await newContext(e2e, { language, axe: true });
    const staff = await newContext(e2e, { language, axe: true });
    try {
      const visitorPage = await visitor.newPage();
      const staffPage = await staff.newPage();
      const pageErrors: string[] = [];
      for (const page of [visitorPage, staffPage]) {
        page.on('pageerror', (err) => pageErrors.push(err.message.split('\n')[0] ?? ''));
      }
      if (language === 'fi') await axeCanary(visitorPage);
      await signIn(staffPage, DEMO_ACCOUNTS.admin);
      if (!params) {
        const elo = await latestElo(e2e.baseUrl, staffPage);
        params = await sweepParams(e2e.baseUrl, elo);
        params.common.draftId = await editorDraft(e2e.baseUrl, staffPage, elo);
      }
      for (const route of routes) {
        const resolved = resolveRoute(route.pattern, { ...params.common, ...params.byRoute[route.pattern] });
        if (resolved.missing) {
          unresolved.add(`${route.pattern} (no value for ${resolved.missing.join(', ')})`);
          continue;
        }
        const page = route.staff ? staffPage : visitorPage;
        const check: PageCheck = { route: route.pattern, url: resolved.url, language, heading: '', violations: [] };
        pageErrors.length = 0;
        try {
          await page.goto(resolved.url);
          check.heading = await ready(page, route.pattern);
          check.violations = await runAxe(page);
          const untranslated = await untranslatedOnPage(page, language);
          if (untranslated.length > 0) check.untranslated = untranslated;
          if (language === 'fi' || (language === 'sv' && SWEDISH_SHOTS.has(route.pattern)))
            await page.screenshot({ path: shotName(route.pattern, language), fullPage: true });
          // The same page loaded at phone width, as a phone would load it.
          await page.setViewportSize(PHONE);
          try {
            await page.reload();
            await ready(page, route.pattern);
            const overflow = await horizontalOverflow(page, PHONE.width);
            if (overflow.scrollWidth > PHONE.width) check.overflow = overflow;
          } finally {
            await page.setViewportSize(DESKTOP);
          }
        } catch (err) {
          check.error = err instanceof Error ? err.message.split('\n')[0] : String(err);
          if (pageErrors.length) check.error += ` (page error: ${pageErrors.join('; ')})`;
        }
        checks.push(check);
        const status = check.error
          ? `ERROR ${check.error}`
          : `${check.violations.length} violation(s)${check.untranslated ? `, untranslated: ${check.untranslated.join('; ')}` : ''}${check.overflow ? `, overflows at 360 px (${check.overflow.scrollWidth} px)` : ''}`;
        log(`[page] ${language} ${resolved.url} — "${check.heading}": ${status}`);
      }
    } finally {
      await visitor.close();
      await staff.close();
    }
  }
  return { checks, unresolved: [...unresolved] };
}
