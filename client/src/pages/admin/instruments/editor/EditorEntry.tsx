import type { InstrumentVersionView } from '@shared/instruments/types';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { toApiError } from '../../../../api/client';
import { createInstrumentDraft, useInstrumentDrafts } from '../../../../api/staff';
import { useStaffErrorText } from '../../../../components/useStaffErrorText';
import { useFormat } from '../../../../i18n/format';
import { staffPaths } from '../../../../lib/paths';

/** Offers a document as a .json file named after its id and version. */
export function downloadJson(document: unknown, name: string): void {
  const blob = new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = `${name}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "New version from this one" and "Download JSON" for a version. */
export function VersionEditorActions({ view }: { view: InstrumentVersionView }) {
  const { t } = useTranslation('staff');
  const navigate = useNavigate();
  const errorText = useStaffErrorText();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const draft = await createInstrumentDraft({ from: { instrumentId: view.instrumentId, version: view.version } });
      navigate(staffPaths.instrumentDraft(draft.id));
    } catch (caught) {
      setError(errorText(toApiError(caught)));
      setBusy(false);
    }
  };
  return (
    <div className="actions">
      {view.status !== 'draft' && (
        <button type="button" className="button" onClick={start} disabled={busy}>
          {t('editor.newVersion')}
        </button>
      )}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => downloadJson(view.document, `${view.instrumentId}-${view.version}`)}
      >
        {t('editor.download')}
      </button>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The editor's open drafts and a form to start a new instrument. */
export function EditorDrafts() {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const navigate = useNavigate();
  const errorText = useStaffErrorText();
  const drafts = useInstrumentDrafts();
  const [id, setId] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      const draft = await createInstrumentDraft({ instrumentId: id.trim() });
      navigate(staffPaths.instrumentDraft(draft.id));
    } catch (caught) {
      setError(errorText(toApiError(caught)));
    }
  };
  return (
    <section className="section" aria-labelledby="editor-heading">
      <h2 id="editor-heading">{t('editor.draftsTitle')}</h2>
      <p>{t('editor.draftsIntro')}</p>
      {drafts.data && drafts.data.length > 0 && (
        <ul>
          {drafts.data.map((draft) => (
            <li key={draft.id}>
              <Link to={staffPaths.instrumentDraft(draft.id)}>
                {draft.instrumentId} {draft.version ?? ''}
              </Link>{' '}
              <span className="muted">{t('editor.savedAt', { when: format.date(draft.updatedAt) })}</span>
            </li>
          ))}
        </ul>
      )}
      <form className="editor-new" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="new-instrument-id">
            {t('editor.newInstrumentId')}
          </label>
          <input
            id="new-instrument-id"
            className="field__input"
            value={id}
            onChange={(e) => setId(e.target.value)}
            aria-describedby={error ? 'new-instrument-error' : undefined}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <button type="submit" className="button button--secondary">
          {t('editor.newInstrument')}
        </button>
        {error && (
          <p id="new-instrument-error" className="field__error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
