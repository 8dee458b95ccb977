import { differenceSign, type Highlight, narrate, type ReportSummary } from '@shared/results/summary.shared';
import type { OrganisationResults } from '@shared/results/types';
import { useTranslation } from 'react-i18next';
import { BandBadge } from '../../components/results/FigureView';
import { useLanguage } from '../../i18n/useLanguage';
import type { FigureWords } from '../../lib/results/figures';
import type { ElementText } from './useElementText';

type Props = { results: OrganisationResults; summary: ReportSummary; elements: ElementText; words: FigureWords };

function Mark({ h, scope }: { h: Highlight; scope: 'region' | 'country' }) {
  const { t } = useTranslation('desk');
  const d = h.differs[scope];
  if (!d) return null;
  return (
    <span className={`diff-mark diff-mark--${d}`}>
      <span aria-hidden="true">{differenceSign(d)}</span>
      <span className="visually-hidden">{t(`summary.${d}`)}</span>
    </span>
  );
}

function HighlightList({
  title,
  items,
  elements,
  words,
}: { title: string; items: Highlight[] } & Omit<Props, 'results' | 'summary'>) {
  const { t } = useTranslation('desk');
  return (
    <div className="summary-highlights__list">
      <h3>{title}</h3>
      <ol>
        {items.map((h) => (
          <li key={h.id}>
            <a href={`#standard-${h.id}`}>{elements.label(h.id)}</a>
            <span className="summary-highlights__figures">
              <BandBadge band={h.band} index={h.index} words={words} /> n = {words.integer(h.n)}
              {h.country !== null && ` · ${t('summary.countryShort', { index: h.country })}`}
              <Mark h={h} scope="country" />
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The report's first page: the narrative, the areas against the region and the country, strengths, development areas. */
export function ReportSummarySection({ results, summary, elements, words }: Props) {
  const { t } = useTranslation('desk');
  const language = useLanguage();
  const sentences = narrate(summary, results, language, elements.label);
  const change = new Map(summary.change?.areas.map((a) => [a.id, a.change]));
  return (
    <section className="report-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('summary.title')}</h2>
      <div className="report-summary__narrative">
        {sentences.map((s) => (
          <p key={s.text}>{s.text}</p>
        ))}
      </div>
      <table className="result-table report-summary__table">
        <caption>{t('summary.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summary.area')}</th>
            <th scope="col">{t('summary.index')}</th>
            <th scope="col">n</th>
            <th scope="col">{t('summary.region')}</th>
            <th scope="col">{t('summary.country')}</th>
            {summary.change && <th scope="col">{t('summary.change')}</th>}
          </tr>
        </thead>
        <tbody>
          {summary.areas.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <a href={`#area-${a.id}`}>{elements.label(a.id)}</a>
              </th>
              <td>
                <BandBadge band={a.band} index={a.index} words={words} />
              </td>
              <td className="num">{words.integer(a.n)}</td>
              <td className="num">
                {a.region ?? '–'} <Mark h={a} scope="region" />
              </td>
              <td className="num">
                {a.country ?? '–'} <Mark h={a} scope="country" />
              </td>
              {summary.change && (
                <td className="num">
                  {change.has(a.id) ? `${(change.get(a.id) ?? 0) > 0 ? '+' : ''}${change.get(a.id)}` : '–'}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted report-summary__rule">{t('summary.rule', { minimum: results.minGroupSize })}</p>
      {summary.strengths.length > 0 && (
        <div className="summary-highlights">
          <HighlightList title={t('summary.strengths')} items={summary.strengths} elements={elements} words={words} />
          <HighlightList
            title={t('summary.developments')}
            items={summary.developments}
            elements={elements}
            words={words}
          />
        </div>
      )}
      <nav className="report-toc no-print" aria-labelledby="toc-heading">
        <h2 id="toc-heading">{t('summary.contents')}</h2>
        <ol>
          {results.areas.map((a) => (
            <li key={a.id}>
              <a href={`#area-${a.id}`}>{elements.label(a.id)}</a>
            </li>
          ))}
        </ol>
      </nav>
    </section>
  );
}
