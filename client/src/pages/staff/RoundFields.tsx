import { LANGUAGES } from '@shared/instrument/text';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldError, TextField } from '../../components/form/Field';
import { LanguageSelect } from '../../components/form/LanguageSelect';
import { LocalizedFields, localizedId } from '../../components/form/LocalizedFields';
import type { FormFields } from '../../components/form/useFormSubmit';
import type { FieldErrors } from '../../lib/problems';
import type { MinimumRules, RoundProblems, RoundValues } from './roundForm';

/** The fields of a round's form by API path, with their control ids and labels (for the error summary). */
export function roundFormFields(prefix: string, t: TFunction<'staff'>): FormFields {
  const texts = (name: string, idPrefix: string, label: string): FormFields =>
    Object.fromEntries(
      LANGUAGES.map((lang) => [
        `${name}.${lang}`,
        { id: localizedId(idPrefix, lang), label: `${label} (${t(`languages.in.${lang}`)})` },
      ]),
    );
  // In the order the form shows them: the error summary lists problems in this order.
  return {
    ...texts('name', `${prefix}-name`, t('roundForm.name')),
    opensAt: { id: `${prefix}-opens`, label: t('roundForm.opensAt') },
    closesAt: { id: `${prefix}-last-day`, label: t('roundForm.lastDay') },
    minGroupSize: { id: `${prefix}-min-group`, label: t('roundForm.minGroupSize') },
    minTextGroupSize: { id: `${prefix}-min-text-group`, label: t('roundForm.minTextGroupSize') },
    shareGroupAnswers: { id: `${prefix}-share`, label: t('roundForm.shareGroupAnswers') },
    introduction: { id: localizedId(`${prefix}-intro`, 'fi'), label: t('roundForm.introduction') },
    ...texts('introduction', `${prefix}-intro`, t('roundForm.introduction')),
    videoUrl: { id: `${prefix}-video`, label: t('roundForm.videoUrl') },
    language: { id: `${prefix}-language`, label: t('roundLanguage.label') },
  };
}

/** The client's problem codes in words. */
export function roundProblemTexts(problems: RoundProblems, rules: MinimumRules, t: TFunction<'staff'>): FieldErrors {
  return Object.fromEntries(
    Object.entries(problems).flatMap(([field, code]) =>
      code ? [[field, t(`roundForm.problems.${code}`, { floor: rules.minGroupSizeFloor })]] : [],
    ),
  );
}

type ShareProps = {
  id: string;
  checked: boolean;
  locked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
};

/** "Group answers are shown by group name to the other groups": announced at the start, fixed once answering begins. */
export function ShareGroupAnswersField({ id, checked, locked, onChange, error }: ShareProps) {
  const { t } = useTranslation('staff');
  const hint = `${t('roundForm.shareGroupAnswersHint')}${locked ? ` ${t('roundForm.sharingLocked')}` : ''}`;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={locked}
          aria-describedby={describedBy(id, { hint, error })}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        {t('roundForm.shareGroupAnswers')}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** Whether the form offers sharing group answers: not for individual answers; fixed once answering has begun. */
export type Sharing = 'hidden' | 'editable' | 'locked';

type Props = {
  prefix: string;
  values: RoundValues;
  onChange: (values: RoundValues) => void;
  errors: FieldErrors;
  rules: MinimumRules;
  sharing: Sharing;
};

/** Names, dates, minimum group sizes, sharing of group answers, introduction and video of a round. */
export function RoundFields({ prefix, values, onChange, errors, rules, sharing }: Props) {
  const { t } = useTranslation('staff');
  const set = <K extends keyof RoundValues>(key: K, value: RoundValues[K]) => onChange({ ...values, [key]: value });
  const locked = rules.current?.hasResponses === true;
  const floor = rules.minGroupSizeFloor;
  return (
    <>
      <LocalizedFields
        name="name"
        idPrefix={`${prefix}-name`}
        legend={t('roundForm.name')}
        hint={t('roundForm.nameHint')}
        values={values.name}
        onChange={(name) => set('name', name)}
        errors={errors}
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('roundForm.period')}</legend>
        <div className="field-row">
          <TextField
            id={`${prefix}-opens`}
            type="date"
            label={t('roundForm.opensAt')}
            hint={t('roundForm.opensAtHint')}
            required
            value={values.opensAt}
            onChange={(value) => set('opensAt', value)}
            error={errors.opensAt}
          />
          <TextField
            id={`${prefix}-last-day`}
            type="date"
            label={t('roundForm.lastDay')}
            hint={t('roundForm.lastDayHint')}
            required
            min={values.opensAt || undefined}
            value={values.lastDay}
            onChange={(value) => set('lastDay', value)}
            error={errors.closesAt}
          />
        </div>
      </fieldset>
      <TextField
        id={`${prefix}-min-group`}
        type="number"
        inputMode="numeric"
        min={locked ? rules.current?.minGroupSize : floor}
        max={100}
        step={1}
        className="field__input field__input--short"
        label={t('roundForm.minGroupSize')}
        hint={`${t('roundForm.minGroupSizeHint', { floor })}${locked ? ` ${t('roundForm.minimumLocked')}` : ''}`}
        required
        value={values.minGroupSize}
        onChange={(value) => set('minGroupSize', value)}
        error={errors.minGroupSize}
      />
      <TextField
        id={`${prefix}-min-text-group`}
        type="number"
        inputMode="numeric"
        min={floor}
        max={100}
        step={1}
        className="field__input field__input--short"
        label={t('roundForm.minTextGroupSize')}
        hint={t('roundForm.minTextGroupSizeHint')}
        value={values.minTextGroupSize}
        onChange={(value) => set('minTextGroupSize', value)}
        error={errors.minTextGroupSize}
      />
      {sharing !== 'hidden' && (
        <ShareGroupAnswersField
          id={`${prefix}-share`}
          checked={values.shareGroupAnswers}
          locked={sharing === 'locked'}
          onChange={(checked) => set('shareGroupAnswers', checked)}
          error={errors.shareGroupAnswers}
        />
      )}
      <LocalizedFields
        name="introduction"
        idPrefix={`${prefix}-intro`}
        legend={t('roundForm.introduction')}
        hint={t('roundForm.introductionHint')}
        values={values.introduction}
        onChange={(introduction) => set('introduction', introduction)}
        errors={errors}
        required={[]}
        multiline
      />
      <TextField
        id={`${prefix}-video`}
        type="url"
        inputMode="url"
        spellCheck={false}
        label={t('roundForm.videoUrl')}
        hint={t('roundForm.videoUrlHint')}
        value={values.videoUrl}
        onChange={(value) => set('videoUrl', value)}
        error={errors.videoUrl}
      />
      <LanguageSelect
        id={`${prefix}-language`}
        label={t('roundLanguage.label')}
        hint={t('roundLanguage.hint')}
        value={values.language}
        onChange={(value) => set('language', value)}
        error={errors.language}
        noneLabel={t('roundLanguage.organisations')}
      />
    </>
  );
}
