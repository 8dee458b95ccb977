/**
 * Journey 1: a practitioner answers the whole ELO self-assessment in Swedish
 * with the keyboard only — Tab, Space, arrow keys, Enter and typing.
 */
import assert from 'node:assert/strict';
import { DEMO_ORGANISATIONS, DEMO_RESPONSES_PER_ORGANISATION } from '../../seeds/demo';
import { type E2e, type Locator, newContext, type Page } from '../lib/browser';
import { AREA_COUNT, ratingIndicators, readElo } from '../lib/survey';
import { text } from '../lib/texts';

type Focused = {
  tag: string;
  type: string;
  label: string;
  lang: string;
  groupAnswered: boolean;
  empty: boolean;
};

/** What has keyboard focus now, described well enough to decide the next key. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const input = el instanceof HTMLInputElement ? el : null;
    const group =
      input?.type === 'radio' && input.name
        ? Array.from(
            document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(input.name)}"]`),
          )
        : [];
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: input?.type ?? '',
      label:
        (input && (input.type === 'button' || input.type === 'submit') ? input.value : el?.textContent)?.trim() ?? '',
      lang: el?.getAttribute('lang') ?? '',
      groupAnswered: group.some((r) => r.checked),
      empty: el instanceof HTMLTextAreaElement ? el.value === '' : true,
    };
  });
}

/** Presses Tab until `wanted` says the focused element is the one; fails after `limit` presses. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (wanted(await focused(page))) return;
  }
  throw new Error(`keyboard: ${what} was not reached with ${limit} presses of Tab`);
}

export async function keyboardSurveyInSwedish(e2e: E2e): Promise<void> {
  const context = await newContext(e2e);
  try {
    const page = await context.newPage();
    await page.goto('/i/demo-2');
    await page.getByRole('heading', { level: 1 }).waitFor();

    // The language switch, by keyboard.
    await tabTo(page, (f) => f.tag === 'button' && f.lang === 'sv', 'the "Svenska" button');
    await page.keyboard.press('Space');
    await page.locator('html[lang="sv"]').waitFor({ state: 'attached' });
    const start = text('sv', 'respond', 'start.button');
    await tabTo(page, (f) => f.tag === 'button' && f.label === start, `"${start}"`);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/r\/[^/]+$/);

    const indicators = ratingIndicators();
    const next = 'Nästa';
    const submit = text('sv', 'respond', 'survey.submit');
    let answered = 0;
    let comments = 0;
    let pageNo = 1;
    // The survey itself is in Swedish: the instrument's Swedish title and the first area.
    await page.getByRole('heading', { level: 1, name: readElo().title.sv, exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^1\. / }).waitFor();
    for (let presses = 0; ; presses++) {
      assert.ok(presses < 2000, 'keyboard: the survey did not end within 2000 presses of Tab');
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f.type === 'radio' && !f.groupAnswered) {
        // Space picks the first option; each arrow press moves the choice one option on.
        const option = answered % 13 === 6 ? 5 : answered % 5;
        await page.keyboard.press('Space');
        for (let i = 0; i < option; i++) await page.keyboard.press('ArrowDown');
        answered++;
      } else if (f.tag === 'textarea' && f.empty && answered % 9 === 1) {
        await page.keyboard.type(`Exempel ${answered}: vi går igenom det här i teamet varje termin.`);
        comments++;
      } else if (f.label === next) {
        await page.keyboard.press('Enter');
        pageNo++;
        await page.getByRole('heading', { level: 2, name: new RegExp(`^${pageNo}\\. `) }).waitFor();
      } else if (f.label === submit) {
        await page.keyboard.press('Enter');
        break;
      }
    }
    assert.equal(pageNo, AREA_COUNT, 'every area page was visited');
    assert.equal(answered, indicators.length, 'every rating question was answered');
    assert.ok(comments > 0);

    await page.waitForURL(/\/r\/[^/]+\/done$/);
    await page.getByRole('heading', { level: 1, name: text('sv', 'respond', 'done.title') }).waitFor();
    // The organisation's summary now counts this response too; the others' comments are listed.
    const organisation = DEMO_ORGANISATIONS[1]?.name.fi ?? '';
    const summary = page.getByRole('region', {
      name: text('sv', 'respond', 'summary.heading', { organisation }),
    });
    const responses = DEMO_RESPONSES_PER_ORGANISATION[1] + 1;
    await summary.getByText(text('sv', 'respond', 'summary.responses_other', { count: responses })).waitFor();
    // With the organisation's figures shown, the others' comments sit under each area's figures (each area's
    // title once); many comments: each area's list is folded away behind its summary.
    await summary.getByText(text('sv', 'respond', 'reflections.noteWithFigures')).waitFor();
    await summary
      .locator('.reflection-texts')
      .getByRole('listitem', { includeHidden: true })
      .first()
      .waitFor({ state: 'attached' });
    await commentsByScope(page, summary);
  } finally {
    await context.close();
  }
}

/** The number in a label such as "Hela omgången (42)". */
async function countIn(label: Locator): Promise<number> {
  const match = /\((\d+)\)\s*$/.exec((await label.textContent()) ?? '');
  assert.ok(match, `no count in "${await label.textContent()}"`);
  return Number(match[1]);
}

/**
 * The others' comments by scope, by keyboard: from the whole round to the own organisation
 * (an arrow key on the radio group), then narrowed to one area; the counts follow each step.
 */
async function commentsByScope(page: Page, summary: Locator): Promise<void> {
  const scope = summary.getByRole('group', { name: text('sv', 'respond', 'reflectionScope.legend') });
  const roundOption = scope.locator('label').nth(0);
  const ownOption = scope.locator('label').nth(1);
  const showing = summary.locator('.reflection-filters__count');
  const round = await countIn(roundOption);
  const own = await countIn(ownOption);
  // Demo organisation 2 has enough people for its comments apart, and the other organisations add theirs.
  assert.ok(own > 0 && own < round, `own organisation ${own}, whole round ${round}`);
  await showing
    .getByText(text('sv', 'respond', 'reflectionFilter.showing_other', { count: round, total: round }))
    .waitFor();

  await roundOption.getByRole('radio').focus();
  await page.keyboard.press('ArrowRight');
  assert.ok(await ownOption.getByRole('radio').isChecked(), 'the arrow key chose the own organisation');
  await showing
    .getByText(text('sv', 'respond', 'reflectionFilter.showing_other', { count: own, total: own }))
    .waitFor();

  // One area: the scope counts now count that area's comments only.
  const area = summary.getByRole('combobox', { name: text('sv', 'respond', 'reflectionFilter.area'), exact: true });
  const first = area.locator('option').nth(1);
  const areaOwn = await countIn(first);
  await area.selectOption({ index: 1 });
  await showing
    .getByText(text('sv', 'respond', 'reflectionFilter.showing_other', { count: areaOwn, total: own }))
    .waitFor();
  assert.equal(await countIn(ownOption), areaOwn, 'the own organisation counts the chosen area');
  assert.ok((await countIn(roundOption)) >= areaOwn, 'the whole round holds at least the own organisation');
}
