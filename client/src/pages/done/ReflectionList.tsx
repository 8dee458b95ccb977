import type { Instrument } from '@shared/instrument/schema';
import { localize } from '@shared/instrument/text';
import type { Reflections } from '@shared/responses/types';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { ScopeChoice, WithheldTexts } from './ReflectionScope';
import {
  type AreaReflections,
  filterReflections,
  groupReflections,
  indicatorCount,
  keepFilter,
  type ReflectionFilter,
  scopeCounts,
} from './reflections';

/** Up to this many texts in all, every area is open at once; past it, each opens on demand. */
const OPEN_ALL_UP_TO = 30;

export type ReflectionScope = 'round' | 'organisation';

/**
 * The others' comments grouped by area, in the scope chosen (the whole round or the reader's
 * own organisation), the filter chosen and what remains of them; each scope's count under
 * the filter, and why the chosen scope is withheld, if it is.
 */
export function useReflectionView(instrument: Instrument | undefined, reflections: Reflections | undefined) {
  const round = useMemo(
    () => (instrument && reflections ? groupReflections(instrument, reflections.indicators) : []),
    [instrument, reflections],
  );
  const organisation = useMemo(
    () =>
      instrument && reflections?.organisation ? groupReflections(instrument, reflections.organisation.indicators) : [],
    [instrument, reflections],
  );
  const [scope, chooseScope] = useState<ReflectionScope>('round');
  const [filter, setFilter] = useState<ReflectionFilter>({});
  const all = scope === 'organisation' ? organisation : round;
  const setScope = (next: ReflectionScope) => {
    chooseScope(next);
    setFilter((current) => keepFilter(next === 'organisation' ? organisation : round, current));
  };
  const { areas, count } = filterReflections(all, filter);
  const total = all.reduce((sum, area) => sum + area.count, 0);
  const openAll = count <= OPEN_ALL_UP_TO || filter.areaId !== undefined;
  const counts = scopeCounts({ round, organisation }, filter);
  const scopes = reflections?.organisation
    ? {
        round: { count: counts.round, withheld: reflections.withheld },
        organisation: { count: counts.organisation, withheld: reflections.organisation.withheld },
      }
    : null;
  const withheld = (scope === 'organisation' ? reflections?.organisation?.withheld : reflections?.withheld) ?? null;
  /** Anything to read or to explain, in either scope. */
  const any = round.length > 0 || organisation.length > 0;
  const minimum = reflections?.minTextGroupSize ?? 0;
  return { all, filter, setFilter, areas, count, total, openAll, scope, setScope, scopes, withheld, minimum, any };
}
export type ReflectionView = ReturnType<typeof useReflectionView>;

/** Narrowing the comments by area and question, with the count that remains. */
export function ReflectionFilters({ view }: { view: ReflectionView }) {
  const { t } = useTranslation('respond');
  const language = useLanguage();
  const id = useId();
  const { all, filter, setFilter, count, total } = view;
  const chosenArea = all.find((area) => area.id === filter.areaId);
  return (
    <div className="reflection-filters">
      {view.scopes && <ScopeChoice view={view} scopes={view.scopes} />}
      <div className="reflection-filters__field">
        <label htmlFor={`${id}-area`}>{t('reflectionFilter.area')}</label>
        <select
          id={`${id}-area`}
          className="field__select"
          value={filter.areaId ?? ''}
          onChange={(event) => setFilter(event.target.value ? { areaId: event.target.value } : {})}
        >
          <option value="">{t('reflectionFilter.allAreas', { count: total })}</option>
          {all.map((area) => (
            <option key={area.id} value={area.id}>
              {`${area.number}. ${localize(area.title, language)} (${area.count})`}
            </option>
          ))}
        </select>
      </div>
      {chosenArea && (
        <div className="reflection-filters__field">
          <label htmlFor={`${id}-indicator`}>{t('reflectionFilter.question')}</label>
          <select
            id={`${id}-indicator`}
            className="field__select"
            value={filter.indicatorId ?? ''}
            onChange={(event) =>
              setFilter({ areaId: chosenArea.id, ...(event.target.value ? { indicatorId: event.target.value } : {}) })
            }
          >
            <option value="">{t('reflectionFilter.allQuestions', { count: chosenArea.count })}</option>
            {chosenArea.standards
              .flatMap((standard) => standard.indicators)
              .map((indicator) => (
                <option key={indicator.id} value={indicator.id}>
                  {`${indicator.number} ${localize(indicator.question, language)} (${indicatorCount(indicator)})`}
                </option>
              ))}
          </select>
        </div>
      )}
      <p className="reflection-filters__count" role="status">
        {t('reflectionFilter.showing', { count, total })}
      </p>
      {view.withheld && <WithheldTexts scope={view.scope} reason={view.withheld} minimum={view.minimum} />}
    </div>
  );
}

/** One area's comments: standard → question, each a list of texts, behind a disclosure. */
export function AreaReflectionTexts({ area, open }: { area: AreaReflections; open: boolean }) {
  const { t } = useTranslation('respond');
  const language = useLanguage();
  return (
    <details open={open}>
      <summary>{t('reflections.show', { count: area.count })}</summary>
      {area.standards.map((standard) => (
        <div key={standard.id} className="reflection-standard">
          <h4>
            {standard.number} {localize(standard.statement, language)}
          </h4>
          {standard.indicators.map((indicator) => (
            <div key={indicator.id} className="reflection-indicator">
              <h5>
                {indicator.number} {localize(indicator.question, language)}
              </h5>
              <ul className="reflection-texts">
                {indicator.texts.map(({ text, count }) => (
                  <li key={text}>
                    {text}
                    {count > 1 && <span className="reflection-texts__count"> {t('reflections.times', { count })}</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </details>
  );
}

/**
 * The others' anonymous comments on their own: area → standard → question,
 * each a list of texts, narrowed by area and question with the counts that
 * remain (where the organisation's figures are not shown to carry them), in the whole
 * round or the reader's own organisation.
 */
export function ReflectionList({ view }: { view: ReflectionView }) {
  const { t } = useTranslation('respond');
  const language = useLanguage();
  if (!view.any)
    return view.withheld ? (
      <WithheldTexts scope="round" reason={view.withheld} minimum={view.minimum} />
    ) : (
      <p>{t('reflections.none')}</p>
    );
  return (
    <div className="reflections">
      <ReflectionFilters view={view} />
      {view.areas.map((area) => (
        <section key={area.id} className="reflection-area" aria-labelledby={`reflections-${area.id}`}>
          <h3 id={`reflections-${area.id}`}>
            {area.number}. {localize(area.title, language)}
          </h3>
          <AreaReflectionTexts area={area} open={view.openAll} />
        </section>
      ))}
    </div>
  );
}
