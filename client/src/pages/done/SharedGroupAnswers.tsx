import { numberInstrument } from '@shared/instrument/numbering';
import type { Instrument } from '@shared/instrument/schema';
import { localize } from '@shared/instrument/text';
import type { SharedGroupAnswers as Shared } from '@shared/responses/types';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';

/** The other working groups' answers by group name: only in a round that promised this at its start. */
export function SharedGroupAnswers({ instrument, groups }: { instrument: Instrument; groups: Shared[] }) {
  const { t } = useTranslation('respond');
  const language = useLanguage();
  const numbered = useMemo(() => numberInstrument(instrument), [instrument]);
  if (groups.length === 0) return <p>{t('shared.none')}</p>;
  return (
    <div className="shared-groups">
      {groups.map((group, g) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: groups may share a name; the order is fixed by the server
        <details key={g} className="shared-group">
          <summary>
            <span lang={language}>{t('shared.group', { group: group.group, organisation: group.organisation })}</span>
          </summary>
          <dl className="shared-group__answers">
            {group.answers
              .filter((a) => a.value !== null || a.notApplicable || a.text)
              .map((a) => {
                const info = numbered.get(a.indicatorId);
                return (
                  <div key={a.indicatorId} className="shared-group__answer">
                    <dt>
                      {info?.number} {localize(info?.text, language)}
                    </dt>
                    <dd>
                      {a.value !== null && t('shared.score', { value: a.value })}
                      {a.notApplicable && t('shared.notApplicable')}
                      {a.text && <p className="shared-group__text">{a.text}</p>}
                    </dd>
                  </div>
                );
              })}
          </dl>
        </details>
      ))}
    </div>
  );
}
