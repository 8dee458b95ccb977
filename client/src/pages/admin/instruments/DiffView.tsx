import type { DiffEntry, FieldChange } from '@shared/instrument/diff';
import { type NumberedElement, numberInstrument } from '@shared/instrument/numbering';
import type { Instrument } from '@shared/instrument/schema';
import { localize } from '@shared/instrument/text';
import type { InstrumentDiffView } from '@shared/instruments/types';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { CHANGES, entryLabel, fieldKey, fieldParts, groupDiff, KINDS, numberOf } from './diffGroups';
import { ProblemList } from './ProblemList';
import { wordDiff } from './wordDiff';

type Numbering = { current: Map<string, NumberedElement>; previous: Map<string, NumberedElement> | undefined };

function useFieldLabel() {
  const { t } = useTranslation('staff');
  return (field: string) => {
    const parts = fieldParts(field);
    const key = fieldKey(parts.name);
    const name = key ? t(`diff.fields.${key}`) : parts.name;
    const value = parts.value !== undefined ? ` ${parts.value}` : '';
    const lang = parts.lang ? ` (${t(`languages.plain.${parts.lang}`)})` : '';
    return `${name}${value}${lang}`;
  };
}

function FieldTable({ fields, caption, numbering }: { fields: FieldChange[]; caption: string; numbering?: Numbering }) {
  const { t } = useTranslation('staff');
  const label = useFieldLabel();
  // A moved node's parent ids read better with their display numbers.
  const show = (change: FieldChange, side: 'before' | 'after') => {
    const { field } = change;
    const value = change[side];
    if (value === undefined) return <span className="muted">{t('diff.noValue')}</span>;
    if (numbering && (field === 'standard' || field === 'area')) {
      return `${numberOf(value, numbering.current, numbering.previous)} (${value})`;
    }
    if (change.before === undefined || change.after === undefined) return value;
    // The words that changed, marked on each side: removed ones before, added ones after.
    const hidden = side === 'before' ? 'added' : 'removed';
    return wordDiff(change.before, change.after)
      .filter((part) => part.change !== hidden)
      .map((part, index) =>
        part.change === 'same' ? (
          part.text
        ) : side === 'before' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed text
          <del key={index} className="word-removed">
            {part.text}
          </del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed text
          <ins key={index} className="word-added">
            {part.text}
          </ins>
        ),
      );
  };
  return (
    <div className="table-scroll">
      <table className="data-table diff-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('diff.field')}</th>
            <th scope="col">{t('diff.before')}</th>
            <th scope="col">{t('diff.after')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((change) => (
            <tr key={change.field}>
              <th scope="row">{label(change.field)}</th>
              <td className="diff-table__before" lang={fieldParts(change.field).lang}>
                {show(change, 'before')}
              </td>
              <td className="diff-table__after" lang={fieldParts(change.field).lang}>
                {show(change, 'after')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EntryItem({ entry, numbering }: { entry: DiffEntry; numbering: Numbering }) {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  const { number, text } = entryLabel(entry, numbering.current, numbering.previous);
  const ids = (list: string[]) =>
    list.map((id) => `${numberOf(id, numbering.current, numbering.previous)} (${id})`).join(', ');
  const title = `${number ?? ''} ${text ? localize(text, language) : ''}`.trim() || entry.id;
  return (
    <li className={`diff-entry diff-entry--${entry.change}`}>
      <p className="diff-entry__title">
        <span className={`badge badge--change-${entry.change}`}>{t(`diff.change.${entry.change}`)}</span>{' '}
        <strong>{title}</strong> <code className="muted">{entry.id}</code>
      </p>
      {entry.replacedBy && <p>{t('diff.replacedBy', { ids: ids(entry.replacedBy) })}</p>}
      {entry.replaces && <p>{t('diff.replaces', { ids: ids(entry.replaces) })}</p>}
      {entry.change === 'removed' && !entry.replacedBy && entry.kind === 'indicator' && (
        <p className="muted">{t('diff.noSuccessor')}</p>
      )}
      {entry.fields && entry.fields.length > 0 && (
        <FieldTable fields={entry.fields} caption={t('diff.fieldsOf', { name: title })} numbering={numbering} />
      )}
    </li>
  );
}

type Props = { view: InstrumentDiffView; current: Instrument; previous: Instrument | undefined };

/** What changed since the previous version: counts, the instrument's own fields, then areas, standards and indicators. */
export function DiffView({ view, current, previous }: Props) {
  const { t } = useTranslation('staff');
  const numbering = useMemo<Numbering>(
    () => ({ current: numberInstrument(current), previous: previous ? numberInstrument(previous) : undefined }),
    [current, previous],
  );
  const groups = useMemo(() => groupDiff(view.diff?.entries ?? []), [view.diff]);
  const { diff, summary } = view;

  return (
    <>
      {!diff || !summary ? (
        <p>{t('diff.first')}</p>
      ) : (
        <>
          <p>{t('diff.against', { version: view.previousVersion, count: summary.total })}</p>
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t('diff.summaryCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('diff.kindColumn')}</th>
                  {CHANGES.map((change) => (
                    <th key={change} scope="col" className="num">
                      {t(`diff.change.${change}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {KINDS.map((kind) => (
                  <tr key={kind}>
                    <th scope="row">{t(`diff.kinds.${kind}`)}</th>
                    {CHANGES.map((change) => (
                      <td key={change} className="num">
                        {summary[kind][change]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {diff.instrument.length > 0 && (
            <>
              <h3>{t('diff.instrumentFields')}</h3>
              <FieldTable fields={diff.instrument} caption={t('diff.instrumentFields')} />
            </>
          )}
          {groups.map((group) => (
            <div key={group.kind} className="diff-group">
              <h3>{t(`diff.kinds.${group.kind}`)}</h3>
              {group.changes.map(({ change, entries }) => (
                <div key={change}>
                  <h4>{t(`diff.changeHeading.${change}`, { size: entries.length })}</h4>
                  <ul className="diff-list">
                    {entries.map((entry) => (
                      <EntryItem key={`${entry.kind}:${entry.id}`} entry={entry} numbering={numbering} />
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          ))}
        </>
      )}
      {view.mappingProblems.length > 0 && (
        <div className="notice notice--error">
          <h3 className="notice__title">{t('diff.mappingProblems', { count: view.mappingProblems.length })}</h3>
          <ProblemList problems={view.mappingProblems} doc={current} />
        </div>
      )}
    </>
  );
}
