import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

export type SummaryItem = {
  /** The id of the control to move to, when the problem belongs to one. */
  id?: string;
  label?: string;
  message: string;
};

function focusControl(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  element.focus();
}

/**
 * The problems of a form above it, each a link to its control. The form moves
 * focus here after a failed submit, so every user hears what to fix.
 */
export function ErrorSummary({
  items,
  title,
  ref,
}: {
  items: SummaryItem[];
  title?: string;
  ref?: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation('staff');
  if (items.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="error-summary__title">{title ?? t('form.summaryTitle')}</h2>
      <ul className="error-summary__list">
        {items.map((item, index) => (
          // Problems have no ids of their own; their order is stable within one answer.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index}>
            {item.id ? (
              <a
                href={`#${item.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusControl(item.id ?? '');
                }}
              >
                {item.label ? `${item.label}: ` : ''}
                {item.message}
              </a>
            ) : (
              <>
                {item.label ? `${item.label}: ` : ''}
                {item.message}
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
