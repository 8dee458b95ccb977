import { LIMITS } from '@shared/instrument/text';
import { type Ref, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type GroupErrors, type GroupInput, MAX_PARTICIPANTS } from './group';

type Props = {
  value: GroupInput;
  errors: GroupErrors;
  onChange: (value: GroupInput) => void;
  /** Receives the name input, so that a failed check can move focus there. */
  nameRef?: Ref<HTMLInputElement>;
  participantsRef?: Ref<HTMLInputElement>;
};

/** The working group's name and size, with why they are asked. */
export function GroupFields({ value, errors, onChange, nameRef, participantsRef }: Props) {
  const { t } = useTranslation('respond');
  const id = useId();
  const nameId = `${id}-name`;
  const countId = `${id}-count`;
  const nameError = errors.name && t(`group.nameErrors.${errors.name}`, { max: LIMITS.groupName });
  const countError =
    errors.participants && t(`group.participantsErrors.${errors.participants}`, { max: MAX_PARTICIPANTS });
  const describe = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(' ') || undefined;

  return (
    <fieldset className="group-fields">
      <legend className="group-fields__legend">{t('group.legend')}</legend>
      <p className="group-fields__explain" id={`${id}-explain`}>
        {t('group.explain')}
      </p>
      <div className="field">
        <label htmlFor={nameId} className="field__label">
          {t('group.name')}
        </label>
        <p id={`${nameId}-hint`} className="field__hint">
          {t('group.nameHint')}
        </p>
        <input
          ref={nameRef}
          id={nameId}
          className="respond-input"
          type="text"
          autoComplete="off"
          required
          aria-invalid={nameError ? true : undefined}
          aria-describedby={describe(`${nameId}-hint`, nameError && `${nameId}-error`, `${id}-explain`)}
          value={value.name}
          onChange={(event) => onChange({ ...value, name: event.target.value })}
        />
        {nameError && (
          <p id={`${nameId}-error`} className="respond-error">
            {nameError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={countId} className="field__label">
          {t('group.participants')}
        </label>
        <p id={`${countId}-hint`} className="field__hint">
          {t('group.participantsHint')}
        </p>
        <input
          ref={participantsRef}
          id={countId}
          className="respond-input respond-input--short"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          required
          aria-invalid={countError ? true : undefined}
          aria-describedby={describe(`${countId}-hint`, countError && `${countId}-error`)}
          value={value.participants}
          onChange={(event) => onChange({ ...value, participants: event.target.value })}
        />
        {countError && (
          <p id={`${countId}-error`} className="respond-error">
            {countError}
          </p>
        )}
      </div>
    </fieldset>
  );
}
