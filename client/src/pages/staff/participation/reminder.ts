/** The reminder a coordinator copies for an organisation below the minimum, in the language of its readers. */
import { pickName } from '@shared/i18n/names.shared';
import type { Language } from '@shared/instrument/text';
import { localize } from '@shared/instrument/text';
import type { ParticipationRow } from '@shared/participation/types';
import type { RoundSummary } from '@shared/rounds/types';
import i18n from '../../../i18n';
import { respondPaths } from '../../../lib/paths';

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function reminderText(
  row: ParticipationRow,
  round: RoundSummary,
  language: Language,
  origin = window.location.origin,
): string {
  const t = i18n.getFixedT(language, 'desk');
  const closes = new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'Europe/Helsinki',
  }).format(new Date(round.closesAt));
  const link = row.invitation ? `${origin}${respondPaths.invitation(row.invitation.token)}` : '';
  return [
    t('reminder.greeting'),
    t('reminder.body', {
      round: localize(round.name, language),
      organisation: pickName(row.organisation.name, language, row.organisation.language).text,
      closes,
    }),
    row.missing > 0 ? t('reminder.missing', { count: row.missing }) : t('reminder.reached'),
    row.invitation ? t('reminder.link', { link }) : t('reminder.noLink'),
    t('reminder.anonymous'),
    t('reminder.thanks'),
  ].join('\n\n');
}
