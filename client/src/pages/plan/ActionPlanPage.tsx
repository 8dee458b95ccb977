import type { ActionPlan, ActionView } from '@shared/actions/types';
import { localize } from '@shared/instrument/text';
import type { RoundDetail } from '@shared/rounds/types';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { toApiError } from '../../api/client';
import { deleteAction, downloads, useActionPlan, useFollowUp } from '../../api/results';
import { useSession } from '../../api/session';
import { useRound } from '../../api/staff';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice, Loading } from '../../components/Feedback';
import { NAME_SLOT, NameInText, useNameText } from '../../components/LocalName';
import { Page } from '../../components/Page';
import { ExportLinks } from '../../components/results/ExportLinks';
import { useFigureWords } from '../../components/results/useFigureWords';
import { useStaffErrorText } from '../../components/useStaffErrorText';
import { useLanguage } from '../../i18n/useLanguage';
import { paths, staffPaths } from '../../lib/paths';
import { useElementText } from '../results/useElementText';
import { type ActionDraft, ActionForm } from './ActionForm';
import { ActionList } from './ActionList';
import { FollowUpSection } from './FollowUpSection';
import { SuggestionList } from './SuggestionList';

type BodyProps = { round: RoundDetail; organisationId: string; canEdit: boolean };

function PlanBody({ round, organisationId, canEdit }: BodyProps) {
  const { t } = useTranslation('results');
  const language = useLanguage();
  const plan = useActionPlan(round.id, organisationId);
  const followUp = useFollowUp(round.id, organisationId);
  const elements = useElementText(round.instrument);
  const words = useFigureWords(round.minGroupSize);
  const errorText = useStaffErrorText();
  const [editing, setEditing] = useState<ActionView>();
  const [preset, setPreset] = useState<ActionDraft>();
  const [formKey, setFormKey] = useState(0);
  const [takeFocus, setTakeFocus] = useState(false);
  const [message, setMessage] = useState('');
  const [deleting, setDeleting] = useState<ActionView>();
  const [deleteBusy, setDeleteBusy] = useState(false);
  const [deleteError, setDeleteError] = useState<string>();

  // The plan as last loaded: a reload after a change keeps the page (and focus) in place.
  const [data, setData] = useState<ActionPlan>();
  useEffect(() => {
    if (plan.data) setData(plan.data);
  }, [plan.data]);

  /** A fresh form; `focus` moves there (a suggestion or an edit was chosen), otherwise focus stays put. */
  const startForm = (next: { editing?: ActionView; preset?: ActionDraft }, focus = false) => {
    setEditing(next.editing);
    setPreset(next.preset);
    setFormKey((k) => k + 1);
    setTakeFocus(focus);
    if (focus) setMessage('');
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    setDeleteBusy(true);
    setDeleteError(undefined);
    try {
      await deleteAction(round.id, organisationId, deleting.id);
      setDeleting(undefined);
      setMessage(t('plan.deleted'));
      if (editing?.id === deleting.id) startForm({});
      plan.reload();
    } catch (caught) {
      setDeleteError(errorText(toApiError(caught)));
    } finally {
      setDeleteBusy(false);
    }
  };

  if (plan.error) return <ErrorNotice error={plan.error} title={t('plan.loadTitle')} onRetry={plan.reload} />;
  if (!data) return <Loading />;
  return (
    <>
      <ExportLinks
        links={[{ href: downloads.actions(round.id, organisationId, language), label: t('export.actionsCsv') }]}
        onPrint={() => window.print()}
      />
      {!canEdit && <p className="notice notice--inline">{t('plan.readOnly')}</p>}
      <section className="section" aria-labelledby="suggestions-heading">
        <h2 id="suggestions-heading">{t('plan.suggestionsTitle')}</h2>
        <p>{t('plan.suggestionsIntro')}</p>
        <SuggestionList
          suggestions={data.suggestions}
          elements={elements}
          words={words}
          canEdit={canEdit}
          onAdd={(draft) => startForm({ preset: draft }, true)}
        />
      </section>
      <section className="section" aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t('plan.actionsTitle')}</h2>
        <p role="status" className="action-message">
          {message}
        </p>
        <ActionList
          actions={data.actions}
          elements={elements}
          canEdit={canEdit}
          onEdit={(action) => startForm({ editing: action }, true)}
          onDelete={(action) => {
            setDeleteError(undefined);
            setDeleting(action);
          }}
        />
      </section>
      {canEdit && (
        <div className="no-print">
          <ActionForm
            key={formKey}
            roundId={round.id}
            organisationId={organisationId}
            instrument={round.instrument}
            elements={elements}
            editing={editing}
            preset={preset}
            takeFocus={takeFocus}
            onSaved={() => {
              startForm({});
              setMessage(t('plan.saved'));
              plan.reload();
            }}
            onCancel={() => startForm({})}
          />
        </div>
      )}
      {followUp.error && <ErrorNotice error={followUp.error} onRetry={followUp.reload} />}
      {followUp.data && <FollowUpSection followUp={followUp.data} elements={elements} words={words} />}
      <ConfirmDialog
        open={deleting !== undefined}
        title={t('plan.deleteTitle')}
        confirmLabel={t('plan.deleteConfirm')}
        danger
        busy={deleteBusy}
        error={deleteError}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(undefined)}
      >
        <p>{t('plan.deleteText', { title: deleting?.title ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}

/** An organisation's action plan for a round: suggestions, actions, and the follow-up of earlier rounds. */
export default function ActionPlanPage() {
  const { t } = useTranslation('results');
  const language = useLanguage();
  const { user } = useSession();
  const { roundId, organisationId } = useParams();
  const round = useRound(roundId);
  const nameText = useNameText();
  const found = round.data?.organisations.find((o) => o.id === organisationId);
  const organisation = found && { name: nameText(found.name, found.language) };
  const heading = found && (
    <NameInText text={`${t('plan.heading')}: ${NAME_SLOT}`} name={found.name} own={found.language} />
  );
  const canEdit =
    !!user &&
    !!organisationId &&
    (user.role === 'admin' || (user.role === 'manager' && user.organisationIds.includes(organisationId)));

  return (
    <Page
      title={organisation ? `${t('plan.heading')}: ${organisation.name}` : t('plan.heading')}
      heading={heading}
      documentTitle={organisation ? `${t('plan.documentTitle')}: ${organisation.name}` : t('plan.documentTitle')}
      className="page--wide"
      breadcrumb={
        round.data && (
          <>
            <Link to={staffPaths.round(round.data.id)}>{localize(round.data.name, language)}</Link>
            {organisationId && (
              <>
                {' · '}
                <Link to={paths.results(round.data.id, organisationId)}>{t('plan.report')}</Link>
              </>
            )}
          </>
        )
      }
      sub={round.data && <p className="page-heading__sub">{localize(round.data.name, language)}</p>}
      loading={round.loading}
      error={round.error}
      onRetry={round.reload}
    >
      {round.data && organisationId && (
        <PlanBody round={round.data} organisationId={organisationId} canEdit={canEdit} />
      )}
    </Page>
  );
}
