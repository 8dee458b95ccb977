import { ACTION_STATUSES, type ActionStatus, type ActionView, type TargetKind } from '@shared/actions/types';
import type { Instrument } from '@shared/instrument/schema';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createAction, updateAction } from '../../api/results';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../components/form/Field';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import type { FieldErrors } from '../../lib/problems';
import type { ElementText } from '../results/useElementText';

export type ActionDraft = { targetKind: TargetKind; targetId: string };

type Props = {
  roundId: string;
  organisationId: string;
  instrument: Instrument;
  elements: ElementText;
  /** The action being edited, or undefined for a new one. */
  editing: ActionView | undefined;
  /** A target chosen from a suggestion, for a new action. */
  preset: ActionDraft | undefined;
  /** Whether the form takes focus when it appears (a suggestion or an edit was chosen). */
  takeFocus: boolean;
  onSaved: (action: ActionView, created: boolean) => void;
  onCancel: () => void;
};

const FIELD_IDS = {
  targetId: 'action-target',
  title: 'action-title',
  responsible: 'action-responsible',
  dueDate: 'action-due',
  status: 'action-status',
  notes: 'action-notes',
} as const;

/** Adds an action or edits one: labelled fields, server problems beside the field they name. */
export function ActionForm(props: Props) {
  const { roundId, organisationId, instrument, elements, editing, preset, takeFocus, onSaved, onCancel } = props;
  const { t } = useTranslation('results');
  const [targetKind, setTargetKind] = useState<TargetKind>(editing?.targetKind ?? preset?.targetKind ?? 'standard');
  const [targetId, setTargetId] = useState(editing?.targetId ?? preset?.targetId ?? '');
  const [title, setTitle] = useState(editing?.title ?? '');
  const [responsible, setResponsible] = useState(editing?.responsible ?? '');
  const [dueDate, setDueDate] = useState(editing?.dueDate ?? '');
  const [status, setStatus] = useState<ActionStatus>(editing?.status ?? 'planned');
  const [notes, setNotes] = useState(editing?.notes ?? '');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const fields = useMemo(
    () => ({
      targetId: { id: FIELD_IDS.targetId, label: t('plan.target') },
      title: { id: FIELD_IDS.title, label: t('plan.action') },
      responsible: { id: FIELD_IDS.responsible, label: t('plan.responsible') },
      dueDate: { id: FIELD_IDS.dueDate, label: t('plan.dueDate') },
      status: { id: FIELD_IDS.status, label: t('plan.status') },
      notes: { id: FIELD_IDS.notes, label: t('plan.notes') },
    }),
    [t],
  );
  const form = useFormSubmit(fields);

  useEffect(() => {
    if (takeFocus) {
      headingRef.current?.scrollIntoView({ block: 'start' });
      document.getElementById(editing ? FIELD_IDS.title : preset ? FIELD_IDS.title : FIELD_IDS.targetId)?.focus();
    }
  }, [takeFocus, editing, preset]);

  const targets = useMemo(
    () =>
      instrument.areas.map((area) => ({
        id: area.id,
        label: elements.label(area.id),
        options:
          targetKind === 'standard'
            ? area.standards.map((s) => ({ id: s.id, label: elements.label(s.id) }))
            : area.standards.flatMap((s) => s.indicators.map((i) => ({ id: i.id, label: elements.label(i.id) }))),
      })),
    [instrument, elements, targetKind],
  );

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (!editing && !targetId) errors.targetId = t('plan.required');
    if (!title.trim()) errors.title = t('plan.required');
    if (!responsible.trim()) errors.responsible = t('plan.required');
    if (!dueDate) errors.dueDate = t('plan.required');
    return errors;
  };

  const save = () =>
    void form.submit(validate, async () => {
      const common = { title, responsible, dueDate, status, notes: notes.trim() ? notes : null };
      const saved = editing
        ? await updateAction(roundId, organisationId, editing.id, common)
        : await createAction(roundId, organisationId, { targetKind, targetId, ...common });
      onSaved(saved, !editing);
    });

  return (
    <section className="section action-form" aria-labelledby="action-form-heading">
      <h2 id="action-form-heading" ref={headingRef} tabIndex={-1}>
        {editing ? t('plan.editTitle') : t('plan.addTitle')}
      </h2>
      <ErrorSummary items={form.summary} ref={form.summaryRef} />
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        {editing ? (
          <p>
            <strong>{t('plan.target')}:</strong> {elements.label(editing.targetId)}
          </p>
        ) : (
          <>
            <fieldset className="fieldset fieldset--plain">
              <legend className="fieldset__legend">{t('plan.targetKind')}</legend>
              {(['standard', 'indicator'] as const).map((kind) => (
                <label key={kind} className="radio">
                  <input
                    type="radio"
                    name="action-target-kind"
                    value={kind}
                    checked={targetKind === kind}
                    onChange={() => {
                      setTargetKind(kind);
                      setTargetId('');
                    }}
                  />
                  <span>{t(kind === 'standard' ? 'plan.targetKindStandard' : 'plan.targetKindIndicator')}</span>
                </label>
              ))}
            </fieldset>
            <SelectField
              id={FIELD_IDS.targetId}
              label={t('plan.target')}
              hint={t('plan.targetHint')}
              error={form.errors.targetId}
              required
              value={targetId}
              onChange={setTargetId}
            >
              <option value="">–</option>
              {targets.map((group) => (
                <optgroup key={group.id} label={group.label}>
                  {group.options.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </SelectField>
          </>
        )}
        <TextAreaField
          id={FIELD_IDS.title}
          label={t('plan.action')}
          error={form.errors.title}
          required
          rows={2}
          maxLength={500}
          value={title}
          onChange={setTitle}
        />
        <TextField
          id={FIELD_IDS.responsible}
          label={t('plan.responsible')}
          error={form.errors.responsible}
          required
          maxLength={200}
          value={responsible}
          onChange={setResponsible}
        />
        <TextField
          id={FIELD_IDS.dueDate}
          type="date"
          label={t('plan.dueDate')}
          hint={t('plan.dueDateHint')}
          error={form.errors.dueDate}
          required
          value={dueDate}
          onChange={setDueDate}
        />
        <SelectField
          id={FIELD_IDS.status}
          label={t('plan.status')}
          error={form.errors.status}
          value={status}
          onChange={(value) => setStatus(ACTION_STATUSES.find((s) => s === value) ?? 'planned')}
        >
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          id={FIELD_IDS.notes}
          label={t('plan.notes')}
          error={form.errors.notes}
          rows={3}
          maxLength={4000}
          value={notes}
          onChange={setNotes}
        />
        <div className="actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={form.busy}
            aria-busy={form.busy || undefined}
          >
            {form.busy ? t('plan.saving') : t('plan.save')}
          </button>
          {(editing || preset) && (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('plan.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
