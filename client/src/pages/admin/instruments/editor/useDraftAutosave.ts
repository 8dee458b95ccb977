import type { InstrumentCheck, InstrumentDraftView } from '@shared/instruments/types';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, toApiError } from '../../../../api/client';
import { saveInstrumentDraft } from '../../../../api/staff';
import type { Doc } from './ops';

export type SaveState = 'saved' | 'pending' | 'saving' | 'stale' | 'failed';

const DELAY_MS = 800;

/**
 * The draft's document as edited, saved on the server a moment after each
 * change with the revision it builds on. A save refused as stale (another
 * tab saved meanwhile) stops autosaving until the page is reloaded.
 */
export function useDraftAutosave(draft: InstrumentDraftView) {
  const [doc, setDoc] = useState<Doc>(draft.document as Doc);
  const [revision, setRevision] = useState(draft.revision);
  const [check, setCheck] = useState<InstrumentCheck>(draft.check);
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<ApiError>();
  const latest = useRef({ doc, revision, dirty: false });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const saveNow = useCallback(async (): Promise<number> => {
    const { doc: current, revision: base, dirty } = latest.current;
    if (!dirty) return latest.current.revision;
    latest.current.dirty = false;
    setState('saving');
    try {
      const saved = await saveInstrumentDraft(draft.id, {
        revision: base,
        document: current as Record<string, unknown>,
      });
      latest.current.revision = saved.revision;
      setRevision(saved.revision);
      setCheck(saved.check);
      setError(undefined);
      // Changes made while saving go out with the next save.
      setState(latest.current.dirty ? 'pending' : 'saved');
      return saved.revision;
    } catch (caught) {
      const apiError = toApiError(caught);
      setError(apiError);
      setState(apiError.code === 'stale_revision' ? 'stale' : 'failed');
      latest.current.dirty = apiError.code !== 'stale_revision';
      throw apiError;
    }
  }, [draft.id]);

  // One save at a time: a second one builds on the revision the first returns.
  const save = useCallback(() => {
    const run = queue.current.then(saveNow, saveNow);
    queue.current = run.catch(() => undefined);
    return run;
  }, [saveNow]);

  const change = useCallback(
    (next: Doc) => {
      setDoc(next);
      latest.current.doc = next;
      latest.current.dirty = true;
      setState((s) => (s === 'stale' ? s : 'pending'));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        save().catch(() => undefined);
      }, DELAY_MS);
    },
    [save],
  );

  /** Saves now (before publishing): the revision the server has. */
  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    return save();
  }, [save]);

  useEffect(() => () => clearTimeout(timer.current), []);
  return { doc, change, revision, check, state, error, flush };
}
