/**
 * What opening the survey page costs, measured the same way by the 360 px
 * journey and by `npm run bench:survey`: a fresh browser context (nothing
 * cached) opens /r/<code>; the time runs from the navigation's start
 * (performance.now() counts from it) until the first question's first option
 * is laid out and enabled; the JavaScript is every script response the page
 * received until the network has been quiet for 500 ms after that, each
 * gzipped here (so that chunks fetched after the first question count too).
 * Besides, the CPU time the page's renderer had used by then (Chromium's
 * ThreadTime and ProcessTime metrics): the work itself, which depends far less
 * than the wall-clock time on how many other jobs share the machine.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export type SurveyLoad = {
  firstQuestionMs: number;
  /** CPU milliseconds of the renderer's main thread, and of its whole process, at the first question. */
  mainThreadCpuMs: number;
  rendererCpuMs: number;
  jsGzKb: number;
  /** The scripts, each with its gzipped size in bytes. */
  scripts: { url: string; gzBytes: number }[];
  /** `METHOD /path` of every API request, in order. */
  apiRequests: string[];
  /** Each request's start and end in ms since the navigation started (from the Resource Timing API). */
  timeline: { name: string; start: number; end: number }[];
};

const QUIET_MS = 500;

/** `page` is a new page of a fresh context, at the size wanted; it stays open on the survey. */
export async function measureSurveyLoad(page: Page, path: string): Promise<SurveyLoad> {
  const scripts: Promise<{ url: string; gzBytes: number }>[] = [];
  const apiRequests: string[] = [];
  let pending = 0;
  let lastActivity = Date.now();
  page.on('request', (request) => {
    pending++;
    lastActivity = Date.now();
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) apiRequests.push(`${request.method()} ${url.pathname}`);
  });
  const settled = () => {
    pending--;
    lastActivity = Date.now();
  };
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      response.body().then(
        (body) => ({ url: new URL(response.url()).pathname, gzBytes: gzipSync(body).length }),
        () => ({ url: response.url(), gzBytes: 0 }),
      ),
    );
  });
  await page.goto(path);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.locator('.scale-item input:not([disabled])').first().waitFor({ state: 'attached' });
  await page.locator('.scale-item__box').first().waitFor();
  const firstQuestionMs = Math.round(await page.evaluate(() => performance.now()));
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  const mainThreadCpuMs = Math.round(seconds('ThreadTime') * 1000);
  const rendererCpuMs = Math.round(seconds('ProcessTime') * 1000);
  await cdp.detach();
  // Whatever the page fetches after its first question is part of its cost too.
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && (pending > 0 || Date.now() - lastActivity < QUIET_MS))
    await new Promise((resolve) => setTimeout(resolve, 50));
  const timeline = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
      name: new URL(e.name).pathname,
      start: Math.round(e.startTime),
      end: Math.round(e.responseEnd),
    })),
  );
  const loaded = await Promise.all(scripts);
  return {
    firstQuestionMs,
    mainThreadCpuMs,
    rendererCpuMs,
    jsGzKb: Math.round(loaded.reduce((sum, s) => sum + s.gzBytes, 0) / 1024),
    scripts: loaded,
    apiRequests,
    timeline,
  };
}
