/** The instrument versions API (shared with the client). */
import { del, get, post, put } from '../http/endpoint.shared';
import type {
  CreateInstrumentDraftInput,
  InstrumentCheck,
  InstrumentDiffView,
  InstrumentDraftSummary,
  InstrumentDraftView,
  InstrumentVersionSummary,
  InstrumentVersionView,
  PublishInstrumentDraftInput,
  SaveInstrumentDraftInput,
} from './types';

const version = '/instruments/:instrumentId/versions/:version';

export const instrumentEndpoints = {
  instrumentVersions: get('/instruments').returns<InstrumentVersionSummary[]>(),
  /** Any JSON document: the answer lists every problem it has as an instrument. */
  checkInstrument: post('/instruments/check').body<unknown>().returns<InstrumentCheck>(),
  /** Any JSON document: a valid instrument becomes a draft version, else 400 invalid_instrument. */
  importInstrument: post('/instruments').body<unknown>().created<InstrumentVersionView>(),
  instrumentVersion: get(version).returns<InstrumentVersionView>(),
  instrumentDiff: get(`${version}/diff`).returns<InstrumentDiffView>(),
  publishVersion: post(`${version}/publish`).returns<InstrumentVersionView>(),
  retireVersion: post(`${version}/retire`).returns<InstrumentVersionView>(),
  deleteDraft: del(version).empty(),
  /** The editor's drafts (administrators). */
  instrumentDrafts: get('/instrument-drafts').returns<InstrumentDraftSummary[]>(),
  createInstrumentDraft: post('/instrument-drafts').body<CreateInstrumentDraftInput>().created<InstrumentDraftView>(),
  instrumentDraft: get('/instrument-drafts/:draftId').returns<InstrumentDraftView>(),
  /** 409 stale_revision when the draft was saved elsewhere since `revision`. */
  saveInstrumentDraft: put('/instrument-drafts/:draftId')
    .body<SaveInstrumentDraftInput>()
    .returns<InstrumentDraftView>(),
  discardInstrumentDraft: del('/instrument-drafts/:draftId').empty(),
  publishInstrumentDraft: post('/instrument-drafts/:draftId/publish')
    .body<PublishInstrumentDraftInput>()
    .returns<InstrumentVersionView>(),
};
