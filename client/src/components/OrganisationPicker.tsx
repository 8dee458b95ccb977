import type { OrganisationSummary } from '@shared/organisations/types';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';
import { groupByRegion } from '../lib/scope';
import { FieldError } from './form/Field';
import { LocalName } from './LocalName';

type Props = {
  /** The outer fieldset's id: the error summary moves focus here. */
  id: string;
  legend: string;
  hint?: string;
  organisations: readonly OrganisationSummary[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string;
};

/** Checkboxes of organisations grouped by region, each region with a "select all" box. */
export function OrganisationPicker({ id, legend, hint, organisations, selected, onChange, error }: Props) {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  const regions = useMemo(() => groupByRegion(organisations, language), [organisations, language]);
  const chosen = new Set(selected);

  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(chosen);
    for (const organisationId of ids) {
      if (on) next.add(organisationId);
      else next.delete(organisationId);
    }
    onChange([...next]);
  };

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={error ? 'fieldset fieldset--invalid' : 'fieldset'}
      aria-describedby={describedBy}
    >
      <legend className="fieldset__legend">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
      {regions.length === 0 && <p>{t('organisationPicker.none')}</p>}
      <div className="picker">
        {regions.map((region) => {
          const ids = region.organisations.map((o) => o.id);
          const count = ids.filter((organisationId) => chosen.has(organisationId)).length;
          return (
            <fieldset key={region.code} className="picker__region">
              <legend className="picker__legend">
                {region.name}{' '}
                <span className="muted">{t('organisationPicker.chosen', { count, total: ids.length })}</span>
              </legend>
              <label className="checkbox checkbox--all">
                <input
                  type="checkbox"
                  checked={count === ids.length}
                  ref={(input) => {
                    if (input) input.indeterminate = count > 0 && count < ids.length;
                  }}
                  onChange={(event) => toggle(ids, event.target.checked)}
                />
                {t('organisationPicker.all', { region: region.name })}
              </label>
              <ul className="picker__list">
                {region.organisations.map((organisation) => (
                  <li key={organisation.id}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={chosen.has(organisation.id)}
                        onChange={(event) => toggle([organisation.id], event.target.checked)}
                      />
                      <LocalName name={organisation.name} own={organisation.language} />
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
      </div>
    </fieldset>
  );
}
