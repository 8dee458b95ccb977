import { setImmediate } from 'node:timers/promises';
import type { Answers } from '@shared/instrument/answers';
import type { SaveDraftInput, SaveResult, SubmitResult } from '@shared/responses/types';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { memoryStorage } from '../../lib/storage';
import { Autosave, type AutosaveDeps, type DraftContent, type ServerDraft, type Timers } from './autosave';
import { canonicalJson } from './draftContent';
import { type LocalDraft, localDraftStore } from './localDraft';

/** Timers that run only when the test moves the clock. */
class FakeTimers implements Timers {
  now = 0;
  private nextId = 1;
  private tasks = new Map<number, { at: number; callback: () => void }>();

  set(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.tasks.set(id, { at: this.now + ms, callback });
    return id;
  }

  clear(handle: unknown): void {
    this.tasks.delete(handle as number);
  }

  get pending(): number {
    return this.tasks.size;
  }

  async advance(ms: number): Promise<void> {
    const target = this.now + ms;
    for (;;) {
      const due = [...this.tasks.entries()].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.tasks.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
      await settle();
    }
    this.now = target;
    await settle();
  }
}

/** Lets every promise chain that can move on do so. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await setImmediate();
}

const networkError = () => new ApiError(0, 'network_error', 'Failed to fetch');

/**
 * The draft endpoints with the server's rules: a save must build on the
 * current revision; the same save repeated gets the same answer; submit
 * needs the current revision. Requests can be held to see them overlap.
 */
class FakeServer {
  revision = 0;
  answers: Answers = {};
  groupName: string | null = null;
  participants: number | null = null;
  status: 'draft' | 'submitted' = 'draft';
  lastHash = '';
  saves: SaveDraftInput[] = [];
  submits: SaveDraftInput[] = [];
  loads = 0;
  offline = false;
  /** Store the save but lose the reply. */
  dropReplies = false;
  hold = false;
  invalid: ApiError | undefined;
  private held: Array<() => void> = [];

  /** Another device saves. */
  saveElsewhere(answers: Answers): void {
    this.revision++;
    this.answers = answers;
    this.lastHash = '';
  }

  get inFlight(): number {
    return this.held.length;
  }

  release(): void {
    const next = this.held.shift();
    next?.();
  }

  draft(): ServerDraft {
    // As the server says it: once submitted, no answers.
    if (this.status === 'submitted') return { status: 'submitted' };
    return {
      status: this.status,
      revision: this.revision,
      answers: this.answers,
      groupName: this.groupName,
      participants: this.participants,
    };
  }

  private async gate(): Promise<void> {
    if (this.hold) await new Promise<void>((resolve) => this.held.push(resolve));
    if (this.offline) throw networkError();
  }

  save = async (body: SaveDraftInput): Promise<SaveResult> => {
    this.saves.push(body);
    await this.gate();
    if (this.invalid) throw this.invalid;
    if (this.status === 'submitted') throw new ApiError(409, 'already_submitted', 'submitted');
    const hash = canonicalJson({ answers: body.answers, g: body.groupName, p: body.participants });
    let result: SaveResult;
    if (body.revision === this.revision) {
      this.revision++;
      this.answers = body.answers;
      if (body.groupName !== undefined) this.groupName = body.groupName;
      if (body.participants !== undefined) this.participants = body.participants;
      this.lastHash = hash;
      result = { revision: this.revision, savedAt: '2026-11-25T10:34:00.000Z' };
    } else if (body.revision + 1 === this.revision && hash === this.lastHash) {
      result = { revision: this.revision, savedAt: '2026-11-25T10:34:00.000Z' };
    } else {
      throw new ApiError(409, 'stale_revision', 'stale');
    }
    if (this.dropReplies) throw networkError();
    return result;
  };

  submit = async (body: SaveDraftInput): Promise<SubmitResult> => {
    this.submits.push(body);
    await this.gate();
    if (this.status === 'submitted') return { id: 'r1', submittedAt: 'x', duplicate: true };
    if (body.revision !== this.revision) throw new ApiError(409, 'stale_revision', 'stale');
    this.status = 'submitted';
    this.answers = body.answers;
    return { id: 'r1', submittedAt: 'x', duplicate: false };
  };

  load = async (): Promise<ServerDraft> => {
    this.loads++;
    if (this.offline) throw networkError();
    return this.draft();
  };
}

const a = (value: number, text?: string): Answers => ({ q1: { value, ...(text ? { text } : {}) } });

describe('Autosave', () => {
  let server: FakeServer;
  let timers: FakeTimers;
  let storage: ReturnType<typeof memoryStorage>;
  let replaced: DraftContent[];

  beforeEach(() => {
    server = new FakeServer();
    timers = new FakeTimers();
    storage = memoryStorage();
    replaced = [];
  });

  const local = (): LocalDraft | undefined => localDraftStore(storage, 'CODE').read();

  function autosave(overrides: Partial<AutosaveDeps> = {}): Autosave {
    const saver = new Autosave({
      save: server.save,
      submit: server.submit,
      load: server.load,
      store: localDraftStore(storage, 'CODE'),
      timers,
      now: () => new Date(Date.UTC(2026, 10, 25, 10, 34) + timers.now),
      debounceMs: 800,
      retryDelaysMs: [1000, 5000],
      onReplaced: (content) => replaced.push(content),
      ...overrides,
    });
    saver.resume(server.draft());
    saver.start();
    return saver;
  }

  it('waits for a pause in typing and sends the newest answers once', async () => {
    const saver = autosave();
    saver.change({ answers: a(1) });
    await timers.advance(500);
    saver.change({ answers: a(2) });
    await timers.advance(500);
    saver.change({ answers: a(3) });
    expect(server.saves).toHaveLength(0);
    expect(saver.getStatus().kind).toBe('pending');

    await timers.advance(800);
    expect(server.saves).toEqual([{ revision: 0, answers: a(3) }]);
    expect(server.answers).toEqual(a(3));
    expect(saver.getStatus()).toEqual({ kind: 'saved', at: new Date(Date.UTC(2026, 10, 25, 10, 34) + 1800) });
  });

  it('keeps the answers on this device before sending and forgets them once saved', async () => {
    const saver = autosave();
    server.hold = true;
    saver.change({ answers: a(4, 'näin') });
    expect(local()).toMatchObject({ baseRevision: 0, payload: { answers: a(4, 'näin') } });

    await timers.advance(800);
    expect(local()).toMatchObject({ baseRevision: 0, sent: { answers: a(4, 'näin') } });
    server.release();
    await settle();
    expect(local()).toBeUndefined();
  });

  it('sends one request at a time, each on the revision the last one gave', async () => {
    const saver = autosave();
    server.hold = true;
    saver.change({ answers: a(1) });
    await timers.advance(800);
    saver.change({ answers: a(2) });
    await timers.advance(800);
    saver.change({ answers: a(3) });
    await timers.advance(800);
    expect(server.saves).toHaveLength(1);
    expect(server.inFlight).toBe(1);

    server.release();
    await settle();
    expect(server.saves.map((s) => [s.revision, s.answers])).toEqual([
      [0, a(1)],
      [1, a(3)],
    ]);
    server.release();
    await settle();
    expect(server.revision).toBe(2);
    expect(server.answers).toEqual(a(3));
    expect(saver.getStatus().kind).toBe('saved');
  });

  it('does not send answers the server already has', async () => {
    const saver = autosave();
    saver.change({ answers: a(1) });
    await timers.advance(800);
    saver.change({ answers: a(2) });
    saver.change({ answers: a(1) });
    await timers.advance(5000);
    expect(server.saves).toHaveLength(1);
    expect(local()).toBeUndefined();
  });

  describe('without a connection', () => {
    it('keeps the answers, says so, and resends them when the pause is over', async () => {
      const saver = autosave();
      server.offline = true;
      saver.change({ answers: a(1) });
      await timers.advance(800);
      expect(saver.getStatus().kind).toBe('offline');
      expect(local()?.payload.answers).toEqual(a(1));

      await timers.advance(1000);
      expect(server.saves).toHaveLength(2);
      expect(saver.getStatus().kind).toBe('offline');

      server.offline = false;
      await timers.advance(5000);
      expect(server.answers).toEqual(a(1));
      expect(saver.getStatus().kind).toBe('saved');
      expect(local()).toBeUndefined();
    });

    it('resends at once when the connection is back', async () => {
      const saver = autosave();
      server.offline = true;
      saver.change({ answers: a(1) });
      await timers.advance(800);
      server.offline = false;
      saver.retryNow();
      await settle();
      expect(server.answers).toEqual(a(1));
      expect(timers.pending).toBe(0);
    });

    it('sends the answers typed while offline after the one that was under way', async () => {
      const saver = autosave();
      server.offline = true;
      saver.change({ answers: a(1) });
      await timers.advance(800);
      saver.change({ answers: a(2) });
      saver.change({ answers: a(3) });
      expect(local()).toMatchObject({ payload: { answers: a(3) }, sent: { answers: a(1) } });

      server.offline = false;
      saver.retryNow();
      await settle();
      expect(server.saves.slice(-2).map((s) => [s.revision, s.answers])).toEqual([
        [0, a(1)],
        [1, a(3)],
      ]);
      expect(server.answers).toEqual(a(3));
    });

    it('recognises its own save when only the reply was lost', async () => {
      const saver = autosave();
      server.dropReplies = true;
      saver.change({ answers: a(1) });
      await timers.advance(800);
      expect(server.revision).toBe(1);
      expect(saver.getStatus().kind).toBe('offline');
      saver.change({ answers: a(2) });

      server.dropReplies = false;
      await timers.advance(1000);
      expect(server.answers).toEqual(a(2));
      expect(server.revision).toBe(2);
      expect(replaced).toEqual([]);
      expect(saver.getStatus().kind).toBe('saved');
    });
  });

  describe('newer answers saved elsewhere', () => {
    it('loads them, replaces this device’s and says so', async () => {
      const saver = autosave();
      server.saveElsewhere(a(5, 'toisessa ikkunassa'));
      saver.change({ answers: a(1) });
      await timers.advance(800);

      expect(server.loads).toBe(1);
      expect(replaced).toEqual([{ answers: a(5, 'toisessa ikkunassa'), groupName: null, participants: null }]);
      expect(saver.getStatus().kind).toBe('conflict');
      expect(local()).toBeUndefined();

      saver.change({ answers: a(2) });
      await timers.advance(800);
      expect(server.saves.at(-1)).toEqual({ revision: 1, answers: a(2) });
      expect(server.answers).toEqual(a(2));
    });

    it('goes on without a word when they equal this device’s', async () => {
      const saver = autosave();
      server.saveElsewhere(a(1));
      saver.change({ answers: a(1) });
      await timers.advance(800);
      expect(replaced).toEqual([]);
      expect(saver.getStatus().kind).not.toBe('conflict');
    });
  });

  it('shows the server’s problems and waits for the next change before sending again', async () => {
    const saver = autosave();
    server.invalid = new ApiError(400, 'invalid_answers', 'bad', [
      { path: 'answers.q1.value', code: 'value_off_scale', message: 'off' },
    ]);
    saver.change({ answers: a(9) });
    await timers.advance(800);
    expect(saver.getStatus()).toEqual({ kind: 'invalid', problems: server.invalid.problems });
    await timers.advance(60_000);
    expect(server.saves).toHaveLength(1);
    expect(local()?.payload.answers).toEqual(a(9));

    server.invalid = undefined;
    saver.change({ answers: a(4) });
    await timers.advance(800);
    expect(server.answers).toEqual(a(4));
  });

  it('stops when the answers were submitted elsewhere', async () => {
    const saver = autosave();
    server.status = 'submitted';
    saver.change({ answers: a(1) });
    await timers.advance(800);
    expect(saver.getStatus().kind).toBe('submitted');
    saver.change({ answers: a(2) });
    await timers.advance(5000);
    expect(server.saves).toHaveLength(1);
  });

  describe('on opening the page again', () => {
    function leaveUnsent(record: LocalDraft): void {
      localDraftStore(storage, 'CODE').write(record);
    }

    it('sends answers this device had not sent, when they build on the server’s revision', async () => {
      server.revision = 3;
      leaveUnsent({ baseRevision: 3, payload: { answers: a(2) }, changedAt: '' });
      const saver = new Autosave({
        save: server.save,
        submit: server.submit,
        load: server.load,
        timers,
        store: localDraftStore(storage, 'CODE'),
      });
      const resumed = saver.resume(server.draft());
      expect(resumed).toEqual({
        content: { answers: a(2), groupName: null, participants: null },
        replacedLocal: false,
      });
      expect(server.saves).toHaveLength(0);
      saver.start();
      await settle();
      expect(server.saves).toEqual([{ revision: 3, answers: a(2) }]);
      expect(local()).toBeUndefined();
    });

    it('sends the newer answers when the save under way had landed', async () => {
      server.revision = 4;
      server.answers = a(1);
      leaveUnsent({ baseRevision: 3, payload: { answers: a(2) }, sent: { answers: a(1) }, changedAt: '' });
      const saver = autosave();
      await settle();
      expect(server.saves).toEqual([{ revision: 4, answers: a(2) }]);
      expect(saver.getStatus().kind).toBe('saved');
    });

    it('shows the server’s answers when they are newer than this device’s', () => {
      server.revision = 5;
      server.answers = a(5);
      leaveUnsent({ baseRevision: 3, payload: { answers: a(2) }, changedAt: '' });
      const saver = new Autosave({
        save: server.save,
        submit: server.submit,
        load: server.load,
        timers,
        store: localDraftStore(storage, 'CODE'),
      });
      expect(saver.resume(server.draft())).toEqual({
        content: { answers: a(5), groupName: null, participants: null },
        replacedLocal: true,
      });
      saver.start();
      expect(local()).toBeUndefined();
      expect(server.saves).toHaveLength(0);
    });
  });

  describe('submit', () => {
    it('saves what waits first, then submits on the current revision', async () => {
      const saver = autosave();
      saver.change({ answers: a(1) });
      const outcome = await saver.submit({ answers: a(2) });
      expect(outcome).toEqual({ ok: true, duplicate: false });
      expect(server.saves).toEqual([{ revision: 0, answers: a(2) }]);
      expect(server.submits).toEqual([{ revision: 1, answers: a(2) }]);
      expect(saver.getStatus().kind).toBe('submitted');
      expect(local()).toBeUndefined();
    });

    it('sends once however often it is asked while sending', async () => {
      const saver = autosave();
      const first = saver.submit({ answers: a(1) });
      const second = saver.submit({ answers: a(1) });
      expect(await first).toEqual(await second);
      expect(server.submits).toHaveLength(1);
      expect(await saver.submit({ answers: a(1) })).toEqual({ ok: true, duplicate: true });
      expect(server.submits).toHaveLength(1);
    });

    it('waits for the save under way', async () => {
      const saver = autosave();
      server.hold = true;
      saver.change({ answers: a(1) });
      await timers.advance(800);
      const outcome = saver.submit({ answers: a(1) });
      await settle();
      expect(server.submits).toHaveLength(0);
      server.release();
      await settle();
      server.release();
      expect(await outcome).toEqual({ ok: true, duplicate: false });
      expect(server.submits).toEqual([{ revision: 1, answers: a(1) }]);
    });

    it('keeps the answers and reports the error without a connection; a retry then succeeds', async () => {
      const saver = autosave();
      server.offline = true;
      const outcome = await saver.submit({ answers: a(3) });
      expect(outcome).toMatchObject({ ok: false, replaced: false, error: { code: 'network_error' } });
      expect(local()?.payload.answers).toEqual(a(3));

      server.offline = false;
      expect(await saver.submit({ answers: a(3) })).toEqual({ ok: true, duplicate: false });
      expect(server.status).toBe('submitted');
    });

    it('reports newer answers from elsewhere instead of overwriting them', async () => {
      const saver = autosave();
      server.saveElsewhere(a(5));
      const outcome = await saver.submit({ answers: a(1) });
      expect(outcome).toEqual({ ok: false, replaced: true });
      expect(server.status).toBe('draft');
      expect(replaced.map((r) => r.answers)).toEqual([a(5)]);
    });

    it('gives the server’s problems back', async () => {
      const problem = { path: 'answers.q2', code: 'answer_missing', message: 'required' };
      server.submit = async () => {
        throw new ApiError(400, 'invalid_answers', 'bad', [problem]);
      };
      const saver = autosave();
      const outcome = await saver.submit({ answers: a(1) });
      expect(outcome).toMatchObject({
        ok: false,
        replaced: false,
        error: { code: 'invalid_answers', problems: [problem] },
      });
      expect(server.answers).toEqual(a(1));
    });
  });
});
