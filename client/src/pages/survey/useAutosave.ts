import type { DraftView } from '@shared/responses/types';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { respondApi } from '../../api/respond';
import { browserStorage } from '../../lib/storage';
import { Autosave, type DraftContent, type Resumed, type SaveStatus } from './autosave';
import { localDraftStore } from './localDraft';

/**
 * The autosave of one draft, wired to the API, localStorage and the
 * browser: resend when the connection returns, send at once when the page
 * is hidden or left.
 */
export function useAutosave(
  code: string,
  draft: DraftView,
  onReplaced: (content: DraftContent) => void,
): { autosave: Autosave; resumed: Resumed; status: SaveStatus } {
  const replaced = useRef(onReplaced);
  useEffect(() => {
    replaced.current = onReplaced;
  });
  const [autosave] = useState(
    () =>
      new Autosave({
        save: (body) => respondApi.saveDraft(code, body),
        submit: (body) => respondApi.submitDraft(code, body),
        load: () => respondApi.draft(code),
        store: localDraftStore(browserStorage('local'), code),
        onReplaced: (content) => replaced.current(content),
      }),
  );
  const [resumed] = useState(() => autosave.resume(draft));
  const status = useSyncExternalStore(autosave.subscribe, autosave.getStatus);

  useEffect(() => {
    autosave.start();
    const retry = () => autosave.retryNow();
    const flush = () => autosave.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') autosave.flush();
    };
    window.addEventListener('online', retry);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('online', retry);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      autosave.dispose();
    };
  }, [autosave]);

  return { autosave, resumed, status };
}
