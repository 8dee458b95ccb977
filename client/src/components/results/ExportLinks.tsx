import { useTranslation } from 'react-i18next';

export type ExportLink = { href: string; label: string };

/** Downloads (plain links: the browser saves the file) and a print button. */
export function ExportLinks({ links, onPrint }: { links: ExportLink[]; onPrint?: () => void }) {
  const { t } = useTranslation('results');
  return (
    <nav className="export-links no-print" aria-label={t('export.title')}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} download>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      {onPrint && (
        <button type="button" className="button button--secondary" onClick={onPrint}>
          {t('report.print')}
        </button>
      )}
    </nav>
  );
}
