/**
 * Labelled form controls: the hint and the error are tied to the control with
 * aria-describedby, and an error also sets aria-invalid. Each control takes
 * an explicit id so that an error summary can link to it.
 */
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

type Described = { id: string; label: ReactNode; hint?: ReactNode; error?: string; required?: boolean };

/** The ids of the hint and error of a control, for its aria-describedby. */
export function describedBy(
  id: string,
  { hint, error, extra }: { hint?: ReactNode; error?: string; extra?: string },
): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', extra ?? ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  const { t } = useTranslation('staff');
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="field__error">
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      {error}
    </p>
  );
}

function FieldShell({ id, label, hint, error, required, children }: Described & { children: ReactNode }) {
  const { t } = useTranslation('staff');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
        {required && <span className="field__required"> ({t('form.required')})</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
      {children}
    </div>
  );
}

type TextFieldProps = Described &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> & {
    value: string;
    onChange: (value: string) => void;
  };

export function TextField({ id, label, hint, error, required, value, onChange, className, ...rest }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <input
        {...rest}
        id={id}
        className={className ?? 'field__input'}
        value={value}
        required={required}
        aria-invalid={error || rest['aria-invalid'] ? true : undefined}
        aria-describedby={describedBy(id, { hint, error, extra: rest['aria-describedby'] })}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}

type TextAreaFieldProps = Described &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> & {
    value: string;
    onChange: (value: string) => void;
  };

export function TextAreaField({
  id,
  label,
  hint,
  error,
  required,
  value,
  onChange,
  className,
  ...rest
}: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        {...rest}
        id={id}
        className={className ?? 'field__textarea'}
        value={value}
        required={required}
        aria-invalid={error || rest['aria-invalid'] ? true : undefined}
        aria-describedby={describedBy(id, { hint, error, extra: rest['aria-describedby'] })}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}

type SelectFieldProps = Described &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange' | 'value'> & {
    value: string;
    onChange: (value: string) => void;
    children: ReactNode;
  };

export function SelectField({
  id,
  label,
  hint,
  error,
  required,
  value,
  onChange,
  children,
  ...rest
}: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <select
        {...rest}
        id={id}
        className="field__select"
        value={value}
        required={required}
        aria-invalid={error || rest['aria-invalid'] ? true : undefined}
        aria-describedby={describedBy(id, { hint, error, extra: rest['aria-describedby'] })}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </FieldShell>
  );
}
