/**
 * npm run test:e2e — the app in a real browser: builds the client when it is
 * out of date, starts the server on a fresh SQLite database in demo mode,
 * runs the journeys and the page sweep in Debian's Chromium (axe, 360 px, and
 * no word of another language outside `lang`-marked text), and always stops
 * the server. The last line is `e2e pages=<n> violations=<n> survey_js_gz_kb=<n>
 * first_question_ms=<n>`; the exit code
 * is 1 when a journey failed, a page could not be checked, or axe found
 * anything.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type PageCheck, sweepPages } from './a11y';
import { importAndPublishInstrument } from './journeys/admin-instrument';
import { editNewVersionInEditor } from './journeys/instrument-editor';
import { keyboardSurveyInSwedish } from './journeys/keyboard-survey';
import { languageIsRemembered } from './journeys/language-memory';
import {
  swedishBrowserOpensLinkInSwedish,
  swedishDraftResumesInSwedish,
  swedishOrganisationLinkInFinnishBrowser,
} from './journeys/languages';
import { managerReadsReport } from './journeys/manager-report';
import { managerPrintsReport } from './journeys/print-report';
import { resumeInAnotherBrowser } from './journeys/resume';
import { administratorMailsRound } from './journeys/round-mail';
import { staffSignsInWithSso } from './journeys/single-sign-on';
import { firstQuestionOnFirstScreen, movingFreelyAndMissingAnswers } from './journeys/survey-movement';
import { type AssetSnapshot, snapshotAssets } from './lib/assets';
import { type Browser, type E2e, launchChromium } from './lib/browser';
import { clientBuiltAt, ensureClientBuilt } from './lib/build';
import { metrics } from './lib/metrics';
import { OUTPUT_DIR } from './lib/paths';
import { type RunningServer, startServer } from './lib/server';

const JOURNEYS: { name: string; run: (e2e: E2e) => Promise<void> }[] = [
  { name: 'keyboard only, in Swedish: the whole ELO self-assessment from /i/demo-2', run: keyboardSurveyInSwedish },
  { name: 'resume code: begin in one browser, continue and submit in another', run: resumeInAnotherBrowser },
  {
    name: 'survey by keyboard: areas in any order, missing answers listed at submit with links',
    run: movingFreelyAndMissingAnswers,
  },
  {
    name: 'survey at 360 px: first option on the first screen; script size and time measured',
    run: firstQuestionOnFirstScreen,
  },
  { name: 'quality manager: report, charts, tables with n, CSV export', run: managerReadsReport },
  {
    name: 'quality manager prints the report: summary on at most four A4 pages, no chart cut',
    run: managerPrintsReport,
  },
  // Before the sweep, so that the sweep's instrument version page shows this version's diff.
  { name: 'administrator: import, check, preview, diff and publish version 1.0.1', run: importAndPublishInstrument },
  {
    name: 'administrator: version 1.1.0 in the editor without JSON: Swedish text, split, merge, move, new standard, diff, Swedish preview, publish',
    run: editNewVersionInEditor,
  },
  { name: 'the chosen language is remembered across a reload', run: languageIsRemembered },
  { name: 'languages: an sv-FI browser opening a link lands in Swedish', run: swedishBrowserOpensLinkInSwedish },
  {
    name: "languages: a Swedish organisation's link opens in Swedish in an fi browser",
    run: swedishOrganisationLinkInFinnishBrowser,
  },
  {
    name: 'languages: a draft saved in Swedish resumes in Swedish in a fresh context',
    run: swedishDraftResumesInSwedish,
  },
  {
    name: 'single sign-on: a staff member signs in at the OpenID provider and lands signed in',
    run: staffSignsInWithSso,
  },
  {
    name: "round mail: an administrator adds an organisation's contact address, sends the round's invitations, finds them in the outbox, schedules a reminder and cancels it",
    run: administratorMailsRound,
  },
];

const started = Date.now();
const log = (line: string) => console.log(line);
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

let server: RunningServer | undefined;
let browser: Browser | undefined;
const failures: string[] = [];
let checks: PageCheck[] = [];
let builtAt: number | undefined;
let assets: AssetSnapshot | undefined;

/** Stops the server on Ctrl-C too: it runs in its own process group. */
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void Promise.allSettled([browser?.close(), server?.stop()]).then(() => process.exit(130));
  });
}

try {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  log(ensureClientBuilt() ? `client built (${seconds()})` : 'client is up to date');
  builtAt = clientBuiltAt();
  assets = snapshotAssets();
  server = await startServer();
  log(`server at ${server.baseUrl} (${seconds()})`);
  browser = await launchChromium();
  const e2e: E2e = { browser, baseUrl: server.baseUrl, assets };

  // E2E_ONLY=<words> runs the journeys whose name contains them (and skips the page sweep unless E2E_SWEEP=1):
  // for working on one journey; CI runs everything.
  const only = process.env.E2E_ONLY?.toLowerCase();
  const journeys = only ? JOURNEYS.filter((j) => j.name.toLowerCase().includes(only)) : JOURNEYS;
  if (only && journeys.length === 0) throw new Error(`E2E_ONLY=${only}: no journey's name contains it`);
  for (const journey of journeys) {
    const t0 = Date.now();
    try {
      await journey.run(e2e);
      log(`[journey] ok   ${journey.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (err) {
      failures.push(journey.name);
      log(`[journey] FAIL ${journey.name}\n${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }

  if (!only || process.env.E2E_SWEEP === '1') {
    const sweep = await sweepPages(e2e, log);
    checks = sweep.checks;
    for (const route of sweep.unresolved) failures.push(`page sweep: no URL for route ${route}`);
    for (const check of checks.filter((c) => c.error))
      failures.push(`page sweep: ${check.language} ${check.url}: ${check.error}`);
    for (const check of checks.filter((c) => c.untranslated))
      failures.push(`untranslated on ${check.language} ${check.url}: ${check.untranslated?.join('; ')}`);
  }
} catch (err) {
  failures.push(err instanceof Error ? err.message : String(err));
} finally {
  await browser?.close().catch(() => undefined);
  await server?.stop();
  assets?.remove();
}

const axeRuns = checks.filter((c) => !c.error);
const violations = axeRuns.flatMap((c) => c.violations.map((v) => ({ ...v, check: c })));
const overflowing = axeRuns.filter((c) => c.overflow);

log('');
log(`== accessibility (axe, WCAG 2.1 A/AA): ${axeRuns.length} page×language runs`);
for (const { check, id, impact, help, targets } of violations) {
  for (const target of targets)
    log(`[axe] ${check.route || '/'} ${check.language} ${check.url} ${id} (${impact}) ${target} — ${help}`);
}
log(`== 360 px: ${overflowing.length} page×language with sideways scrolling`);
for (const check of overflowing) {
  log(
    `[overflow] ${check.language} ${check.url} scrollWidth=${check.overflow?.scrollWidth}: ${check.overflow?.offenders.join('; ')}`,
  );
}
log(`== screenshots in ${path.relative(process.cwd(), OUTPUT_DIR)}/`);
if (failures.length) {
  log(`== ${failures.length} failure(s)`);
  for (const failure of failures) log(`  - ${failure}`);
}
if (builtAt !== undefined && clientBuiltAt() !== builtAt) {
  // The server serves client/dist as it is on disk: a rebuild mid-run removes the chunks the open pages load.
  log(
    `== note: client/dist was rebuilt by another process during this run; ${assets?.used ?? 0} request(s) for vanished chunks were answered from the copy taken at the start`,
  );
}
log(`== done in ${seconds()}`);
// Measured by the 360 px survey journey (absent when it did not run): JavaScript the survey page loads, gzipped,
// and the milliseconds from navigation until its first question can be answered.
const figure = (value: number | undefined) => (value === undefined ? 'n/a' : String(value));
log(
  `== load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${os.cpus().length} CPU(s) (the survey timing depends on it)`,
);
log(
  `e2e pages=${axeRuns.length} violations=${violations.length} survey_js_gz_kb=${figure(metrics.surveyJsGzKb)} first_question_ms=${figure(metrics.firstQuestionMs)}`,
);
process.exit(failures.length > 0 || violations.length > 0 ? 1 : 0);
