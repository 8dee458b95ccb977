/** The instrument versions API (shared with the client). */
import { del, get, post } from '../http/endpoint.shared';
import type { InstrumentCheck, InstrumentDiffView, InstrumentVersionSummary, InstrumentVersionView } from './types';

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
};
