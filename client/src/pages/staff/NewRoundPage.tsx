import { localize } from '@shared/instrument/text';
import type { InvitationMode } from '@shared/rounds/types';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../api/session';
import { createRound, useInstrumentVersions, useOrganisations, useRoundRules } from '../../api/staff';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField } from '../../components/form/Field';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { OrganisationPicker } from '../../components/OrganisationPicker';
import { Page } from '../../components/Page';
import { useLanguage } from '../../i18n/useLanguage';
import { staffPaths } from '../../lib/paths';
import type { FieldErrors } from '../../lib/problems';
import { addDays, todayInput } from '../../lib/roundDates';
import { RoundFields, roundFormFields, roundProblemTexts, ShareGroupAnswersField } from './RoundFields';
import { checkRoundValues, emptyTexts, type RoundValues, toRoundBody } from './roundForm';

const PREFIX = 'new-round';
/** `<instrumentId>@<version>` as one select value. */
const versionKey = (instrumentId: string, version: string) => `${instrumentId}@${version}`;

/** Opening a round: administrators for any organisations, coordinators for their own region's. */
export default function NewRoundPage() {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  const navigate = useNavigate();
  const { user } = useSession();
  const versions = useInstrumentVersions();
  const organisations = useOrganisations();
  const rules = useRoundRules();
  const today = todayInput();
  const [values, setValues] = useState<RoundValues>({
    name: emptyTexts(),
    opensAt: today,
    lastDay: addDays(today, 27),
    minGroupSize: '',
    minTextGroupSize: '',
    shareGroupAnswers: false,
    introduction: emptyTexts(),
    videoUrl: '',
    language: '',
  });
  // The default minimum comes with the configured rules (never below the floor).
  const defaultMinimum = rules.data?.defaultMinGroupSize;
  useEffect(() => {
    if (defaultMinimum !== undefined) {
      setValues((v) => (v.minGroupSize === '' ? { ...v, minGroupSize: String(defaultMinimum) } : v));
    }
  }, [defaultMinimum]);
  const [instrument, setInstrument] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [mode, setMode] = useState<InvitationMode>('individual');

  const published = useMemo(() => (versions.data ?? []).filter((v) => v.status === 'published'), [versions.data]);
  const fields = {
    instrumentVersion: { id: `${PREFIX}-instrument`, label: t('newRound.instrument') },
    instrumentId: { id: `${PREFIX}-instrument`, label: t('newRound.instrument') },
    ...roundFormFields(PREFIX, t),
    organisationIds: { id: `${PREFIX}-organisations`, label: t('newRound.organisations') },
    mode: { id: `${PREFIX}-mode`, label: t('newRound.mode') },
  };
  const form = useFormSubmit(fields);

  const minimumRules = { minGroupSizeFloor: rules.data?.minGroupSizeFloor ?? 1 };
  const validate = (): FieldErrors => ({
    ...roundProblemTexts(checkRoundValues(values, minimumRules), minimumRules, t),
    ...(instrument ? {} : { instrumentVersion: t('newRound.problems.instrument') }),
    ...(selected.length > 0 ? {} : { organisationIds: t('newRound.problems.organisations') }),
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const [instrumentId = '', instrumentVersion = ''] = instrument.split('@');
    await form.submit(validate, async () => {
      const round = await createRound({
        ...toRoundBody({ ...values, shareGroupAnswers: mode === 'group' && values.shareGroupAnswers }),
        instrumentId,
        instrumentVersion,
        organisationIds: selected,
        mode,
      });
      navigate(staffPaths.round(round.id), { state: { created: true } });
    });
  };

  const loadError = versions.error ?? organisations.error ?? rules.error;
  return (
    <Page
      title={t('newRound.title')}
      className="page--form"
      loading={versions.loading || organisations.loading || rules.loading}
      error={loadError}
      onRetry={() => {
        versions.reload();
        organisations.reload();
        rules.reload();
      }}
    >
      <p className="lead">{t(user?.role === 'coordinator' ? 'newRound.introCoordinator' : 'newRound.intro')}</p>
      {versions.data && organisations.data && rules.data && (
        <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
          <ErrorSummary items={form.summary} ref={form.summaryRef} />
          <SelectField
            id={`${PREFIX}-instrument`}
            label={t('newRound.instrument')}
            hint={t('newRound.instrumentHint')}
            required
            value={instrument}
            onChange={setInstrument}
            error={form.errors.instrumentVersion ?? form.errors.instrumentId}
          >
            <option value="">{t('newRound.instrumentPlaceholder')}</option>
            {published.map((v) => (
              <option key={versionKey(v.instrumentId, v.version)} value={versionKey(v.instrumentId, v.version)}>
                {t('newRound.instrumentOption', { title: localize(v.title, language), version: v.version })}
              </option>
            ))}
          </SelectField>
          <RoundFields
            prefix={PREFIX}
            values={values}
            onChange={setValues}
            errors={form.errors}
            rules={minimumRules}
            sharing="hidden"
          />
          <OrganisationPicker
            id={`${PREFIX}-organisations`}
            legend={t('newRound.organisations')}
            hint={t(
              user?.role === 'coordinator' ? 'newRound.organisationsHintCoordinator' : 'newRound.organisationsHint',
            )}
            organisations={organisations.data}
            selected={selected}
            onChange={setSelected}
            error={form.errors.organisationIds}
          />
          <fieldset className="fieldset" id={`${PREFIX}-mode`} tabIndex={-1}>
            <legend className="fieldset__legend">{t('newRound.mode')}</legend>
            <p className="field__hint">{t('newRound.modeHint')}</p>
            {(['individual', 'group'] as const).map((m) => (
              <label key={m} className="radio">
                <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
                <span>
                  <strong>{t(`modes.${m}`)}</strong>
                  <span className="radio__hint">{t(`modes.${m}Hint`)}</span>
                </span>
              </label>
            ))}
            {mode === 'group' && (
              <ShareGroupAnswersField
                id={`${PREFIX}-share`}
                checked={values.shareGroupAnswers}
                locked={false}
                onChange={(shareGroupAnswers) => setValues({ ...values, shareGroupAnswers })}
                error={form.errors.shareGroupAnswers}
              />
            )}
          </fieldset>
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={form.busy}>
              {form.busy ? t('common.working') : t('newRound.submit')}
            </button>
          </div>
        </form>
      )}
    </Page>
  );
}
