import type { AuditEntry } from '@shared/audit/types';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, toApiError } from '../../api/client';
import { fetchAudit } from '../../api/staff';
import { ErrorNotice, Loading } from '../../components/Feedback';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { type AuditWords, describeAudit, nextCursor } from './auditView';

export const AUDIT_PAGE = 50;

const LOCALES = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/** Administrators: who did what, when and to what; newest first, fifty at a time. */
export default function AuditPage() {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [more, setMore] = useState(true);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [announce, setAnnounce] = useState('');
  /** The first row of the page just loaded with "show more": focus moves there, as the button may be gone. */
  const [firstNew, setFirstNew] = useState<number>();
  const firstNewRow = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (firstNew !== undefined) firstNewRow.current?.focus();
  }, [firstNew]);

  const load = useCallback(
    async (before: number | undefined) => {
      setLoading(true);
      setError(undefined);
      try {
        const page = await fetchAudit(AUDIT_PAGE, before);
        setEntries((all) => {
          if (before !== undefined && page.length > 0) setFirstNew(page[0]?.id);
          return before === undefined ? page : [...all, ...page];
        });
        setMore(page.length === AUDIT_PAGE);
        if (before !== undefined) setAnnounce(t('audit.loaded', { count: page.length }));
      } catch (caught) {
        setError(toApiError(caught));
      } finally {
        setLoading(false);
      }
    },
    [t],
  );

  useEffect(() => {
    void load(undefined);
  }, [load]);

  const format = useFormat();
  const when = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'short', timeStyle: 'medium' });
  // The view words entries with keys it builds itself; the keys test checks that each exists in every language.
  const words: AuditWords = {
    t: (key, options) => String(t(key as never, options as never)),
    language,
    date: format.date,
  };

  return (
    <Page title={t('audit.title')}>
      <p>{t('audit.intro')}</p>
      {error && <ErrorNotice error={error} onRetry={() => void load(nextCursor(entries))} />}
      {entries.length === 0 && !loading && !error && <p>{t('audit.none')}</p>}
      {entries.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.user')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.target')}</th>
                <th scope="col">{t('audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const line = describeAudit(entry, words);
                return (
                  <tr
                    key={entry.id}
                    ref={entry.id === firstNew ? firstNewRow : undefined}
                    tabIndex={entry.id === firstNew ? -1 : undefined}
                  >
                    <td className="nowrap">
                      <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>
                    </td>
                    <td className="break">{entry.userEmail ?? t('audit.system')}</td>
                    <th scope="row">{line.action}</th>
                    <td className="break">{line.target}</td>
                    <td className="break">{line.details}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {loading && <Loading />}
      <p className="form__status" role="status">
        {announce}
      </p>
      {entries.length > 0 &&
        (more ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={loading}
            onClick={() => void load(nextCursor(entries))}
          >
            {t('audit.more')}
          </button>
        ) : (
          <p className="muted">{t('audit.end')}</p>
        ))}
    </Page>
  );
}
