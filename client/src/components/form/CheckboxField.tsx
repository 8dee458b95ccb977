import { describedBy } from './Field';

type Props = { id: string; label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void };

/** One checkbox with its label and an optional hint, in the form's field layout. */
export function CheckboxField({ id, label, hint, checked, onChange }: Props) {
  return (
    <div className="field">
      <label className="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={describedBy(id, { hint })}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
