/**
 * An administrator makes ELO 1.1.0 from 1.0.0 in the editor, without typing
 * JSON: edits a Swedish text, splits one indicator, merges two, moves one to
 * another standard, adds a standard (its texts with markup, which must stay
 * text), reads the diff, previews in Swedish and publishes.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { DEMO_ORGANISATIONS, generateAnswers, prng } from '../../seeds/demo';
import { DEMO_ACCOUNTS, type E2e, newContext, type Page, signIn } from '../lib/browser';
import { OUTPUT_DIR } from '../lib/paths';
import { text } from '../lib/texts';

const MARKUP = '<img src=x onerror=alert(1)>';
/** The new standard's and indicator's texts, in each language (the page sweep checks that a Swedish page holds Swedish). */
const NEW_STANDARD = { fi: 'Uusi standardi', sv: 'Ny standard', en: 'New standard' } as const;
const NEW_QUESTION = { fi: 'Uusi kysymys', sv: 'Ny fråga', en: 'New question' } as const;
const t = (key: string, values?: Record<string, string | number>) => text('fi', 'staff', key, values);
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(OUTPUT_DIR, `editor-${name}.png`), fullPage: false });

async function saved(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: t('editor.state.saved') })
    .waitFor();
}

export async function editNewVersionInEditor(e2e: E2e): Promise<void> {
  const context = await newContext(e2e);
  try {
    const page = await context.newPage();
    await signIn(page, DEMO_ACCOUNTS.admin);
    await page.goto('/admin/instruments/elo-quality/1.0.0');
    await page.getByRole('button', { name: t('editor.newVersion'), exact: true }).click();
    await page.waitForURL('**/admin/instrument-drafts/*');
    await page.getByRole('heading', { level: 1, name: /1\.1\.0/ }).waitFor();
    await shot(page, '1-opened');

    // A Swedish text, edited in place.
    const swedish = 'Beaktar vägledningen kundens egna intressen i första hand?';
    await page.locator('#text-impartiality-own-interests-question-sv').fill(swedish);

    // Split 1.1.2 in two and tell the parts apart.
    await page.getByRole('button', { name: `${t('editor.split')} 1.1.2`, exact: true }).click();
    await page
      .locator('#text-impartiality-range-of-options-2-question-fi')
      .fill('Kerrotaanko asiakkaalle myös verkkopalveluista?');

    // Merge 1.2.1 and 1.2.2: the first stays.
    await page.getByRole('checkbox', { name: `${t('editor.selectForMerge')} 1.2.1` }).check();
    await page.getByRole('checkbox', { name: `${t('editor.selectForMerge')} 1.2.2` }).check();
    await page.getByRole('button', { name: /^Yhdistä valitut \(2\)/ }).click();

    // Move 1.3.4 to the standard holistic-approach, from the keyboard-usable select and button.
    await page.locator('#move-equal-opportunities-equality-plan').selectOption('holistic-approach');
    await page.getByRole('button', { name: `${t('editor.move')} 1.3.4`, exact: true }).click();

    // A new standard in area 1, its texts with markup that must stay text.
    await page.getByRole('button', { name: `${t('editor.addStandard')} 1`, exact: true }).click();
    for (const lang of ['fi', 'sv', 'en'] as const) {
      await page.locator(`#text-standard-statement-${lang}`).fill(`${NEW_STANDARD[lang]} ${lang} ${MARKUP}`);
      await page.locator(`#text-indicator-question-${lang}`).fill(`${NEW_QUESTION[lang]} ${lang}? ${MARKUP}`);
    }
    await saved(page);
    const check = page.getByRole('region', { name: t('editor.checkTitle') });
    await check.getByText(t('editor.valid')).waitFor();
    await check.getByText('confidentiality-consent').first().waitFor();
    assert.equal(
      await check.locator('.editor-mapping li').count(),
      2,
      'the mapping has the split and the merge, written by the editor',
    );
    await shot(page, '2-structure');

    // The diff marks the changed words, not whole strings.
    const diff = page.getByRole('region', { name: t('diff.title') });
    await diff.locator('ins.word-added', { hasText: 'första hand' }).first().waitFor({ state: 'attached' });
    await diff.scrollIntoViewIfNeeded();
    await shot(page, '3-diff');

    // The preview in Swedish, the markup shown as text and never as an element.
    const preview = page.getByRole('region', { name: t('preview.title') });
    await preview.getByRole('button', { name: 'Svenska', exact: true }).click();
    await preview.getByRole('radiogroup', { name: new RegExp(swedish.replace(/\?/g, '\\?')) }).waitFor();
    await preview.getByText(`${NEW_STANDARD.sv} sv ${MARKUP}`, { exact: false }).first().waitFor();
    assert.equal(await page.locator('img[src="x"]').count(), 0, 'markup in a text never becomes an element');
    await preview.scrollIntoViewIfNeeded();
    await shot(page, '4-preview-sv');

    await page
      .getByRole('button', { name: t('editor.publish'), exact: true })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: t('editor.publishTitle') });
    await dialog.getByRole('button', { name: t('editor.publish'), exact: true }).click();
    await page.waitForURL('**/admin/instruments/elo-quality/1.1.0');
    await page.getByRole('heading', { level: 1, name: /1\.1\.0/ }).waitFor();
    await shot(page, '5-published');

    await roundOnTheNewVersion(page);
  } finally {
    await context.close();
  }
}

type Indicator = { id: string; kind: string };
type InstrumentDoc = { scale: { min: number; max: number }; areas: { standards: { indicators: Indicator[] }[] }[] };

/**
 * A round on 1.1.0 for the first demo organisation runs (responses through
 * the API, as the page sweep makes its own), its survey shows the planted
 * markup as text, and the organisation's trend joins the demo round on 1.0.0
 * with the new one, saying that the versions differ and marking changed standards.
 */
async function roundOnTheNewVersion(page: Page): Promise<void> {
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const headers = { 'X-CSRF-Token': session.csrfToken };
  const organisation = DEMO_ORGANISATIONS[0]!;
  const today = new Date().toISOString().slice(0, 10);
  const created = await page.request.post('/api/rounds', {
    headers,
    data: {
      name: { fi: 'Kierros versiolla 1.1.0', sv: 'Omgång med version 1.1.0', en: 'Round on version 1.1.0' },
      instrumentId: 'elo-quality',
      instrumentVersion: '1.1.0',
      organisationIds: [organisation.id],
      opensAt: today,
      closesAt: '2099-12-31',
      mode: 'individual',
    },
  });
  assert.equal(created.status(), 201, await created.text());
  const round = (await created.json()) as { id: string };
  const invitations = (await (await page.request.get(`/api/rounds/${round.id}/invitations`)).json()) as {
    organisationId: string;
    token: string;
  }[];
  const token = invitations.find((i) => i.organisationId === organisation.id)!.token;
  const info = (await (await page.request.get(`/api/invitations/${token}`)).json()) as { instrument: InstrumentDoc };
  const ratings = info.instrument.areas.flatMap((a) =>
    a.standards.flatMap((s) => s.indicators.filter((i) => i.kind === 'rating').map((i) => i.id)),
  );
  const random = prng(11);
  for (let n = 0; n < 6; n++) {
    const res = await page.request.post(`/api/invitations/${token}/responses`, {
      data: { id: randomUUID(), language: 'fi', answers: generateAnswers(ratings, info.instrument.scale, 0.2, random) },
    });
    assert.equal(res.status(), 201, await res.text());
  }

  // The respondent's survey shows the planted markup as text.
  const respondent = await page
    .context()
    .browser()!
    .newContext({ baseURL: new URL(page.url()).origin, locale: 'fi-FI' });
  try {
    const survey = await respondent.newPage();
    await survey.goto(`/i/${token}`);
    await survey.getByRole('button', { name: text('fi', 'respond', 'start.button') }).click();
    await survey.getByText(`${NEW_STANDARD.fi} fi ${MARKUP}`).first().waitFor();
    assert.equal(await survey.locator('img[src="x"]').count(), 0, 'markup in the survey never becomes an element');
  } finally {
    await respondent.close();
  }

  // The trend joins the demo round (1.0.0) and this one (1.1.0).
  const r = (key: string, values?: Record<string, string | number>) => text('fi', 'results', key, values);
  await page.goto(`/rounds/${round.id}/organisations/${organisation.id}/results`);
  const trend = page.getByRole('region', { name: r('trend.title') });
  await trend
    .getByText(/\(1\.0\.0\).*\(1\.1\.0\)/)
    .first()
    .waitFor();
  await trend.getByText(r('trendVersions.changed')).first().waitFor();
  await trend.getByRole('table', { name: r('trendVersions.indicatorsCaption') }).waitFor();
  await trend.scrollIntoViewIfNeeded();
  await shot(page, '6-trend');
}
