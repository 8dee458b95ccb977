import { diffInstruments, summarizeDiff } from '@shared/instrument/diff';
import { checkMapping } from '@shared/instrument/mapping';
import { flattenIndicators } from '@shared/instrument/paths';
import type { Instrument } from '@shared/instrument/schema';
import { localize } from '@shared/instrument/text';
import type { InstrumentDiffView, InstrumentDraftView } from '@shared/instruments/types';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { toApiError } from '../../../../api/client';
import { discardInstrumentDraft, publishInstrumentDraft, useInstrumentDraft } from '../../../../api/staff';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { Loading } from '../../../../components/Feedback';
import { Page } from '../../../../components/Page';
import { useStaffErrorText } from '../../../../components/useStaffErrorText';
import { useLanguage } from '../../../../i18n/useLanguage';
import { staffPaths } from '../../../../lib/paths';
import { DiffView } from '../DiffView';
import { ProblemList } from '../ProblemList';
import { downloadJson } from './EditorEntry';
import { type Doc, edit, missingTranslations, removedWithoutSuccessor } from './ops';
import { StructureEditor } from './StructureEditor';
import { useDraftAutosave } from './useDraftAutosave';
import './editor.css';

const InstrumentPreview = lazy(() => import('../InstrumentPreview'));

type Action = 'publish' | 'discard';

function Editor({ draft }: { draft: InstrumentDraftView }) {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  const navigate = useNavigate();
  const errorText = useStaffErrorText();
  const { doc, change, check, state, error, flush } = useDraftAutosave(draft);
  const [action, setAction] = useState<Action>();
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string>();
  const shown = useRef<Action>('publish');
  if (action) shown.current = action;

  const previous = draft.previous;
  const previousIds = useMemo(
    () => new Set(previous ? flattenIndicators(previous).map((e) => e.indicator.id) : []),
    [previous],
  );
  // Live: each autosave brings the server's verdict, the same as the CLI's and the import's.
  const instrument = check.ok && state === 'saved' ? (doc as Instrument) : undefined;
  const { problems } = check;
  const missing = missingTranslations(doc);
  const orphans = removedWithoutSuccessor(doc, previousIds);
  const diffView = useMemo((): InstrumentDiffView | undefined => {
    if (!instrument || !previous) return undefined;
    const diff = diffInstruments(previous, instrument);
    return {
      previousVersion: previous.version,
      diff,
      summary: summarizeDiff(diff),
      mappingProblems: checkMapping(previous, instrument),
    };
  }, [instrument, previous]);

  const run = async () => {
    setBusy(true);
    setActionError(undefined);
    try {
      if (action === 'discard') {
        await discardInstrumentDraft(draft.id);
        navigate(staffPaths.instruments);
        return;
      }
      const revision = await flush();
      const view = await publishInstrumentDraft(draft.id, revision);
      navigate(staffPaths.instrumentVersion(view.instrumentId, view.version));
    } catch (caught) {
      setActionError(errorText(toApiError(caught)));
      setBusy(false);
    }
  };

  const title = localize(doc.title, language) || draft.instrumentId;
  return (
    <Page
      title={t('editor.title', { title, version: doc.version })}
      breadcrumb={<Link to={staffPaths.instruments}>{t('instruments.title')}</Link>}
      sub={
        <p className="editor-status" role="status">
          {t(`editor.state.${state}`)}
          {error && state === 'failed' && ` ${errorText(error)}`}
        </p>
      }
    >
      <div className="actions editor-toolbar">
        <button type="button" className="button button--primary" onClick={() => setAction('publish')}>
          {t('editor.publish')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadJson(doc, `${draft.instrumentId}-${doc.version}`)}
        >
          {t('editor.download')}
        </button>
        <button type="button" className="button button--danger" onClick={() => setAction('discard')}>
          {t('editor.discard')}
        </button>
      </div>
      <div className="field editor-version">
        <label className="field__label" htmlFor="editor-version">
          {t('instruments.version')}
        </label>
        <input
          id="editor-version"
          className="field__input"
          value={doc.version}
          onChange={(e) => change(edit(doc, (d) => ((d as Doc).version = e.target.value.trim() as never)))}
        />
        {draft.basedOn && <p className="muted">{t('editor.basedOn', { version: draft.basedOn })}</p>}
      </div>

      <section className="section" aria-labelledby="editor-check-heading">
        <h2 id="editor-check-heading">{t('editor.checkTitle')}</h2>
        <p>
          {t('editor.missingCount')}{' '}
          {doc.languages.map((lang, n) => (
            <span key={lang} className={missing[lang] > 0 ? 'editor-count editor-count--missing' : 'editor-count'}>
              {n > 0 && ', '}
              {t(`languages.plain.${lang}`)} {missing[lang]}
            </span>
          ))}
        </p>
        {problems.length === 0 ? (
          <p className="notice notice--success">{t('editor.valid')}</p>
        ) : (
          <div className="notice notice--warning">
            <h3 className="notice__title">{t('editor.problems', { count: problems.length })}</h3>
            <ProblemList problems={problems} doc={doc} />
          </div>
        )}
        {orphans.length > 0 && (
          <div className="notice notice--warning">
            <h3 className="notice__title">{t('editor.orphansTitle', { count: orphans.length })}</h3>
            <p>{t('editor.orphansText')}</p>
            <ul>
              {orphans.map((id) => (
                <li key={id}>
                  <code>{id}</code>
                </li>
              ))}
            </ul>
          </div>
        )}
        <h3>{t('editor.mappingTitle')}</h3>
        {Object.keys(doc.replaces ?? {}).length === 0 ? (
          <p className="muted">{t('editor.noMapping')}</p>
        ) : (
          <ul className="editor-mapping">
            {Object.entries(doc.replaces ?? {}).map(([from, to]) => (
              <li key={from}>
                <code>{from}</code> →{' '}
                {to.map((id) => (
                  <code key={id}>{id}</code>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby="editor-structure-heading">
        <h2 id="editor-structure-heading">{t('editor.structureTitle')}</h2>
        <StructureEditor doc={doc} previousIds={previousIds} onChange={change} />
      </section>

      <section className="section" aria-labelledby="editor-diff-heading">
        <h2 id="editor-diff-heading">{t('diff.title')}</h2>
        {!previous && <p className="muted">{t('editor.noPrevious')}</p>}
        {previous && !diffView && <p className="muted">{t('editor.fixFirst')}</p>}
        {previous && diffView && instrument && <DiffView view={diffView} current={instrument} previous={previous} />}
      </section>

      <section className="section" aria-labelledby="editor-preview-heading">
        <h2 id="editor-preview-heading">{t('preview.title')}</h2>
        {instrument ? (
          <Suspense fallback={<Loading />}>
            <InstrumentPreview instrument={instrument} />
          </Suspense>
        ) : (
          <p className="muted">{t('editor.fixFirst')}</p>
        )}
      </section>

      <ConfirmDialog
        open={action !== undefined}
        title={t(shown.current === 'publish' ? 'editor.publishTitle' : 'editor.discardTitle')}
        confirmLabel={t(shown.current === 'publish' ? 'editor.publish' : 'editor.discard')}
        danger={shown.current === 'discard'}
        busy={busy}
        error={actionError}
        onConfirm={() => void run()}
        onCancel={() => setAction(undefined)}
      >
        <p>{t(shown.current === 'publish' ? 'editor.publishText' : 'editor.discardText')}</p>
        <p>
          <strong>
            {draft.instrumentId} {doc.version}
          </strong>
        </p>
      </ConfirmDialog>
    </Page>
  );
}

/** The instrument editor: a draft edited in place, checked live, saved as you go, published when ready. */
export default function InstrumentEditorPage() {
  const { t } = useTranslation('staff');
  const { draftId } = useParams();
  const loaded = useInstrumentDraft(draftId);
  if (!loaded.data) {
    return (
      <Page
        title={t('editor.loadingTitle')}
        breadcrumb={<Link to={staffPaths.instruments}>{t('instruments.title')}</Link>}
        loading={loaded.loading}
        error={loaded.error}
        onRetry={loaded.reload}
      />
    );
  }
  return <Editor key={loaded.data.id} draft={loaded.data} />;
}
