import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { respondPaths } from '../../lib/paths';

// The mail form (with its texts and form helpers) loads when the panel is first opened, not with the survey.
const SendResumeCode = lazy(() => import('./SendResumeCode').then((m) => ({ default: m.SendResumeCode })));

/** Printing from the panel prints the code and what it is for, nothing else of the page (see print.css). */
const PRINTING_CLASS = 'printing-resume-code';

/**
 * The resume code, in one place on the survey page: folded into one line
 * ("Your resume code K7M4Q-9TXAB"), open when answering has just begun, with
 * what it is for, buttons to copy and print it, and a form that sends it to an
 * address given once (the address is not kept).
 */
export function ResumeCodePanel({ code, open }: { code: string; open: boolean }) {
  const { t } = useTranslation('respond');
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const [opened, setOpened] = useState(open);
  const resumeUrl = `${window.location.origin}${respondPaths.resume}`;

  useEffect(() => {
    const done = () => document.documentElement.classList.remove(PRINTING_CLASS);
    window.addEventListener('afterprint', done);
    return () => {
      window.removeEventListener('afterprint', done);
      done();
    };
  }, []);

  const copy = () => {
    if (!navigator.clipboard) {
      setCopied('failed');
      return;
    }
    navigator.clipboard.writeText(code).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };

  const print = () => {
    document.documentElement.classList.add(PRINTING_CLASS);
    window.print();
  };

  return (
    <details
      className="resume-code-panel"
      open={open}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary className="resume-code-panel__summary">
        {t('code.heading')}{' '}
        <span className="resume-code-panel__code" aria-hidden="true">
          {code}
        </span>
        {/* Read out character by character, not as a word. */}
        <span className="visually-hidden">{code.split('').join(' ')}</span>
      </summary>
      <div className="resume-code-panel__body">
        <p className="resume-code-panel__print-only">{t('codePanel.printNote')}</p>
        <p className="resume-code-panel__print-only resume-code-panel__code">{code}</p>
        <p>{t('code.explain', { url: resumeUrl })}</p>
        <div className="resume-code-panel__actions">
          <button type="button" className="button button--secondary button--small" onClick={copy}>
            {t('code.copy')}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={print}>
            {t('codePanel.print')}
          </button>
          <span role="status" className="resume-code-panel__copied">
            {copied === 'yes' && t('code.copied')}
            {copied === 'failed' && t('code.copyFailed')}
          </span>
        </div>
        {opened && (
          <Suspense fallback={null}>
            <SendResumeCode code={code} />
          </Suspense>
        )}
      </div>
    </details>
  );
}
