import type { ErrorDetail } from '@shared/http/types';
import { answersToSurveyData, surveyDataToAnswers } from '@shared/instrument/compile';
import type { DraftView } from '@shared/responses/types';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CompletingEvent, ValueChangedEvent } from 'survey-core';
import type { ApiError } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { markSubmitted } from '../../lib/invitationMemory';
import { respondPaths } from '../../lib/paths';
import { browserStorage } from '../../lib/storage';
import { keepOwnAnswers } from '../done/ownAnswers';
import { checkGroup, type GroupErrors, type GroupInput, groupFields, groupInput, hasErrors } from '../invitation/group';
import { AreaSteps } from './AreaSteps';
import type { DraftContent } from './autosave';
import { fillAllPages } from './laterPages';
import type { DraftPayload } from './localDraft';
import { MissingAnswers } from './MissingAnswers';
import { answeredCounts, missingAnswers, splitProblems } from './progress';
import { SaveStatus } from './SaveStatus';
import { SubmitError } from './SubmitError';
import { Survey, type SurveyModel } from './surveyjs';
import { useAutosave } from './useAutosave';
import { useProblemText } from './useProblemText';
import { useSurveyModel } from './useSurveyModel';

// Only a working group's survey asks for the group's name and size: the fields load with such a survey only.
const GroupFields = lazy(() => import('../invitation/GroupFields').then((m) => ({ default: m.GroupFields })));

function setCompleteEnabled(model: SurveyModel, enabled: boolean): void {
  const action = model.navigationBar.getActionById('sv-nav-complete');
  if (action) action.enabled = enabled;
}

/** Group problems from the server as the form's own messages. */
function groupErrorsOf(problems: ErrorDetail[]): GroupErrors {
  return {
    ...(problems.some((p) => p.path === 'groupName') ? { name: 'required' as const } : {}),
    ...(problems.some((p) => p.path === 'participants') ? { participants: 'required' as const } : {}),
  };
}

/** Sending again can help after no connection or a server failure, not after a refusal. */
const isRetryable = (error: ApiError) => error.status === 0 || error.status === 429 || error.status >= 500;

type Props = { code: string; draft: DraftView };

/**
 * The survey of a draft: every change autosaved (see autosave.ts), newer
 * answers from another window shown when they arrive, and "Submit" that
 * sends the final answers, keeps everything when it fails and goes to the
 * thank-you page when it succeeds.
 */
export function SurveyForm({ code, draft }: Props) {
  const { t } = useTranslation('respond');
  const language = useLanguage();
  const navigate = useNavigate();
  const problemText = useProblemText();
  const { instrument, mode } = draft.invitation;
  const isGroup = mode === 'group';
  const modelRef = useRef<SurveyModel | null>(null);
  const [replacedNotice, setReplacedNotice] = useState(false);

  const { autosave, resumed, status } = useAutosave(code, draft, (content: DraftContent) => {
    if (modelRef.current) modelRef.current.data = answersToSurveyData(instrument, content.answers);
    const group = groupInput(content.groupName, content.participants);
    groupRef.current = group;
    setGroup(group);
    setReplacedNotice(true);
  });
  const model = useSurveyModel({ instrument, language, initialAnswers: resumed.content.answers });
  modelRef.current = model;
  const [group, setGroup] = useState<GroupInput>(() =>
    groupInput(resumed.content.groupName, resumed.content.participants),
  );
  const groupRef = useRef(group);
  const [groupErrors, setGroupErrors] = useState<GroupErrors>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const participantsRef = useRef<HTMLInputElement>(null);
  const [sending, setSending] = useState(false);
  const sendingRef = useRef(false);
  const [submitError, setSubmitError] = useState<ApiError>();
  const errorRef = useRef<HTMLDivElement>(null);
  // The area on screen, and a change count that redraws the answered counts.
  const [pageNo, setPageNo] = useState(model.currentPageNo);
  const [, setChanges] = useState(0);
  // Set once "Submit" found required answers missing: the list then follows the answers as they are given.
  const [showMissing, setShowMissing] = useState(false);
  const missingRef = useRef<HTMLDivElement>(null);
  const answers = surveyDataToAnswers(instrument, model.data);
  const counts = answeredCounts(instrument, answers);
  const missing = showMissing ? missingAnswers(instrument, answers) : [];

  useEffect(() => {
    if (resumed.replacedLocal) setReplacedNotice(true);
  }, [resumed]);

  const payload = useCallback(
    (): DraftPayload => ({
      answers: surveyDataToAnswers(instrument, model.data),
      language,
      ...(isGroup ? groupFields(groupRef.current) : {}),
    }),
    [instrument, model, language, isGroup],
  );
  const payloadRef = useRef(payload);
  payloadRef.current = payload;

  const changeGroup = (next: GroupInput) => {
    groupRef.current = next;
    setGroup(next);
    if (hasErrors(groupErrors)) setGroupErrors(checkGroup(next));
    autosave.change(payloadRef.current());
  };

  /** Marks the server's problems on their questions; returns the first such question. */
  const markProblems = useCallback(
    (problems: ErrorDetail[]) => {
      const { byIndicator, group: forGroup } = splitProblems(problems);
      fillAllPages(model);
      if (forGroup.length > 0) setGroupErrors(groupErrorsOf(forGroup));
      for (const [id, problem] of byIndicator) model.getQuestionByName(id)?.addError(problemText(problem));
    },
    [model, problemText],
  );

  const goTo = useCallback(
    (indicatorId: string) => {
      fillAllPages(model);
      const question = model.getQuestionByName(indicatorId);
      if (!question) return;
      model.currentPage = question.page;
      requestAnimationFrame(() => question.focus(true));
    },
    [model],
  );

  useEffect(() => {
    if (status.kind === 'invalid') markProblems(status.problems);
    if (status.kind === 'submitted') navigate(respondPaths.done(code), { replace: true });
  }, [status, markProblems, navigate, code]);

  const send = useCallback(async () => {
    if (sendingRef.current) return;
    const stillMissing = missingAnswers(instrument, surveyDataToAnswers(instrument, model.data));
    if (stillMissing.length > 0) {
      setSubmitError(undefined);
      setShowMissing(true);
      markProblems(stillMissing);
      requestAnimationFrame(() => missingRef.current?.focus());
      return;
    }
    if (isGroup) {
      const found = checkGroup(groupRef.current);
      setGroupErrors(found);
      if (hasErrors(found)) {
        (found.name ? nameRef : participantsRef).current?.focus();
        return;
      }
    }
    sendingRef.current = true;
    setSending(true);
    setSubmitError(undefined);
    setCompleteEnabled(model, false);
    const outcome = await autosave.submit(payloadRef.current());
    sendingRef.current = false;
    setSending(false);
    setCompleteEnabled(model, true);
    if (outcome.ok) {
      markSubmitted(browserStorage('local'), code);
      // Shown beside the organisation's figures after submitting, from this tab only.
      keepOwnAnswers(browserStorage('session'), code, surveyDataToAnswers(instrument, model.data));
      navigate(respondPaths.done(code));
      return;
    }
    // Newer answers from elsewhere are on screen now, with a notice saying so.
    if (outcome.replaced) return;
    setSubmitError(outcome.error);
    markProblems(outcome.error.problems);
  }, [autosave, code, instrument, isGroup, markProblems, model, navigate]);

  useEffect(() => {
    const onCompleting = (_: SurveyModel, options: CompletingEvent) => {
      // The survey never shows its own "completed" view: this page moves on when the server has the answers.
      options.allow = false;
      void send();
    };
    const onValueChanged = (_: SurveyModel, options: ValueChangedEvent) => {
      // A problem marked on a question (missing, or refused by the server) is gone once it is changed.
      options.question?.clearErrors();
      autosave.change(payloadRef.current());
      setChanges((n) => n + 1);
    };
    // Moving to another page is a natural moment to save without waiting.
    const onPageChanged = () => {
      setPageNo(model.currentPageNo);
      autosave.flush();
    };
    model.onCompleting.add(onCompleting);
    model.onValueChanged.add(onValueChanged);
    model.onCurrentPageChanged.add(onPageChanged);
    return () => {
      model.onCompleting.remove(onCompleting);
      model.onValueChanged.remove(onValueChanged);
      model.onCurrentPageChanged.remove(onPageChanged);
    };
  }, [model, autosave, send]);

  useEffect(() => {
    if (submitError) errorRef.current?.focus();
  }, [submitError]);

  return (
    <div className="survey" aria-busy={sending}>
      {replacedNotice && (
        <div className="notice notice--warning replaced-notice">
          <h2 className="notice__title">{t('survey.replacedTitle')}</h2>
          <p>{t('survey.replacedText')}</p>
          <button type="button" className="button button--secondary" onClick={() => setReplacedNotice(false)}>
            {t('survey.replacedDismiss')}
          </button>
        </div>
      )}
      {isGroup && (
        <div className="step survey__group">
          <Suspense fallback={null}>
            <GroupFields
              value={group}
              errors={groupErrors}
              onChange={changeGroup}
              nameRef={nameRef}
              participantsRef={participantsRef}
            />
          </Suspense>
        </div>
      )}
      <div className="survey__toolbar">
        <SaveStatus status={status} />
      </div>
      <div className="survey__layout">
        <AreaSteps
          instrument={instrument}
          counts={counts}
          current={pageNo}
          onSelect={(index) => {
            model.currentPageNo = index;
          }}
        />
        <div className="survey__form">
          <Survey model={model} />
        </div>
      </div>
      <div className="survey__status" role="status">
        {sending && (
          <p className="loading">
            <span className="loading__spinner" aria-hidden="true" />
            {t('submit.sending')}
          </p>
        )}
      </div>
      {missing.length > 0 && (
        <MissingAnswers ref={missingRef} missing={missing} instrument={instrument} onGoTo={goTo} />
      )}
      {submitError && (
        <SubmitError
          ref={errorRef}
          error={submitError}
          instrument={instrument}
          onGoTo={goTo}
          onRetry={!sending && isRetryable(submitError) ? () => void send() : undefined}
        />
      )}
    </div>
  );
}
