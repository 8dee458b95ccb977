/**
 * Autosave of a draft, free of React and the DOM so that it is tested with a
 * fake server and fake timers:
 * - every change is written to this device at once and sent after a pause in typing;
 * - one request at a time, always on the revision the server gave last;
 * - a save whose reply never came is resent exactly as it was (the server
 *   recognises a repeated save) before anything newer, with growing pauses;
 * - a stale revision means newer answers were saved elsewhere: they replace
 *   this device's, and the page is told;
 * - submitting first waits for the saves, then sends the final answers.
 */
import type { ErrorDetail } from '@shared/http/types';
import type { SaveDraftInput, SaveResult, SubmitDraftInput, SubmitResult } from '@shared/responses/types';
import { ApiError, toApiError } from '../../api/client';
import { adds, contentOf, type DraftContent, planResume, type ServerDraft, serverContent } from './draftContent';
import type { DraftPayload, LocalDraftStore } from './localDraft';

export type { DraftContent, ServerDraft } from './draftContent';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** No connection: the answers wait on this device and are resent. */
  | { kind: 'offline' }
  /** The server failed or is busy: resent after a pause. */
  | { kind: 'retrying'; error: ApiError }
  /** The server refused some answers; the next change is sent again. */
  | { kind: 'invalid'; problems: ErrorDetail[] }
  /** Newer answers saved elsewhere replaced this device's. */
  | { kind: 'conflict' }
  /** Refused for good (round closed, unknown code); the next change tries again. */
  | { kind: 'failed'; error: ApiError }
  | { kind: 'submitted' };

export type Timers = { set(callback: () => void, ms: number): unknown; clear(handle: unknown): void };

export const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type AutosaveDeps = {
  save(body: SaveDraftInput): Promise<SaveResult>;
  submit(body: SubmitDraftInput): Promise<SubmitResult>;
  load(): Promise<ServerDraft>;
  store: LocalDraftStore;
  /** Newer answers from elsewhere replaced this device's: show them. */
  onReplaced?(content: DraftContent): void;
  timers?: Timers;
  now?: () => Date;
  debounceMs?: number;
  /** Pauses before resending after a failure; the last one repeats. */
  retryDelaysMs?: readonly number[];
};

export type SubmitOutcome =
  | { ok: true; duplicate: boolean }
  /** Newer answers from elsewhere were loaded instead; nothing was submitted. */
  | { ok: false; replaced: true }
  | { ok: false; replaced: false; error: ApiError };

export type Resumed = { content: DraftContent; replacedLocal: boolean };

const STUCK: ReadonlySet<SaveStatus['kind']> = new Set(['offline', 'retrying', 'invalid', 'failed', 'conflict']);
const WAITING: ReadonlySet<SaveStatus['kind']> = new Set(['invalid', 'failed', 'conflict']);

export class Autosave {
  private status: SaveStatus = { kind: 'idle' };
  private readonly listeners = new Set<() => void>();
  private revision = 0;
  /** What the server holds, as far as this device knows. */
  private known: DraftContent = { answers: {}, groupName: null, participants: null };
  /** The newest changes not yet confirmed by the server. */
  private pending: DraftPayload | undefined;
  /** A save sent on `revision` without a reply (yet): it may have been stored. */
  private unconfirmed: DraftPayload | undefined;
  private inFlight: Promise<void> | undefined;
  private submission: Promise<SubmitOutcome> | undefined;
  private submitting = false;
  private finished = false;
  private disposed = false;
  private debounceTimer: unknown;
  private retryTimer: unknown;
  private retries = 0;
  private conflicts = 0;
  private lastError: ApiError | undefined;
  private lastSavedAt: Date | undefined;
  private startPlan: 'none' | 'clear' | 'send' = 'none';
  private readonly timers: Timers;
  private readonly now: () => Date;
  private readonly debounceMs: number;
  private readonly retryDelaysMs: readonly number[];

  constructor(private readonly deps: AutosaveDeps) {
    this.timers = deps.timers ?? browserTimers;
    this.now = deps.now ?? (() => new Date());
    this.debounceMs = deps.debounceMs ?? 800;
    this.retryDelaysMs = deps.retryDelaysMs ?? [2_000, 5_000, 10_000, 20_000, 30_000];
  }

  getStatus = (): SaveStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Whether anything is waiting to reach the server. */
  get hasUnsaved(): boolean {
    return this.pending !== undefined || this.unconfirmed !== undefined || this.inFlight !== undefined;
  }

  /**
   * Takes the server's draft and this device's unsent answers and decides
   * what to show: the device's answers when they build on the server's
   * revision (they are sent on start()), else the server's. Sends nothing.
   */
  resume(server: ServerDraft): Resumed {
    const plan = planResume(server, this.deps.store.read());
    this.known = serverContent(server);
    this.pending = plan.pending;
    this.startPlan = plan.pending ? 'send' : plan.clearLocal ? 'clear' : 'none';
    if (server.status === 'submitted') {
      this.finished = true;
      this.status = { kind: 'submitted' };
      return { content: plan.content, replacedLocal: false };
    }
    this.revision = server.revision;
    if (plan.pending) {
      this.status = { kind: 'pending' };
    } else if (plan.replacedLocal) {
      this.status = { kind: 'conflict' };
      this.conflicts++;
    }
    return { content: plan.content, replacedLocal: plan.replacedLocal };
  }

  /** Sends what resume() found unsent; call once the page shows the answers. */
  start(): void {
    this.disposed = false;
    if (this.startPlan === 'clear') this.deps.store.clear();
    if (this.startPlan === 'send') this.flush();
    this.startPlan = 'none';
    if (!this.inFlight && (this.pending || this.unconfirmed) && !WAITING.has(this.status.kind)) this.flush();
  }

  /** Sends what is waiting now and schedules nothing more: the page is going away. */
  dispose(): void {
    this.flush();
    this.disposed = true;
    this.clearTimers();
  }

  /** The answers changed: keep them on this device now, send them after a pause. */
  change(payload: DraftPayload): void {
    if (this.finished) return;
    this.clearDebounce();
    if (!this.inFlight && !this.unconfirmed && this.isKnown(payload)) {
      // Back to what the server has: nothing to send.
      this.pending = undefined;
      this.deps.store.clear();
      if (this.status.kind === 'pending') this.setStatus(this.savedOrIdle());
      return;
    }
    this.pending = payload;
    this.persist();
    // Without a connection the retry timer sends it; typing does not hurry it.
    if (this.retryTimer !== undefined) return;
    if (!this.inFlight) this.setStatus({ kind: 'pending' });
    if (!this.disposed) {
      this.debounceTimer = this.timers.set(() => {
        this.debounceTimer = undefined;
        this.flush();
      }, this.debounceMs);
    }
  }

  /** Sends at once whatever waits (after the request under way, if any). */
  flush(): void {
    this.clearDebounce();
    if (this.inFlight || this.finished || this.submitting) return;
    if (!this.pending && !this.unconfirmed) return;
    this.clearRetry();
    this.startSend();
  }

  /** The connection is back: resend now instead of after the pause. */
  retryNow(): void {
    this.retries = 0;
    this.flush();
  }

  /** Sends everything unsaved and waits; true once the server has it all. */
  async flushNow(): Promise<boolean> {
    this.clearDebounce();
    let attempts = 0;
    for (;;) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (this.finished) return false;
      if (!this.pending && !this.unconfirmed) return true;
      if (attempts >= 3 || (attempts > 0 && STUCK.has(this.status.kind))) return false;
      attempts++;
      this.clearRetry();
      this.startSend();
    }
  }

  /**
   * Submits the final answers: saves what is waiting first, then submits on
   * the current revision. Calling again while it runs gives the same outcome
   * (a double click sends once).
   */
  submit(payload: DraftPayload): Promise<SubmitOutcome> {
    this.submission ??= this.sendSubmission(payload).finally(() => {
      this.submission = undefined;
    });
    return this.submission;
  }

  private async sendSubmission(payload: DraftPayload): Promise<SubmitOutcome> {
    if (this.finished) return { ok: true, duplicate: true };
    this.change(payload);
    const conflicts = this.conflicts;
    const flushed = await this.flushNow();
    if (this.finished) return { ok: true, duplicate: true };
    if (this.conflicts !== conflicts) return { ok: false, replaced: true };
    if (!flushed) {
      return { ok: false, replaced: false, error: this.lastError ?? new ApiError(0, 'network_error', 'not saved') };
    }
    this.submitting = true;
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await this.deps.submit({ ...payload, revision: this.revision });
          this.finish();
          return { ok: true, duplicate: result.duplicate };
        } catch (caught) {
          const error = toApiError(caught);
          this.lastError = error;
          if (error.code !== 'stale_revision' || attempt > 0) return { ok: false, replaced: false, error };
          const replaced = await this.reconcile(payload);
          if (this.finished) return { ok: true, duplicate: true };
          if (replaced) return { ok: false, replaced: true };
        }
      }
    } finally {
      this.submitting = false;
      this.continueAfterSend();
    }
  }

  private startSend(): void {
    const body = this.unconfirmed ?? this.pending;
    if (!body) return;
    this.unconfirmed = body;
    this.persist();
    // A resend keeps "offline" on screen until it succeeds: no flicker, no repeated announcements.
    if (this.status.kind !== 'offline' && this.status.kind !== 'retrying') this.setStatus({ kind: 'saving' });
    this.inFlight = this.deps
      .save({ ...body, revision: this.revision })
      .then(
        (result) => this.onSaved(body, result),
        (caught: unknown) => this.onFailed(toApiError(caught)),
      )
      .finally(() => {
        this.inFlight = undefined;
        this.continueAfterSend();
      });
  }

  private onSaved(body: DraftPayload, result: SaveResult): void {
    this.revision = result.revision;
    this.known = this.contentOf(body);
    this.unconfirmed = undefined;
    this.retries = 0;
    this.lastError = undefined;
    this.lastSavedAt = this.now();
    if (this.pending && this.isKnown(this.pending)) this.pending = undefined;
    this.persist();
    this.setStatus(this.pending ? { kind: 'pending' } : { kind: 'saved', at: this.lastSavedAt });
  }

  private async onFailed(error: ApiError): Promise<void> {
    this.lastError = error;
    if (error.status === 0 || error.status === 429 || error.status >= 500) {
      // It may or may not have arrived: it stays unconfirmed and is resent as it was.
      this.persist();
      this.setStatus(error.status === 0 ? { kind: 'offline' } : { kind: 'retrying', error });
      this.scheduleRetry();
      return;
    }
    // Refused: nothing of it was stored.
    this.unconfirmed = undefined;
    if (error.code === 'stale_revision') {
      await this.reconcile(this.pending);
      return;
    }
    if (error.code === 'already_submitted') {
      this.finish();
      return;
    }
    this.persist();
    this.setStatus(
      error.code === 'invalid_answers' ? { kind: 'invalid', problems: error.problems } : { kind: 'failed', error },
    );
  }

  /**
   * Loads the newer answers saved elsewhere. When they equal `mine`, nothing
   * is lost and saving goes on; otherwise they replace this device's.
   * Returns whether they did.
   */
  private async reconcile(mine: DraftPayload | undefined): Promise<boolean> {
    let server: ServerDraft;
    try {
      server = await this.deps.load();
    } catch (caught) {
      const error = toApiError(caught);
      this.lastError = error;
      this.persist();
      this.setStatus(error.status === 0 ? { kind: 'offline' } : { kind: 'retrying', error });
      // The retry sends again, meets the stale revision again and loads again.
      this.scheduleRetry();
      return false;
    }
    if (server.status === 'submitted') {
      this.finish();
      return false;
    }
    this.revision = server.revision;
    this.known = serverContent(server);
    if (mine && this.isKnown(mine)) {
      if (this.pending && this.isKnown(this.pending)) this.pending = undefined;
      this.persist();
      this.setStatus(this.pending ? { kind: 'pending' } : this.savedOrIdle());
      return false;
    }
    this.pending = undefined;
    this.unconfirmed = undefined;
    this.deps.store.clear();
    this.conflicts++;
    this.setStatus({ kind: 'conflict' });
    this.deps.onReplaced?.(this.known);
    return true;
  }

  /** Changes made while a request was out go next, unless a timer will send them or they wait for the user. */
  private continueAfterSend(): void {
    if (this.finished || this.submitting || this.inFlight) return;
    if (this.debounceTimer !== undefined || this.retryTimer !== undefined) return;
    if (WAITING.has(this.status.kind)) return;
    if (this.pending || this.unconfirmed) this.startSend();
  }

  private finish(): void {
    this.finished = true;
    this.clearTimers();
    this.pending = undefined;
    this.unconfirmed = undefined;
    this.deps.store.clear();
    this.setStatus({ kind: 'submitted' });
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== undefined || this.finished || this.disposed) return;
    const delays = this.retryDelaysMs;
    const delay = delays[Math.min(this.retries, delays.length - 1)] ?? 30_000;
    this.retries++;
    this.retryTimer = this.timers.set(() => {
      this.retryTimer = undefined;
      this.flush();
    }, delay);
  }

  private persist(): void {
    const payload = this.pending ?? this.unconfirmed;
    if (!payload) {
      this.deps.store.clear();
      return;
    }
    this.deps.store.write({
      baseRevision: this.revision,
      payload,
      ...(this.unconfirmed ? { sent: this.unconfirmed } : {}),
      changedAt: this.now().toISOString(),
    });
  }

  private contentOf(payload: DraftPayload): DraftContent {
    return contentOf(payload, this.known);
  }

  /** Whether the server already holds exactly these answers. */
  private isKnown(payload: DraftPayload): boolean {
    return !adds(payload, this.known);
  }

  private savedOrIdle(): SaveStatus {
    return this.lastSavedAt ? { kind: 'saved', at: this.lastSavedAt } : { kind: 'idle' };
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }

  private clearDebounce(): void {
    if (this.debounceTimer !== undefined) this.timers.clear(this.debounceTimer);
    this.debounceTimer = undefined;
  }

  private clearRetry(): void {
    if (this.retryTimer !== undefined) this.timers.clear(this.retryTimer);
    this.retryTimer = undefined;
  }

  private clearTimers(): void {
    this.clearDebounce();
    this.clearRetry();
  }
}
