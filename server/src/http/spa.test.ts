import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { preloadLinks, singlePageApp } from './spa';

const INDEX = '<!doctype html><html><head><title>Laatupeili</title></head><body><div id="root"></div></body></html>';

/** A manifest shaped like Vite's: the entry, the lazy survey page with its own imports, a page not preloaded. */
const MANIFEST = {
  'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_react-1.js'], css: ['assets/index-1.css'] },
  '_react-1.js': { file: 'assets/react-1.js' },
  'src/pages/survey/SurveyPage.tsx': {
    file: 'assets/SurveyPage-1.js',
    isDynamicEntry: true,
    imports: ['_surveyjs-1.js', '_react-1.js', '_format-1.js'],
    css: ['assets/SurveyPage-1.css'],
  },
  '_surveyjs-1.js': { file: 'assets/surveyjs-1.js', imports: ['_format-1.js'], css: ['assets/surveyjs-1.css'] },
  '_format-1.js': { file: 'assets/format-1.js' },
  'src/pages/results/ResultsPage.tsx': { file: 'assets/ResultsPage-1.js', isDynamicEntry: true },
};

let clientDir: string;

beforeEach(() => {
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'laatupeili-spa-'));
  fs.writeFileSync(path.join(clientDir, 'index.html'), INDEX);
});
afterEach(() => fs.rmSync(clientDir, { recursive: true, force: true }));

const writeManifest = (manifest: unknown) => {
  fs.mkdirSync(path.join(clientDir, '.vite'), { recursive: true });
  fs.writeFileSync(path.join(clientDir, '.vite', 'manifest.json'), JSON.stringify(manifest));
};

const app = () => express().get(/.*/, singlePageApp(clientDir));

describe('preloadLinks', () => {
  it("names the page's chunk, its imports once each, and their styles, but not what the entry loads", () => {
    expect(preloadLinks(MANIFEST, 'src/pages/survey/SurveyPage.tsx')).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/SurveyPage-1.js">',
      '<link rel="modulepreload" crossorigin href="/assets/surveyjs-1.js">',
      '<link rel="modulepreload" crossorigin href="/assets/format-1.js">',
      '<link rel="preload" as="style" crossorigin href="/assets/SurveyPage-1.css">',
      '<link rel="preload" as="style" crossorigin href="/assets/surveyjs-1.css">',
    ]);
  });

  it('names nothing for a page the build does not have', () => {
    expect(preloadLinks(MANIFEST, 'src/pages/missing/Missing.tsx')).toEqual([]);
  });
});

describe('singlePageApp', () => {
  it("puts the survey page's preloads in the HTML of a survey address only", async () => {
    writeManifest(MANIFEST);
    const survey = await request(app()).get('/r/ABCDE-12345').expect(200);
    expect(survey.headers['content-type']).toMatch(/^text\/html/);
    expect(survey.headers['cache-control']).toBe('no-cache');
    expect(survey.text).toContain('<link rel="modulepreload" crossorigin href="/assets/surveyjs-1.js">');
    expect(survey.text.indexOf('surveyjs-1.js')).toBeLessThan(survey.text.indexOf('</head>'));

    for (const address of ['/', '/r/ABCDE-12345/done', '/rounds/x/organisations/y/results']) {
      const other = await request(app()).get(address).expect(200);
      expect(other.text, address).toBe(INDEX);
    }
  });

  it('serves the HTML as built when there is no manifest, and follows a rebuild', async () => {
    expect((await request(app()).get('/r/ABCDE-12345').expect(200)).text).toBe(INDEX);
    const handler = express().get(/.*/, singlePageApp(clientDir));
    await request(handler).get('/r/ABCDE-12345').expect(200, INDEX);
    writeManifest(MANIFEST);
    const rebuilt = INDEX.replace('Laatupeili', 'Laatupeili 2');
    fs.writeFileSync(path.join(clientDir, 'index.html'), rebuilt);
    // A later mtime, as a rebuild gives (some file systems keep whole seconds).
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(clientDir, 'index.html'), later, later);
    const page = await request(handler).get('/r/ABCDE-12345').expect(200);
    expect(page.text).toContain('Laatupeili 2');
    expect(page.text).toContain('SurveyPage-1.js');
  });

  it('passes on when the client is not built', async () => {
    fs.rmSync(path.join(clientDir, 'index.html'));
    await request(app()).get('/').expect(404);
  });
});
