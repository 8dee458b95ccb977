/**
 * What a draft holds, compared across this device and the server, and where
 * answering resumes when the page opens: pure functions for the autosave.
 */
import type { Answers } from '@shared/instrument/answers';
import type { DraftView, SubmittedView } from '@shared/responses/types';
import { isRecord } from '../../lib/storage';
import type { DraftPayload, LocalDraft } from './localDraft';

/** The server's draft; once submitted it holds no answers (a resume code no longer shows them). */
export type ServerDraft =
  | Pick<DraftView, 'status' | 'revision' | 'answers' | 'groupName' | 'participants'>
  | Pick<SubmittedView, 'status'>;

const NOTHING: DraftContent = { answers: {}, groupName: null, participants: null };

/** What a draft holds, with the working group's details resolved. */
export type DraftContent = { answers: Answers; groupName: string | null; participants: number | null };

/** JSON with sorted keys and undefined left out: equal content gives an equal string. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const serverContent = (server: ServerDraft): DraftContent =>
  server.status === 'submitted'
    ? NOTHING
    : { answers: server.answers, groupName: server.groupName, participants: server.participants };

/** A save's content once stored: group details it leaves out stay as they were (the server's rule). */
export function contentOf(payload: DraftPayload, base: DraftContent): DraftContent {
  return {
    answers: payload.answers,
    groupName: payload.groupName ?? base.groupName,
    participants: payload.participants ?? base.participants,
  };
}

/** Whether storing `payload` over `base` would change nothing (the language is not content). */
export function adds(payload: DraftPayload, base: DraftContent): boolean {
  return canonicalJson(contentOf(payload, base)) !== canonicalJson(base);
}

export type ResumePlan = {
  /** The answers to show. */
  content: DraftContent;
  /** This device's answers, to send on the server's revision. */
  pending: DraftPayload | undefined;
  /** Forget this device's copy: the server has it, or has newer answers. */
  clearLocal: boolean;
  /** This device's unsent answers lost to newer ones saved elsewhere. */
  replacedLocal: boolean;
};

/**
 * The server's draft and this device's unsent answers, reconciled. The
 * device's answers win when they build on the server's revision, or on the
 * revision before it when the save left under way turns out to have landed
 * (only its reply was lost). Otherwise newer answers were saved elsewhere
 * and those win.
 */
export function planResume(server: ServerDraft, local: LocalDraft | undefined): ResumePlan {
  const known = serverContent(server);
  const fromServer = { content: known, pending: undefined, clearLocal: local !== undefined, replacedLocal: false };
  if (!local || server.status === 'submitted' || !adds(local.payload, known)) return fromServer;
  // A draft from here on.
  const ownSaveLanded =
    local.sent !== undefined && local.baseRevision + 1 === server.revision && !adds(local.sent, known);
  if (local.baseRevision === server.revision || ownSaveLanded) {
    return {
      content: contentOf(local.payload, known),
      pending: local.payload,
      clearLocal: false,
      replacedLocal: false,
    };
  }
  return { ...fromServer, replacedLocal: true };
}
