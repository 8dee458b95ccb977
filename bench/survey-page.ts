/**
 * `npm run bench:survey`: what opening the survey page costs, measured as the
 * browser suite's 360 px journey measures it once (e2e/lib/surveyLoad.ts),
 * here BENCH_REPEAT times (default 7) in fresh browser contexts against the
 * real server in demo mode, with the built client (built when out of date).
 * Prints each run, the scripts and the request timeline of the median run,
 * the load average at the start and the end, and on its last line
 * `bench:survey js_gz_kb=<n> first_question_ms_median=<n> min=<n> max=<n> main_thread_cpu_ms_median=<n>`:
 * the CPU time is the figure to compare between runs on a shared machine.
 */
import os from 'node:os';
import { launchChromium, newContext } from '../e2e/lib/browser';
import { ensureClientBuilt } from '../e2e/lib/build';
import { startServer } from '../e2e/lib/server';
import { measureSurveyLoad, type SurveyLoad } from '../e2e/lib/surveyLoad';
import { text } from '../e2e/lib/texts';
import { loadavg } from './harness';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 7);
const TOKEN = process.env.BENCH_TOKEN ?? 'demo-5';
const log = (line: string) => console.log(line);
const load = loadavg;

log(`load at start: ${load()} on ${os.cpus().length} CPU(s)`);
log(ensureClientBuilt() ? 'client built' : 'client is up to date');
const server = await startServer();
const browser = await launchChromium();
const runs: SurveyLoad[] = [];
try {
  const e2e = { browser, baseUrl: server.baseUrl };
  // A draft to reopen, started as a respondent would.
  const starting = await newContext(e2e, { language: 'fi' });
  const first = await starting.newPage();
  await first.goto(`/i/${TOKEN}`);
  await first.getByRole('button', { name: text('fi', 'respond', 'start.button') }).click();
  await first.waitForURL(/\/r\/[^/]+$/);
  const path = new URL(first.url()).pathname;
  await starting.close();

  for (let i = 0; i < REPEAT; i++) {
    const context = await newContext(e2e, { language: 'fi' });
    try {
      const page = await context.newPage();
      await page.setViewportSize({ width: 360, height: 800 });
      const run = await measureSurveyLoad(page, path);
      runs.push(run);
      log(
        `run ${i + 1}: first_question_ms=${run.firstQuestionMs} main_thread_cpu_ms=${run.mainThreadCpuMs} renderer_cpu_ms=${run.rendererCpuMs} js_gz_kb=${run.jsGzKb} (load ${load()})`,
      );
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

const sorted = [...runs].sort((a, b) => a.firstQuestionMs - b.firstQuestionMs);
const median = sorted[Math.floor(sorted.length / 2)]!;
log('scripts (gzipped):');
for (const s of [...median.scripts].sort((a, b) => b.gzBytes - a.gzBytes))
  log(`  ${(s.gzBytes / 1024).toFixed(1).padStart(7)} KB  ${s.url}`);
log(`API requests: ${median.apiRequests.join(', ')}`);
log('timeline of the median run (ms from navigation start):');
for (const r of median.timeline) log(`  ${String(r.start).padStart(6)} → ${String(r.end).padStart(6)}  ${r.name}`);
log(`load at end: ${load()}`);
const cpu = runs.map((r) => r.mainThreadCpuMs).sort((a, b) => a - b);
log(
  `bench:survey js_gz_kb=${median.jsGzKb} first_question_ms_median=${median.firstQuestionMs} min=${sorted[0]!.firstQuestionMs} max=${sorted.at(-1)!.firstQuestionMs} main_thread_cpu_ms_median=${cpu[Math.floor(cpu.length / 2)]}`,
);
