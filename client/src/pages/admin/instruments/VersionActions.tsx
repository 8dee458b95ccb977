import type { InstrumentVersionView } from '@shared/instruments/types';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { toApiError } from '../../../api/client';
import { deleteDraft, publishVersion, retireVersion } from '../../../api/staff';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useStaffErrorText } from '../../../components/useStaffErrorText';
import { staffPaths } from '../../../lib/paths';

type Action = 'publish' | 'retire' | 'delete';

/** Publish (a draft, for good), retire (a published version) or delete (a draft), each after a confirmation. */
export function VersionActions({
  view,
  onChanged,
}: {
  view: InstrumentVersionView;
  onChanged: (v: InstrumentVersionView) => void;
}) {
  const { t } = useTranslation('staff');
  const navigate = useNavigate();
  const errorText = useStaffErrorText();
  const [action, setAction] = useState<Action>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<Action>();
  const { instrumentId, version } = view;

  const run = async () => {
    if (!action) return;
    setBusy(true);
    setError(undefined);
    try {
      if (action === 'delete') {
        await deleteDraft(instrumentId, version);
        navigate(staffPaths.instruments);
        return;
      }
      onChanged(await (action === 'publish' ? publishVersion : retireVersion)(instrumentId, version));
      setDone(action);
      setAction(undefined);
    } catch (caught) {
      setError(errorText(toApiError(caught)));
    } finally {
      setBusy(false);
    }
  };

  const open = (next: Action) => {
    setError(undefined);
    setDone(undefined);
    setAction(next);
  };

  const labels = {
    publish: { title: t('version.publishTitle'), text: t('version.publishText'), confirm: t('version.publish') },
    retire: { title: t('version.retireTitle'), text: t('version.retireText'), confirm: t('version.retire') },
    delete: { title: t('version.deleteTitle'), text: t('version.deleteText'), confirm: t('version.delete') },
  };
  // The dialog keeps its texts while it closes.
  const shown = useRef<Action>('publish');
  if (action) shown.current = action;
  const current = labels[shown.current];

  return (
    <div className="version-actions">
      <p className="form__status" role="status">
        {done === 'publish' && t('version.published')}
        {done === 'retire' && t('version.retired')}
      </p>
      <div className="actions">
        {view.status === 'draft' && (
          <>
            <button type="button" className="button button--primary" onClick={() => open('publish')}>
              {t('version.publish')}
            </button>
            <button type="button" className="button button--danger" onClick={() => open('delete')}>
              {t('version.delete')}
            </button>
          </>
        )}
        {view.status === 'published' && (
          <button type="button" className="button button--danger" onClick={() => open('retire')}>
            {t('version.retire')}
          </button>
        )}
      </div>
      <ConfirmDialog
        open={action !== undefined}
        title={current.title}
        confirmLabel={current.confirm}
        danger={shown.current !== 'publish'}
        busy={busy}
        error={error}
        onConfirm={() => void run()}
        onCancel={() => setAction(undefined)}
      >
        <p>{current.text}</p>
        <p>
          <strong>
            {view.instrumentId} {view.version}
          </strong>
        </p>
      </ConfirmDialog>
    </div>
  );
}
