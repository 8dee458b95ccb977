import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies with the Clipboard API, or by selecting the field where that is not allowed (plain http, old browsers). */
export async function copyText(text: string, input: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!input) return false;
    input.select();
    // execCommand is deprecated but the only fallback where the Clipboard API is blocked.
    return document.execCommand('copy');
  }
}

/** A read-only text (a link) with a copy button; the result is announced. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation('staff');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<'copied' | 'failed'>();
  return (
    <div className="copy-field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="copy-field__row">
        <input
          id={id}
          ref={input}
          className="field__input copy-field__input"
          readOnly
          value={value}
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void copyText(value, input.current).then((ok) => setResult(ok ? 'copied' : 'failed'))}
        >
          {t('copy.button')}
          <span className="visually-hidden">: {label}</span>
        </button>
      </div>
      <p className="copy-field__status" role="status">
        {result === 'copied' && t('copy.copied')}
        {result === 'failed' && t('copy.failed')}
      </p>
    </div>
  );
}
