import type { InvitationMode } from '@shared/rounds/types';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type ApiError, toApiError } from '../../api/client';
import { respondApi } from '../../api/respond';
import { useRespondErrorText } from '../../components/useRespondErrorText';
import { useLanguage } from '../../i18n/useLanguage';
import { forgetStartId, rememberDraft, startId } from '../../lib/invitationMemory';
import { respondPaths } from '../../lib/paths';
import { browserStorage } from '../../lib/storage';
import { newUuid } from '../../lib/uuid';
import { GroupFields } from './GroupFields';
import { checkGroup, type GroupErrors, type GroupInput, groupFields, hasErrors } from './group';

function StartError({ error }: { error: ApiError }) {
  const { t } = useTranslation('respond');
  const { summary, detail } = useRespondErrorText(error);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="notice notice--error" role="alert" tabIndex={-1} ref={ref}>
      <h3 className="notice__title">{t('start.errorTitle')}</h3>
      <p>{summary}</p>
      {detail && <p className="notice__detail">{detail}</p>}
    </div>
  );
}

/**
 * Starts a draft from the link. The draft id is kept for the link in this
 * tab until the start succeeds, so that a retry after a lost reply finds
 * the same draft instead of making a second one.
 */
export function StartForm({ token, mode }: { token: string; mode: InvitationMode }) {
  const { t } = useTranslation('respond');
  const language = useLanguage();
  const navigate = useNavigate();
  const [group, setGroup] = useState<GroupInput>({ name: '', participants: '' });
  const [errors, setErrors] = useState<GroupErrors>({});
  const [checked, setChecked] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const nameRef = useRef<HTMLInputElement>(null);
  const participantsRef = useRef<HTMLInputElement>(null);
  const isGroup = mode === 'group';

  const changeGroup = (next: GroupInput) => {
    setGroup(next);
    // Once a check has failed, the messages follow the typing.
    if (checked) setErrors(checkGroup(next));
  };

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (isGroup) {
      const found = checkGroup(group);
      setErrors(found);
      setChecked(true);
      if (hasErrors(found)) {
        (found.name ? nameRef : participantsRef).current?.focus();
        return;
      }
    }
    setSending(true);
    setError(undefined);
    const session = browserStorage('session');
    try {
      const started = await respondApi.startDraft(token, {
        id: startId(session, token, newUuid),
        language,
        ...(isGroup ? groupFields(group) : {}),
      });
      rememberDraft(browserStorage('local'), token, started.resumeCode);
      forgetStartId(session, token);
      navigate(respondPaths.survey(started.resumeCode), { state: { started: true } });
    } catch (caught) {
      setError(toApiError(caught));
      setSending(false);
    }
  };

  return (
    <form className="start-form" noValidate onSubmit={start}>
      {isGroup && (
        <GroupFields
          value={group}
          errors={errors}
          onChange={changeGroup}
          nameRef={nameRef}
          participantsRef={participantsRef}
        />
      )}
      <p className="muted">{t('start.autosaveNote')}</p>
      <button type="submit" className="button button--primary" aria-disabled={sending || undefined}>
        {sending ? t('start.starting') : t('start.button')}
      </button>
      {error && <StartError error={error} />}
    </form>
  );
}
