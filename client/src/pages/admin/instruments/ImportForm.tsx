import { type JsonLocation, parseJson } from '@shared/instrument/json-text';
import type { ValidationProblem } from '@shared/instrument/schema';
import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type ApiError, toApiError } from '../../../api/client';
import { checkInstrument, importInstrument } from '../../../api/staff';
import { useStaffErrorText } from '../../../components/useStaffErrorText';
import { staffPaths } from '../../../lib/paths';
import { ProblemList } from './ProblemList';

type Outcome =
  | { kind: 'parseError'; message: string; location: JsonLocation | undefined }
  | { kind: 'problems'; problems: ValidationProblem[]; imported: boolean; doc: unknown }
  | { kind: 'ok' }
  | { kind: 'failed'; error: ApiError };

const TEXT_ID = 'instrument-json';
const FILE_ID = 'instrument-file';

/** Importing a version: a .json file or pasted JSON, checked ("Tarkista") and imported as a draft. */
export function ImportForm() {
  const { t } = useTranslation('staff');
  const navigate = useNavigate();
  const errorText = useStaffErrorText();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string>();
  const [busy, setBusy] = useState<'check' | 'import'>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [empty, setEmpty] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome) resultRef.current?.focus();
  }, [outcome]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setText(await file.text());
    setFileName(file.name);
    setOutcome(undefined);
  };

  const run = async (action: 'check' | 'import') => {
    if (!text.trim()) {
      setEmpty(true);
      document.getElementById(TEXT_ID)?.focus();
      return;
    }
    setEmpty(false);
    const parsed = parseJson(text);
    if (!parsed.ok) {
      setOutcome({ kind: 'parseError', message: parsed.message, location: parsed.location });
      return;
    }
    setBusy(action);
    try {
      if (action === 'check') {
        const check = await checkInstrument(parsed.value);
        setOutcome(
          check.ok
            ? { kind: 'ok' }
            : { kind: 'problems', problems: check.problems, imported: false, doc: parsed.value },
        );
      } else {
        const view = await importInstrument(parsed.value);
        navigate(staffPaths.instrumentVersion(view.instrumentId, view.version), { state: { imported: true } });
      }
    } catch (caught) {
      const error = toApiError(caught);
      setOutcome(
        error.code === 'invalid_instrument'
          ? // invalid_instrument's problems are the instrument check's (rule and params beside the path)
            { kind: 'problems', problems: error.problems as ValidationProblem[], imported: true, doc: parsed.value }
          : { kind: 'failed', error },
      );
    } finally {
      setBusy(undefined);
    }
  };

  /** Selects the line of a parse error in the text box, so the author lands on it. */
  const showLocation = (location: JsonLocation) => {
    const area = document.getElementById(TEXT_ID);
    if (!(area instanceof HTMLTextAreaElement)) return;
    const lines = text.split('\n');
    const start = lines.slice(0, location.line - 1).reduce((sum, line) => sum + line.length + 1, 0);
    const end = start + (lines[location.line - 1]?.length ?? 0);
    area.focus();
    area.setSelectionRange(start, end);
  };

  return (
    <form className="form" noValidate onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={FILE_ID} className="field__label">
          {t('import.file')}
        </label>
        <p id={`${FILE_ID}-hint`} className="field__hint">
          {t('import.fileHint')}
        </p>
        <input
          id={FILE_ID}
          type="file"
          accept=".json,application/json"
          className="field__file"
          aria-describedby={`${FILE_ID}-hint`}
          onChange={(event) => void onFile(event)}
        />
        <p className="form__status" role="status">
          {fileName && t('import.fileRead', { name: fileName })}
        </p>
      </div>
      <div className={empty ? 'field field--wide field--invalid' : 'field field--wide'}>
        <label htmlFor={TEXT_ID} className="field__label">
          {t('import.text')}
        </label>
        <p id={`${TEXT_ID}-hint`} className="field__hint">
          {t('import.textHint')}
        </p>
        {empty && (
          <p id={`${TEXT_ID}-error`} className="field__error">
            {t('import.empty')}
          </p>
        )}
        <textarea
          id={TEXT_ID}
          className="field__textarea field__textarea--code"
          rows={14}
          spellCheck={false}
          value={text}
          aria-invalid={empty || undefined}
          aria-describedby={empty ? `${TEXT_ID}-hint ${TEXT_ID}-error` : `${TEXT_ID}-hint`}
          onChange={(event) => {
            setText(event.target.value);
            setOutcome(undefined);
          }}
        />
      </div>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={busy !== undefined}
          onClick={() => void run('check')}
        >
          {busy === 'check' ? t('common.working') : t('import.check')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy !== undefined}
          onClick={() => void run('import')}
        >
          {busy === 'import' ? t('common.working') : t('import.import')}
        </button>
      </div>
      {outcome && (
        <div
          ref={resultRef}
          tabIndex={-1}
          role={outcome.kind === 'ok' ? 'status' : 'alert'}
          className={outcome.kind === 'ok' ? 'notice notice--success' : 'notice notice--error'}
        >
          {outcome.kind === 'ok' && (
            <>
              <h3 className="notice__title">{t('import.okTitle')}</h3>
              <p>{t('import.okText')}</p>
            </>
          )}
          {outcome.kind === 'parseError' && (
            <>
              <h3 className="notice__title">{t('import.parseErrorTitle')}</h3>
              <p>
                {outcome.location
                  ? t('import.parseErrorAt', { line: outcome.location.line, column: outcome.location.column })
                  : t('import.parseErrorNoPlace')}
              </p>
              <p className="notice__detail">
                <code>{outcome.message}</code>
              </p>
              {outcome.location && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => outcome.location && showLocation(outcome.location)}
                >
                  {t('import.showLine', { line: outcome.location.line })}
                </button>
              )}
            </>
          )}
          {outcome.kind === 'problems' && (
            <>
              <h3 className="notice__title">
                {t(outcome.imported ? 'import.notImported' : 'import.problemsTitle', {
                  count: outcome.problems.length,
                })}
              </h3>
              <ProblemList problems={outcome.problems} doc={outcome.doc} />
            </>
          )}
          {outcome.kind === 'failed' && (
            <>
              <h3 className="notice__title">{t('import.failedTitle')}</h3>
              <p>{errorText(outcome.error)}</p>
            </>
          )}
        </div>
      )}
    </form>
  );
}
