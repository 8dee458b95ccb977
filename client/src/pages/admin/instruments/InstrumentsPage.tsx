import { localize } from '@shared/instrument/text';
import type { InstrumentVersionSummary } from '@shared/instruments/types';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useInstrumentVersions } from '../../../api/staff';
import { Page } from '../../../components/Page';
import { useFormat } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { staffPaths } from '../../../lib/paths';
import { EditorDrafts } from './editor/EditorEntry';
import { ImportForm } from './ImportForm';
import { InstrumentBadge, shortChecksum } from './InstrumentBadge';

/** Versions by instrument; the server lists them newest first within each. */
function byInstrument(versions: readonly InstrumentVersionSummary[]): InstrumentVersionSummary[][] {
  const groups = new Map<string, InstrumentVersionSummary[]>();
  for (const version of versions)
    groups.set(version.instrumentId, [...(groups.get(version.instrumentId) ?? []), version]);
  return [...groups.values()];
}

/** Administrators: every instrument version with its status and checksum; importing a new one. */
export default function InstrumentsPage() {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  const format = useFormat();
  const versions = useInstrumentVersions();
  const groups = useMemo(() => byInstrument(versions.data ?? []), [versions.data]);

  return (
    <Page title={t('instruments.title')} loading={versions.loading} error={versions.error} onRetry={versions.reload}>
      <p className="lead">{t('instruments.intro')}</p>
      {groups.map((group) => {
        const latest = group[0];
        if (!latest) return null;
        return (
          <section key={latest.instrumentId} className="section" aria-labelledby={`instrument-${latest.instrumentId}`}>
            <h2 id={`instrument-${latest.instrumentId}`}>
              {localize(latest.title, language)} <code className="muted">{latest.instrumentId}</code>
            </h2>
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">
                  {t('instruments.versionsOf', { title: localize(latest.title, language) })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('instruments.version')}</th>
                    <th scope="col">{t('instruments.statusLabel')}</th>
                    <th scope="col" className="num">
                      {t('instruments.indicators')}
                    </th>
                    <th scope="col">{t('instruments.checksum')}</th>
                    <th scope="col">{t('instruments.createdAt')}</th>
                    <th scope="col">{t('instruments.publishedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.map((version) => (
                    <tr key={version.version}>
                      <th scope="row">
                        <Link to={staffPaths.instrumentVersion(version.instrumentId, version.version)}>
                          <span className="visually-hidden">{t('instruments.version')} </span>
                          {version.version}
                        </Link>
                      </th>
                      <td>
                        <InstrumentBadge status={version.status} />
                      </td>
                      <td className="num">{version.indicators}</td>
                      <td>
                        <code title={version.checksum}>{shortChecksum(version.checksum)}</code>
                      </td>
                      <td>{format.date(version.createdAt)}</td>
                      <td>{version.publishedAt ? format.date(version.publishedAt) : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      <EditorDrafts />
      <section className="section" aria-labelledby="import-heading">
        <h2 id="import-heading">{t('import.title')}</h2>
        <p>{t('import.intro')}</p>
        <ImportForm />
      </section>
    </Page>
  );
}
