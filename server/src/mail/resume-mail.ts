/**
 * "Send my resume code to this address": the one message that never enters
 * the outbox. The address and the code are used for this one SMTP
 * transaction and stored nowhere (not in the outbox, not in the log); with no
 * SMTP server there is nothing to send it with, and the respondent is told so.
 */
import type { MailSettings } from '../config';
import type { Executor } from '../db/knex';
import { AppError } from '../http/errors';
import { LANGUAGES, type Language } from '../instrument/text';
import type { ResponseRow } from '../responses/drafts';
import { formatResumeCode } from '../responses/resume-code.shared';
import { mailerFor } from './sender';
import { renderMail } from './templates';

export async function mailResumeCode(
  db: Executor,
  settings: { mail: MailSettings; publicUrl: string },
  response: ResponseRow,
  code: string,
  address: string,
): Promise<void> {
  const mailer = mailerFor(settings.mail);
  if (!mailer)
    throw new AppError(409, 'mail_unavailable', 'mail cannot be sent from this service; write the code down');
  const language: Language = (LANGUAGES as readonly string[]).includes(response.language)
    ? (response.language as Language)
    : 'fi';
  const round = await db('rounds').where('id', response.round_id).first('name_fi', 'name_sv', 'name_en');
  const name = (round?.[`name_${language}`] as string | null) || (round?.name_fi as string) || '';
  const content = renderMail(
    { kind: 'resume_code', round: name, code: formatResumeCode(code) ?? code, link: `${settings.publicUrl}/resume` },
    language,
  );
  try {
    await mailer.send(address, content);
  } catch {
    throw new AppError(
      502,
      'mail_failed',
      'the mail server did not take the message; try again or write the code down',
    );
  }
}
