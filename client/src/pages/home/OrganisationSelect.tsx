import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../server/src/instrument/text';
import type { OrganisationSummary } from '../../../../server/src/rounds/types';
import { useLanguage } from '../../i18n/useLanguage';

type Props = { organisations: OrganisationSummary[]; value: string; onChange: (organisationId: string) => void };

type Region = { code: string; name: string; organisations: OrganisationSummary[] };

/** A labelled <select> of the round's organisations, one <optgroup> a region, both sorted by name. */
export function OrganisationSelect({ organisations, value, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();

  const regions = useMemo(() => {
    const collator = new Intl.Collator(language);
    const byCode = new Map<string, Region>();
    for (const organisation of organisations) {
      const region = byCode.get(organisation.regionCode) ?? {
        code: organisation.regionCode,
        name: localize(organisation.regionName, language),
        organisations: [],
      };
      region.organisations.push(organisation);
      byCode.set(region.code, region);
    }
    const sorted = [...byCode.values()].sort((a, b) => collator.compare(a.name, b.name));
    for (const region of sorted) region.organisations.sort((a, b) => collator.compare(a.name, b.name));
    return sorted;
  }, [organisations, language]);

  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('home.organisationLabel')}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {t('home.organisationHint')}
      </p>
      <select
        id={id}
        className="field__select"
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('home.organisationPlaceholder')}</option>
        {regions.map((region) => (
          <optgroup key={region.code} label={region.name}>
            {region.organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
