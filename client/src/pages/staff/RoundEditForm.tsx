import type { RoundDetail, RoundRules } from '@shared/rounds/types';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateRound } from '../../api/staff';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { RoundFields, roundFormFields, roundProblemTexts, type Sharing } from './RoundFields';
import { changedRoundBody, checkRoundValues, type MinimumRules, type RoundValues, roundToValues } from './roundForm';

const PREFIX = 'edit-round';

type Props = {
  round: RoundDetail;
  rules: RoundRules;
  /** Some organisation answers as a working group: sharing group answers means something. */
  groupLinks: boolean;
  onSaved: (round: RoundDetail) => void;
};

/**
 * Changing a round's names, dates, minimums, sharing, introduction and video
 * (PATCH). Once answering has begun the minimums only go up and the sharing
 * stays as announced.
 */
export function RoundEditForm({ round, rules, groupLinks, onSaved }: Props) {
  const { t } = useTranslation('staff');
  const [values, setValues] = useState<RoundValues>(() => roundToValues(round));
  const [saved, setSaved] = useState(false);
  const savedRef = useRef<HTMLParagraphElement>(null);
  const form = useFormSubmit(roundFormFields(PREFIX, t));
  const minimumRules: MinimumRules = {
    minGroupSizeFloor: rules.minGroupSizeFloor,
    current: {
      minGroupSize: round.minGroupSize,
      minTextGroupSize: round.minTextGroupSize,
      hasResponses: round.hasResponses,
    },
  };
  const sharing: Sharing =
    !groupLinks && !round.shareGroupAnswers ? 'hidden' : round.hasResponses ? 'locked' : 'editable';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const ok = await form.submit(
      () => roundProblemTexts(checkRoundValues(values, minimumRules), minimumRules, t),
      async () => {
        const updated = await updateRound(round.id, changedRoundBody(roundToValues(round), values));
        setValues(roundToValues(updated));
        onSaved(updated);
      },
    );
    if (ok) setSaved(true);
  };

  return (
    <section className="section" aria-labelledby="edit-heading">
      <h2 id="edit-heading">{t('round.editTitle')}</h2>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ErrorSummary items={form.summary} ref={form.summaryRef} />
        <RoundFields
          prefix={PREFIX}
          values={values}
          onChange={setValues}
          errors={form.errors}
          rules={minimumRules}
          sharing={sharing}
        />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {form.busy ? t('common.working') : t('round.save')}
          </button>
        </div>
        <p className="form__status" role="status" ref={savedRef}>
          {saved && t('round.saved')}
        </p>
      </form>
    </section>
  );
}
