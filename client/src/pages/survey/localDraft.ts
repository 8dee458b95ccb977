/**
 * This device's copy of answers the server has not confirmed yet, one record
 * a resume code in localStorage: written before every save is sent, cleared
 * once the server has them. A reload, a crash or a lost connection loses nothing.
 */
import type { SaveDraftInput } from '@shared/responses/types';
import { isRecord, readJson, removeItem, type StorageLike, writeJson } from '../../lib/storage';

/** A save without its revision: the answers and the working group's details. */
export type DraftPayload = Omit<SaveDraftInput, 'revision'>;

export type LocalDraft = {
  /** The server revision these answers build on. */
  baseRevision: number;
  /** The newest answers on this device. */
  payload: DraftPayload;
  /** A save sent on `baseRevision` whose reply never came: the server may have stored it. */
  sent?: DraftPayload;
  /** When the answers last changed on this device (ISO). */
  changedAt: string;
};

export type LocalDraftStore = {
  read(): LocalDraft | undefined;
  write(draft: LocalDraft): void;
  clear(): void;
};

const key = (code: string) => `laatupeili.draft.${code}`;

function isPayload(value: unknown): value is DraftPayload {
  return isRecord(value) && isRecord(value.answers);
}

function parse(value: unknown): LocalDraft | undefined {
  if (!isRecord(value) || typeof value.baseRevision !== 'number' || !isPayload(value.payload)) return undefined;
  return {
    baseRevision: value.baseRevision,
    payload: value.payload,
    ...(isPayload(value.sent) ? { sent: value.sent } : {}),
    changedAt: typeof value.changedAt === 'string' ? value.changedAt : '',
  };
}

/** The local record of one draft; without storage, a store that keeps nothing. */
export function localDraftStore(storage: StorageLike | undefined, code: string): LocalDraftStore {
  return {
    read: () => parse(readJson(storage, key(code))),
    write: (draft) => void writeJson(storage, key(code), draft),
    clear: () => removeItem(storage, key(code)),
  };
}
