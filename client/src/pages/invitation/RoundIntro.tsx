import { localize } from '@shared/instrument/text';
import type { InvitationInfo } from '@shared/responses/types';
import { useTranslation } from 'react-i18next';
import { LocalName } from '../../components/LocalName';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/** A text with blank lines between paragraphs, as paragraphs. */
export function Paragraphs({ text }: { text: string }) {
  if (!text) return null;
  return (
    <>
      {text.split(/\n{2,}/).map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </>
  );
}

/** What the link is for (under the round's name): who answers, when, and the round's and instrument's introductions. */
export function RoundIntro({ info }: { info: InvitationInfo }) {
  const { t } = useTranslation('respond');
  const language = useLanguage();
  const format = useFormat();
  const { round, instrument, organisation } = info;
  const videoUrl = round.videoUrl ?? instrument.videoUrl;
  return (
    <>
      <p className="round-intro__instrument">{localize(round.instrumentTitle, language)}</p>
      <dl className="facts">
        <div>
          <dt>{t('intro.organisation')}</dt>
          <dd>
            <LocalName name={organisation.name} own={organisation.language} />
          </dd>
        </div>
        <div>
          <dt>{t('intro.period')}</dt>
          <dd>{t('intro.dateRange', { from: format.date(round.opensAt), to: format.date(round.closesAt) })}</dd>
        </div>
        <div>
          <dt>{t('intro.mode')}</dt>
          <dd>{t(info.mode === 'group' ? 'intro.modeGroup' : 'intro.modeIndividual')}</dd>
        </div>
      </dl>
      {instrument.description && <p className="lead">{localize(instrument.description, language)}</p>}
      <Paragraphs text={localize(round.introduction ?? undefined, language)} />
      <Paragraphs text={localize(instrument.introduction, language)} />
      {videoUrl && (
        <p className="round-intro__video">
          <a href={videoUrl} target="_blank" rel="noopener noreferrer">
            {t('intro.video')}
          </a>
        </p>
      )}
    </>
  );
}
