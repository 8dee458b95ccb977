import { localize } from '@shared/instrument/text';
import type { InstrumentVersionView } from '@shared/instruments/types';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useInstrumentDiff, useInstrumentVersion } from '../../../api/staff';
import { ErrorNotice, Loading } from '../../../components/Feedback';
import { Page } from '../../../components/Page';
import { useFormat } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { staffPaths } from '../../../lib/paths';
import { DiffView } from './DiffView';
import { VersionEditorActions } from './editor/EditorEntry';
import { InstrumentBadge } from './InstrumentBadge';
import { VersionActions } from './VersionActions';

// SurveyJS is large: it loads only when the preview is shown.
const InstrumentPreview = lazy(() => import('./InstrumentPreview'));

function importedNow(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'imported' in state && state.imported === true;
}

function Metadata({ view }: { view: InstrumentVersionView }) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const rows: [string, string][] = [
    [t('version.id'), view.instrumentId],
    [t('instruments.version'), view.version],
    [t('instruments.indicators'), String(view.indicators)],
    [t('version.languages'), view.document.languages.map((l) => t(`languages.plain.${l}`)).join(', ')],
    [t('instruments.createdAt'), format.date(view.createdAt)],
    [t('instruments.publishedAt'), view.publishedAt ? format.date(view.publishedAt) : '–'],
    [t('version.retiredAt'), view.retiredAt ? format.date(view.retiredAt) : '–'],
  ];
  return (
    <dl className="facts facts--stacked">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      <div className="facts__wide">
        <dt>{t('instruments.checksum')}</dt>
        <dd>
          <code className="break">{view.checksum}</code>
        </dd>
      </div>
    </dl>
  );
}

/** One instrument version: metadata, publish/retire/delete, what changed since the last version, and a preview. */
export default function InstrumentVersionPage() {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  const location = useLocation();
  const { instrumentId, version } = useParams();
  const loaded = useInstrumentVersion(instrumentId, version);
  const diff = useInstrumentDiff(instrumentId, version);
  const previous = useInstrumentVersion(instrumentId, diff.data?.previousVersion);
  const [view, setView] = useState<InstrumentVersionView>();
  useEffect(() => setView(loaded.data), [loaded.data]);
  const title = view ? `${localize(view.title, language)} ${view.version}` : `${instrumentId ?? ''} ${version ?? ''}`;

  return (
    <Page
      title={title}
      breadcrumb={<Link to={staffPaths.instruments}>{t('instruments.title')}</Link>}
      sub={view && <InstrumentBadge status={view.status} />}
      loading={loaded.loading}
      error={loaded.error}
      onRetry={loaded.reload}
    >
      {importedNow(location.state) && (
        <div className="notice notice--success" role="status">
          <p>{t('version.imported')}</p>
        </div>
      )}
      {view && (
        <>
          <Metadata view={view} />
          {view.status === 'published' && <p>{t('version.immutableNote')}</p>}
          <VersionActions view={view} onChanged={setView} />
          <VersionEditorActions view={view} />
          <section className="section" aria-labelledby="diff-heading">
            <h2 id="diff-heading">{t('diff.title')}</h2>
            {diff.loading && <Loading />}
            {diff.error && <ErrorNotice error={diff.error} onRetry={diff.reload} />}
            {diff.data && <DiffView view={diff.data} current={view.document} previous={previous.data?.document} />}
          </section>
          <section className="section" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t('preview.title')}</h2>
            <Suspense fallback={<Loading />}>
              <InstrumentPreview instrument={view.document} />
            </Suspense>
          </section>
        </>
      )}
    </Page>
  );
}
