import { displayNumber, type Language, localize } from '@shared/instrument/text';
import { type ReactNode, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import {
  addIndicator,
  addStandard,
  type Doc,
  edit,
  mergeIndicators,
  moveIndicator,
  moveIndicatorTo,
  moveStandard,
  moveStandardTo,
  removeIndicator,
  removeStandard,
  renameId,
  setText,
  splitIndicator,
} from './ops';
import { TextFields } from './TextFields';

type Props = { doc: Doc; previousIds: ReadonlySet<string>; onChange: (doc: Doc) => void };

/** A small button whose visible text is short and whose accessible name says what it acts on. */
function Act({
  label,
  context,
  onClick,
  disabled,
}: {
  label: string;
  context: ReactNode;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <button type="button" className="button button--secondary" onClick={onClick} disabled={disabled}>
      {label}
      <span className="visually-hidden"> {context}</span>
    </button>
  );
}

/** Renames an id in place: the mapping says the new id continues the old one. */
function RenameId({ id, onRename, inputId }: { id: string; onRename: (next: string) => void; inputId: string }) {
  const { t } = useTranslation('staff');
  const [value, setValue] = useState(id);
  return (
    <span className="editor-rename">
      <label htmlFor={inputId} className="visually-hidden">
        <Trans t={t} i18nKey="editor.idOf" values={{ id }} components={{ code: <code /> }} />
      </label>
      <input
        id={inputId}
        className="field__input editor-rename__input"
        value={value}
        onChange={(e) => setValue(e.target.value.trim())}
      />
      <Act
        label={t('editor.rename')}
        context={<code>{id}</code>}
        disabled={value === id || value === ''}
        onClick={() => onRename(value)}
      />
    </span>
  );
}

/** Areas, standards and indicators with their texts side by side and every structural operation as a button. */
export function StructureEditor({ doc, previousIds, onChange }: Props) {
  const { t } = useTranslation('staff');
  const [selected, setSelected] = useState<string[]>([]);
  const [moveTargets, setMoveTargets] = useState<Record<string, string>>({});
  const languages: readonly Language[] = doc.languages;
  const standards = doc.areas.flatMap((a) => a.standards);
  const text = (path: (a: Doc) => { [k: string]: unknown }, key: string) => (lang: Language, value: string) =>
    onChange(
      edit(doc, (d) => {
        const owner = path(d);
        owner[key] = setText(owner[key] as never, lang, value);
      }),
    );
  const toggle = (id: string) =>
    setSelected((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  const merge = () => {
    onChange(mergeIndicators(doc, selected, previousIds));
    setSelected([]);
  };

  return (
    <div className="editor-structure">
      <TextFields
        legend={t('editor.instrumentTitle')}
        text={doc.title}
        languages={languages}
        idBase="text-title"
        onChange={text((d) => d, 'title')}
      />
      <div className="editor-merge" aria-live="polite">
        <button type="button" className="button" disabled={selected.length < 2} onClick={merge}>
          {t('editor.merge', { count: selected.length })}
        </button>
        <span className="muted">{t('editor.mergeHint')}</span>
      </div>
      {doc.areas.map((area, a) => (
        // Areas fold, so that a long instrument stays workable; the first one is open.
        <details key={area.id} className="editor-area" open={a === 0}>
          <summary className="editor-area__summary">
            <h3 className="editor-area__title">
              {displayNumber(a)} <span lang="fi">{localize(area.title, 'fi')}</span> <code>{area.id}</code>
            </h3>
          </summary>
          <TextFields
            legend={`${displayNumber(a)} ${t('editor.areaTitle')}`}
            text={area.title}
            languages={languages}
            idBase={`text-${area.id}-title`}
            onChange={text((d) => d.areas[a]!, 'title')}
          />
          {area.standards.map((standard, s) => {
            const number = displayNumber(a, s);
            const moveKey = `standard:${standard.id}`;
            return (
              <section key={standard.id} className="editor-standard" aria-labelledby={`standard-${standard.id}`}>
                <h4 id={`standard-${standard.id}`}>
                  {number} <code>{standard.id}</code>
                </h4>
                <TextFields
                  legend={`${number} ${t('editor.statement')}`}
                  text={standard.statement}
                  languages={languages}
                  idBase={`text-${standard.id}-statement`}
                  onChange={text((d) => d.areas[a]!.standards[s]!, 'statement')}
                  long
                />
                <div className="actions editor-actions">
                  <Act
                    label={t('editor.up')}
                    context={number}
                    disabled={s === 0}
                    onClick={() => onChange(moveStandard(doc, a, s, -1))}
                  />
                  <Act
                    label={t('editor.down')}
                    context={number}
                    disabled={s === area.standards.length - 1}
                    onClick={() => onChange(moveStandard(doc, a, s, 1))}
                  />
                  <MoveTo
                    label={t('editor.moveToArea')}
                    context={number}
                    value={moveTargets[moveKey] ?? ''}
                    options={doc.areas
                      .filter((x) => x.id !== area.id)
                      .map((x, n) => ({ value: x.id, label: x.id, key: n }))}
                    onSelect={(value) => setMoveTargets((m) => ({ ...m, [moveKey]: value }))}
                    onMove={(target) => onChange(moveStandardTo(doc, a, s, target))}
                    selectId={`move-${standard.id}`}
                  />
                  <RenameId
                    id={standard.id}
                    inputId={`id-${standard.id}`}
                    onRename={(next) => onChange(renameId(doc, standard.id, next, previousIds))}
                  />
                  <Act
                    label={t('editor.addIndicator')}
                    context={number}
                    onClick={() => onChange(addIndicator(doc, a, s))}
                  />
                  <Act
                    label={t('editor.remove')}
                    context={number}
                    disabled={area.standards.length === 1}
                    onClick={() => onChange(removeStandard(doc, a, s, previousIds))}
                  />
                </div>
                <ol className="editor-indicators">
                  {standard.indicators.map((indicator, i) => {
                    const at = { a, s, i };
                    const inumber = displayNumber(a, s, i);
                    const key = `indicator:${indicator.id}`;
                    return (
                      <li key={indicator.id} className="editor-indicator">
                        <p className="editor-indicator__head">
                          <strong>{inumber}</strong> <code>{indicator.id}</code>
                          {!previousIds.has(indicator.id) && previousIds.size > 0 && (
                            <span className="badge badge--change-added">{t('editor.new')}</span>
                          )}
                          <label className="editor-indicator__select">
                            <input
                              type="checkbox"
                              checked={selected.includes(indicator.id)}
                              onChange={() => toggle(indicator.id)}
                            />{' '}
                            {t('editor.selectForMerge')}
                            <span className="visually-hidden"> {inumber}</span>
                          </label>
                        </p>
                        <TextFields
                          legend={`${inumber} ${t('editor.question')}`}
                          text={indicator.question}
                          languages={languages}
                          idBase={`text-${indicator.id}-question`}
                          onChange={text((d) => d.areas[a]!.standards[s]!.indicators[i]!, 'question')}
                          long
                        />
                        <div className="actions editor-actions">
                          <Act
                            label={t('editor.up')}
                            context={inumber}
                            disabled={i === 0}
                            onClick={() => onChange(moveIndicator(doc, at, -1))}
                          />
                          <Act
                            label={t('editor.down')}
                            context={inumber}
                            disabled={i === standard.indicators.length - 1}
                            onClick={() => onChange(moveIndicator(doc, at, 1))}
                          />
                          <MoveTo
                            label={t('editor.moveToStandard')}
                            context={inumber}
                            value={moveTargets[key] ?? ''}
                            options={standards
                              .filter((x) => x.id !== standard.id)
                              .map((x, n) => ({ value: x.id, label: x.id, key: n }))}
                            onSelect={(value) => setMoveTargets((m) => ({ ...m, [key]: value }))}
                            onMove={(target) => onChange(moveIndicatorTo(doc, at, target))}
                            selectId={`move-${indicator.id}`}
                          />
                          <Act
                            label={t('editor.split')}
                            context={inumber}
                            onClick={() => onChange(splitIndicator(doc, at, 2, previousIds))}
                          />
                          <RenameId
                            id={indicator.id}
                            inputId={`id-${indicator.id}`}
                            onRename={(next) => onChange(renameId(doc, indicator.id, next, previousIds))}
                          />
                          <Act
                            label={t('editor.remove')}
                            context={inumber}
                            disabled={standard.indicators.length === 1}
                            onClick={() => onChange(removeIndicator(doc, at, previousIds))}
                          />
                        </div>
                      </li>
                    );
                  })}
                </ol>
              </section>
            );
          })}
          <Act
            label={t('editor.addStandard')}
            context={displayNumber(a)}
            onClick={() => onChange(addStandard(doc, a))}
          />
        </details>
      ))}
    </div>
  );
}

type MoveToProps = {
  label: string;
  context: string;
  value: string;
  options: { value: string; label: string; key: number }[];
  onSelect: (value: string) => void;
  onMove: (target: string) => void;
  selectId: string;
};

/** Moving to another parent: a select and a button, usable from the keyboard. */
function MoveTo({ label, context, value, options, onSelect, onMove, selectId }: MoveToProps) {
  const { t } = useTranslation('staff');
  if (options.length === 0) return null;
  return (
    <span className="editor-move">
      <label htmlFor={selectId} className="visually-hidden">
        {label} {context}
      </label>
      <select id={selectId} className="field__select" value={value} onChange={(e) => onSelect(e.target.value)}>
        <option value="">{label}</option>
        {options.map((o) => (
          <option key={o.key} value={o.value} translate="no">
            {o.label}
          </option>
        ))}
      </select>
      <Act label={t('editor.move')} context={context} disabled={!value} onClick={() => onMove(value)} />
    </span>
  );
}
