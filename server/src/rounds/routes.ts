import { auditExport } from '../audit/log';
import { policy } from '../auth/policies';
import type { SessionUser } from '../auth/types';
import { readerOf } from '../db/knex';
import { presentName } from '../db/names';
import { sendCsv } from '../http/csv';
import { type Route, type RouteDeps, route } from '../http/routes';
import { flattenIndicators, localize } from '../instrument/schema';
import { roundReflections } from '../responses/reflections';
import { exportWords, safeFileName } from '../results/export-words';
import { ExportQuery } from '../results/schemas';
import { loadRound } from '../results/service';
import { presentRound } from './present';
import { listRounds, roundHasResponses, roundInstrument, roundOrganisations } from './queries';
import { CreateRoundBody, RegenerateInvitationBody, UpdateRoundBody } from './schemas';
import { createRound, defaultMinGroupSize, listInvitations, regenerateInvitation, updateRound } from './service';
import type { RoundDetail } from './types';

/** A coordinator reads the reflections of their own region's organisations only. */
const regionScope = (user: SessionUser) =>
  ({ kind: 'staff', ...(user.role === 'coordinator' ? { regionCode: user.regionCode ?? '' } : {}) }) as const;

export function roundRoutes({ db, settings }: RouteDeps): Route[] {
  // Reflections are read on connections of their own: never behind the write queue.
  const read = readerOf(db);
  const floor = settings.minGroupSizeFloor;
  const roundDetail = async (id: string): Promise<RoundDetail> => {
    const { round, instrument } = await loadRound(db, id);
    return {
      ...presentRound(round, instrument),
      instrument,
      organisations: await roundOrganisations(db, round.id),
      hasResponses: await roundHasResponses(db, round.id),
    };
  };
  const openers = ['admin', 'coordinator'] as const;

  return [
    route('roundRules', {
      method: 'get',
      path: '/round-rules',
      status: 200,
      policy: policy.roles(openers),
      input: {},
      handler: () => ({ minGroupSizeFloor: floor, defaultMinGroupSize: defaultMinGroupSize(floor) }),
    }),
    route('rounds', {
      method: 'get',
      path: '/rounds',
      status: 200,
      policy: policy.roles(),
      input: {},
      handler: async (_input, { user }) =>
        Promise.all((await listRounds(db, user)).map(async (r) => presentRound(r, await roundInstrument(db, r)))),
    }),
    route('createRound', {
      method: 'post',
      path: '/rounds',
      status: 201,
      policy: policy.roles(openers),
      input: { body: CreateRoundBody },
      handler: async ({ body }, { user }) => roundDetail(await createRound(db, user, body, floor)),
    }),
    route('round', {
      method: 'get',
      path: '/rounds/:roundId',
      status: 200,
      policy: policy.round(),
      input: {},
      handler: ({ params }) => roundDetail(params.roundId),
    }),
    route('updateRound', {
      method: 'patch',
      path: '/rounds/:roundId',
      status: 200,
      policy: policy.roundOwner(),
      input: { body: UpdateRoundBody },
      handler: async ({ params, body }, { user }) => {
        await updateRound(db, user, params.roundId, body, floor);
        return roundDetail(params.roundId);
      },
    }),
    route('invitations', {
      method: 'get',
      path: '/rounds/:roundId/invitations',
      status: 200,
      policy: policy.round(),
      input: {},
      handler: ({ params }, { user }) => listInvitations(db, params.roundId, user),
    }),
    route('regenerateInvitation', {
      method: 'post',
      path: '/rounds/:roundId/organisations/:organisationId/invitation',
      status: 201,
      policy: policy.roundOwner(),
      input: { body: RegenerateInvitationBody },
      handler: ({ params, body }, { user }) =>
        regenerateInvitation(db, user, params.roundId, params.organisationId, body.mode),
    }),
    route('roundReflections', {
      method: 'get',
      path: '/rounds/:roundId/reflections',
      status: 200,
      policy: policy.round('roundId', openers),
      input: {},
      handler: async ({ params }, { user }) => {
        const { round, instrument } = await loadRound(read, params.roundId);
        return roundReflections(read, round, instrument, regionScope(user));
      },
    }),
    route('roundReflectionsCsv', {
      method: 'get',
      path: '/rounds/:roundId/reflections.csv',
      status: 200,
      produces: 'file',
      policy: policy.round('roundId', openers),
      input: { query: ExportQuery },
      handler: async ({ params, query: { lang: asked } }, { user, res, language }) => {
        const lang = asked ?? language;
        const { round, instrument } = await loadRound(read, params.roundId);
        await auditExport(db, user, 'reflections', { roundId: round.id, format: 'csv', language: lang });
        const { indicators } = await roundReflections(read, round, instrument, regionScope(user));
        const place = new Map(flattenIndicators(instrument).map((e) => [e.indicator.id, e]));
        const rows = indicators.flatMap((i) => {
          const p = place.get(i.indicatorId)!;
          return i.texts.map((text) => [
            localize(p.area.title, lang),
            localize(p.standard.statement, lang),
            localize(p.indicator.question, lang),
            text,
          ]);
        });
        const w = exportWords(lang);
        const name = safeFileName(w.files.reflections, localize(presentName(round), lang));
        const { area, standard, indicator } = w.levels;
        sendCsv(res, `${name}.csv`, [area, standard, indicator, w.raw.text], rows);
      },
    }),
  ];
}
