/**
 * Every message the service sends, in Finnish, Swedish and English, as plain
 * text and HTML. No images, no tracking pixels, no redirecting links: a link
 * is the address itself.
 */
import type { Language } from '../instrument/text';

export type MailContent = { subject: string; text: string; html: string };

export type MailTemplate =
  | { kind: 'staff_invitation'; name: string; link: string; hours: number }
  | { kind: 'password_reset'; link: string; minutes: number }
  | { kind: 'round_invitation'; organisation: string; round: string; link: string; closesAt: string }
  | { kind: 'round_reminder'; organisation: string; round: string; link: string; closesAt: string }
  | { kind: 'resume_code'; round: string; code: string; link: string };

export type MailKind = MailTemplate['kind'];

/** A paragraph of text, or a link shown as its own line. */
type Block = string | { link: string };
type Written = { subject: string; blocks: Block[] };

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

function day(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'Europe/Helsinki' }).format(
    new Date(iso),
  );
}

const SIGNATURE: Record<Language, string> = {
  fi: 'Laatupeili – ohjauksen laadun itsearviointi',
  sv: 'Laatupeili – självvärdering av vägledningens kvalitet',
  en: 'Laatupeili – quality self-assessment of guidance',
};

function write(t: MailTemplate, lang: Language): Written {
  switch (t.kind) {
    case 'staff_invitation':
      return {
        fi: {
          subject: 'Kutsu Laatupeiliin',
          blocks: [
            `Hei ${t.name},`,
            'sinulle on luotu tunnus Laatupeiliin. Aseta salasanasi tästä linkistä:',
            { link: t.link },
            `Linkki on voimassa ${t.hours} tuntia ja toimii kerran. Jos et odottanut tätä viestiä, voit jättää sen huomiotta.`,
          ],
        },
        sv: {
          subject: 'Inbjudan till Laatupeili',
          blocks: [
            `Hej ${t.name},`,
            'ett konto i Laatupeili har skapats åt dig. Välj ditt lösenord via den här länken:',
            { link: t.link },
            `Länken gäller i ${t.hours} timmar och kan användas en gång. Om du inte väntade dig det här meddelandet kan du bortse från det.`,
          ],
        },
        en: {
          subject: 'Your invitation to Laatupeili',
          blocks: [
            `Hello ${t.name},`,
            'an account in Laatupeili has been created for you. Set your password with this link:',
            { link: t.link },
            `The link is valid for ${t.hours} hours and works once. If you did not expect this message, you can ignore it.`,
          ],
        },
      }[lang];
    case 'password_reset':
      return {
        fi: {
          subject: 'Laatupeilin salasanan vaihtaminen',
          blocks: [
            'Joku (toivottavasti sinä) pyysi Laatupeilin salasanasi vaihtamista. Valitse uusi salasana tästä linkistä:',
            { link: t.link },
            `Linkki on voimassa ${t.minutes} minuuttia ja toimii kerran. Jos et pyytänyt vaihtoa, jätä viesti huomiotta: salasanasi ei muutu.`,
          ],
        },
        sv: {
          subject: 'Byte av lösenord i Laatupeili',
          blocks: [
            'Någon (förhoppningsvis du) bad om att byta ditt lösenord i Laatupeili. Välj ett nytt lösenord via den här länken:',
            { link: t.link },
            `Länken gäller i ${t.minutes} minuter och kan användas en gång. Om du inte bad om bytet kan du bortse från meddelandet: ditt lösenord ändras inte.`,
          ],
        },
        en: {
          subject: 'Resetting your Laatupeili password',
          blocks: [
            'Someone (hopefully you) asked to reset your Laatupeili password. Choose a new password with this link:',
            { link: t.link },
            `The link is valid for ${t.minutes} minutes and works once. If you did not ask for this, ignore this message: your password will not change.`,
          ],
        },
      }[lang];
    case 'round_invitation':
      return {
        fi: {
          subject: `Kutsu itsearviointiin: ${t.round}`,
          blocks: [
            `${t.organisation} on mukana itsearviointikierroksella ”${t.round}”.`,
            'Jaa tämä linkki organisaationne ohjaajille. Vastaukset ovat nimettömiä.',
            { link: t.link },
            `Kierros päättyy ${day(t.closesAt, lang)}.`,
          ],
        },
        sv: {
          subject: `Inbjudan till självvärdering: ${t.round}`,
          blocks: [
            `${t.organisation} deltar i självvärderingsomgången ”${t.round}”.`,
            'Dela den här länken med vägledarna i er organisation. Svaren är anonyma.',
            { link: t.link },
            `Omgången avslutas ${day(t.closesAt, lang)}.`,
          ],
        },
        en: {
          subject: `Invitation to a self-assessment: ${t.round}`,
          blocks: [
            `${t.organisation} is taking part in the self-assessment round “${t.round}”.`,
            "Share this link with your organisation's guidance practitioners. Answers are anonymous.",
            { link: t.link },
            `The round closes on ${day(t.closesAt, lang)}.`,
          ],
        },
      }[lang];
    case 'round_reminder':
      return {
        fi: {
          subject: `Muistutus: ${t.round} päättyy ${day(t.closesAt, lang)}`,
          blocks: [
            `Itsearviointikierros ”${t.round}” päättyy ${day(t.closesAt, lang)}.`,
            `Organisaatiosta ${t.organisation} ei ole vielä tullut niin monta vastausta, että tuloksia voitaisiin näyttää. Muistuttakaa ohjaajia vastaamaan tästä linkistä:`,
            { link: t.link },
          ],
        },
        sv: {
          subject: `Påminnelse: ${t.round} avslutas ${day(t.closesAt, lang)}`,
          blocks: [
            `Självvärderingsomgången ”${t.round}” avslutas ${day(t.closesAt, lang)}.`,
            `Från ${t.organisation} har det ännu inte kommit så många svar att resultaten kan visas. Påminn vägledarna om att svara via den här länken:`,
            { link: t.link },
          ],
        },
        en: {
          subject: `Reminder: ${t.round} closes on ${day(t.closesAt, lang)}`,
          blocks: [
            `The self-assessment round “${t.round}” closes on ${day(t.closesAt, lang)}.`,
            `${t.organisation} does not yet have enough responses for its results to be shown. Please remind the guidance practitioners to answer with this link:`,
            { link: t.link },
          ],
        },
      }[lang];
    case 'resume_code':
      return {
        fi: {
          subject: 'Laatupeilin vastauskoodisi',
          blocks: [
            `Vastauskoodisi kierrokselle ”${t.round}” on:`,
            t.code,
            'Voit jatkaa vastaamista tai lukea yhteenvedon kirjoittamalla koodin tällä sivulla:',
            { link: t.link },
            'Osoitettasi ei tallennettu. Vastauksesi ovat nimettömiä.',
          ],
        },
        sv: {
          subject: 'Din svarskod i Laatupeili',
          blocks: [
            `Din svarskod för omgången ”${t.round}” är:`,
            t.code,
            'Du kan fortsätta svara eller läsa sammanfattningen genom att skriva koden på den här sidan:',
            { link: t.link },
            'Din adress har inte sparats. Dina svar är anonyma.',
          ],
        },
        en: {
          subject: 'Your Laatupeili resume code',
          blocks: [
            `Your resume code for the round “${t.round}” is:`,
            t.code,
            'You can continue answering or read the summary by entering the code on this page:',
            { link: t.link },
            'Your address was not stored. Your answers are anonymous.',
          ],
        },
      }[lang];
  }
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The message of a template in a language: subject, plain text and HTML. */
export function renderMail(template: MailTemplate, lang: Language): MailContent {
  const { subject, blocks } = write(template, lang);
  const text = [...blocks.map((b) => (typeof b === 'string' ? b : b.link)), '--', SIGNATURE[lang]].join('\n\n');
  const body = blocks
    .map((b) =>
      typeof b === 'string'
        ? `<p>${escapeHtml(b)}</p>`
        : `<p><a href="${escapeHtml(b.link)}">${escapeHtml(b.link)}</a></p>`,
    )
    .join('\n');
  const html = [
    '<!doctype html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 40em">',
    body,
    `<hr><p style="color: #4a4a4a">${escapeHtml(SIGNATURE[lang])}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
