/**
 * An administrator gives an organisation a contact address, sends the demo
 * round's invitations from the round page (after a confirmation), finds the
 * message in the outbox, then schedules a reminder and cancels it. The mail
 * section is photographed at 1280 and 360 px.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { DEMO_ORGANISATIONS, DEMO_ROUND_ID } from '../../seeds/demo';
import { DEMO_ACCOUNTS, type E2e, newContext, type Page, signIn } from '../lib/browser';
import { OUTPUT_DIR } from '../lib/paths';
import { text } from '../lib/texts';

const ORGANISATION = DEMO_ORGANISATIONS[0]!.name.fi!;
const ADDRESS = 'ohjaus@sinikallio.example';

const staff = (key: string, values?: Record<string, string | number>) => text('fi', 'staff', key, values);
const access = (key: string, values?: Record<string, string | number>) => text('fi', 'access', key, values);

async function addContactAddress(page: Page): Promise<void> {
  await page.goto('/admin/organisations');
  await page.getByRole('heading', { level: 1, name: staff('organisations.title') }).waitFor();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: ORGANISATION }) });
  await row.getByRole('cell', { name: access('organisationContact.missing'), exact: true }).waitFor();
  await row.getByRole('button', { name: new RegExp(`^${staff('organisations.edit')}`) }).click();
  // The row turns into its form (the add form above has the same fields).
  const list = page.getByRole('region', { name: staff('organisations.listTitle').split(' (')[0] });
  const email = list.getByLabel(access('contact.email'));
  // A mistyped address is refused in the form, beside the field.
  await email.fill('ohjaus at sinikallio');
  await list.getByRole('button', { name: staff('organisations.save'), exact: true }).click();
  await list.getByText(access('organisationContact.emailProblem')).first().waitFor();
  await email.fill(ADDRESS);
  await list.getByRole('button', { name: staff('organisations.save'), exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: staff('organisations.saved', { name: ORGANISATION }) })
    .waitFor();
  await row.getByRole('cell', { name: access('organisationContact.has'), exact: true }).waitFor();
}

async function photograph(page: Page, section: ReturnType<Page['getByRole']>): Promise<void> {
  await section.screenshot({ path: path.join(OUTPUT_DIR, 'round-mail.fi.1280.png') });
  await page.setViewportSize({ width: 360, height: 800 });
  try {
    await section.screenshot({ path: path.join(OUTPUT_DIR, 'round-mail.fi.360.png') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= 360, `the round page scrolls sideways at 360 px (${overflow} px)`);
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
}

export async function administratorMailsRound(e2e: E2e): Promise<void> {
  const context = await newContext(e2e);
  try {
    const page = await context.newPage();
    await signIn(page, DEMO_ACCOUNTS.admin);
    await addContactAddress(page);

    await page.goto(`/staff/rounds/${DEMO_ROUND_ID}`);
    const section = page.getByRole('region', { name: access('roundMail.title') });
    const row = section.getByRole('row').filter({ has: page.getByRole('rowheader', { name: ORGANISATION }) });
    await row.getByRole('cell', { name: ADDRESS }).waitFor();
    await row.getByRole('cell', { name: access('roundMailing.stateUnsent') }).waitFor();
    await section.getByText(access('roundMailing.countUnsent', { count: 1 })).waitFor();
    // The round runs: its participation view is a link away.
    const participation = page.getByRole('link', { name: staff('roundLinks.participation') });
    assert.equal(await participation.getAttribute('href'), `/participation/${DEMO_ROUND_ID}`);
    await photograph(page, section);

    // Send, after a confirmation that names whom it reaches.
    await section.getByRole('button', { name: access('roundMail.sendInvitations'), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: access('roundMailing.confirmTitle') });
    await dialog.getByText(access('roundMailing.confirmText', { count: 1 })).waitFor();
    await dialog.getByRole('listitem').filter({ hasText: ORGANISATION }).waitFor();
    await dialog.getByRole('button', { name: access('roundMailing.confirm'), exact: true }).click();
    await section
      .getByRole('status')
      .getByText(access('roundMailing.resultSent', { count: 1 }))
      .waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByRole('cell', { name: /^Lähetetty / }).waitFor();
    // Nothing is left to send again unless asked to send to all.
    await section.getByText(access('roundMailing.nothingToSend')).waitFor();
    assert.ok(await section.getByRole('button', { name: access('roundMail.sendInvitations') }).isDisabled());

    // The message waits in the outbox (no SMTP server in the demo), with its link.
    await section
      .getByRole('link', { name: access('roundMailing.outboxLink') })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: access('outbox.title') }).waitFor();
    const message = page.getByRole('row').filter({ hasText: ADDRESS });
    await message.locator('summary').click();
    await message.getByText(/\/i\/demo-1\b/).waitFor();

    // A reminder: the form refuses no moment, takes the default, lists it and cancels it.
    await page.goto(`/staff/rounds/${DEMO_ROUND_ID}`);
    const reminders = page.getByRole('region', { name: access('roundMail.title') });
    const sendAt = reminders.getByLabel(access('roundMail.sendAt'));
    const suggested = await sendAt.inputValue();
    assert.match(suggested, /^\d{4}-\d{2}-\d{2}T09:00$/, 'the default is 9 o’clock, three days before the last day');
    await sendAt.fill('');
    await reminders.getByRole('button', { name: access('roundMail.schedule'), exact: true }).click();
    await reminders.getByText(access('roundMailing.sendAtMissing')).first().waitFor();
    await sendAt.fill(suggested);
    await reminders.getByLabel(access('roundMail.includeMet')).check();
    await reminders.getByRole('button', { name: access('roundMail.schedule'), exact: true }).click();
    await reminders
      .getByRole('status')
      .filter({ hasText: access('roundMail.scheduled') })
      .waitFor();
    const reminder = reminders.getByRole('row').filter({ hasText: access('roundMail.toAll') });
    await reminder.getByRole('cell', { name: access('roundMail.reminderStatus.scheduled'), exact: true }).waitFor();
    await reminder.getByRole('button', { name: new RegExp(`^${access('roundMail.cancel')}`) }).click();
    await reminder.getByRole('cell', { name: access('roundMail.reminderStatus.cancelled'), exact: true }).waitFor();
    await reminders
      .getByRole('status')
      .filter({ hasText: access('roundMailing.cancelled') })
      .waitFor();
  } finally {
    await context.close();
  }
}
