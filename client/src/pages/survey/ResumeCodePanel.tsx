import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { respondPaths } from '../../lib/paths';
import { SendResumeCode } from './SendResumeCode';

/** The resume code, shown large once answering has begun, with a copy button and what it is for. */
export function ResumeCodePanel({ code }: { code: string }) {
  const { t } = useTranslation('respond');
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const resumeUrl = `${window.location.origin}${respondPaths.resume}`;

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

  return (
    <section className="resume-code-panel" aria-labelledby="resume-code-heading">
      <h2 id="resume-code-heading" className="resume-code-panel__title">
        {t('code.heading')}
      </h2>
      <p className="resume-code-panel__code">
        <span aria-hidden="true">{code}</span>
        {/* Read out character by character, not as a word. */}
        <span className="visually-hidden">{code.split('').join(' ')}</span>
      </p>
      <p>{t('code.explain', { url: resumeUrl })}</p>
      <div className="resume-code-panel__actions">
        <button type="button" className="button button--secondary" onClick={copy}>
          {t('code.copy')}
        </button>
        <span role="status" className="resume-code-panel__copied">
          {copied === 'yes' && t('code.copied')}
          {copied === 'failed' && t('code.copyFailed')}
        </span>
      </div>
      <SendResumeCode code={code} />
    </section>
  );
}
