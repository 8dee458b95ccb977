import { exportAuditor } from '../audit/log';
import { policy } from '../auth/policies';
import type { SessionUser } from '../auth/types';
import { sendCsv } from '../http/csv';
import { NotFoundError } from '../http/errors';
import type { Route, RouteDeps } from '../http/routes';
import { parseInput } from '../http/validate';
import { flattenIndicators, localize } from '../instrument/schema';
import { roundReflections } from '../responses/reflections';
import { presentRound } from './present';
import { findRound, listRounds, roundHasResponses, roundInstrument, roundOrganisations } from './queries';
import { CreateRoundBody, RegenerateInvitationBody, UpdateRoundBody } from './schemas';
import { createRound, defaultMinGroupSize, listInvitations, regenerateInvitation, updateRound } from './service';
import type { RoundDetail, RoundRules, RoundSummary } from './types';

/** A coordinator reads the reflections of their own region's organisations only. */
const regionScope = (user: SessionUser) =>
  ({ kind: 'staff', ...(user.role === 'coordinator' ? { regionCode: user.regionCode ?? '' } : {}) }) as const;

export function roundRoutes({ db, settings }: RouteDeps): Route[] {
  const auditDownload = exportAuditor(db);
  const roundDetail = async (id: string): Promise<RoundDetail> => {
    const round = await findRound(db, id);
    if (!round) throw new NotFoundError('the round');
    const instrument = await roundInstrument(db, round);
    return {
      ...presentRound(round, instrument),
      instrument,
      organisations: await roundOrganisations(db, round.id),
      hasResponses: await roundHasResponses(db, round.id),
    };
  };
  const openers = ['admin', 'coordinator'] as const;

  return [
    {
      method: 'get',
      path: '/round-rules',
      policy: policy.roles(openers),
      handler: (_req, res) => {
        const floor = settings.minGroupSizeFloor;
        const rules: RoundRules = { minGroupSizeFloor: floor, defaultMinGroupSize: defaultMinGroupSize(floor) };
        res.json(rules);
      },
    },
    {
      method: 'get',
      path: '/rounds',
      policy: policy.roles(),
      handler: async (req, res) => {
        const rounds: RoundSummary[] = await Promise.all(
          (await listRounds(db, req.auth!.user)).map(async (r) => presentRound(r, await roundInstrument(db, r))),
        );
        res.json(rounds);
      },
    },
    {
      method: 'post',
      path: '/rounds',
      policy: policy.roles(openers),
      handler: async (req, res) => {
        const body = parseInput(CreateRoundBody, req.body);
        const id = await createRound(db, req.auth!.user, body, settings.minGroupSizeFloor);
        res.status(201).json(await roundDetail(id));
      },
    },
    {
      method: 'get',
      path: '/rounds/:roundId',
      policy: policy.round(),
      handler: async (req, res) => {
        res.json(await roundDetail(req.params.roundId as string));
      },
    },
    {
      method: 'patch',
      path: '/rounds/:roundId',
      policy: policy.roundOwner(),
      handler: async (req, res) => {
        const body = parseInput(UpdateRoundBody, req.body);
        await updateRound(db, req.auth!.user, req.params.roundId as string, body, settings.minGroupSizeFloor);
        res.json(await roundDetail(req.params.roundId as string));
      },
    },
    {
      method: 'get',
      path: '/rounds/:roundId/invitations',
      policy: policy.round(),
      handler: async (req, res) => {
        res.json(await listInvitations(db, req.params.roundId as string, req.auth!.user));
      },
    },
    {
      method: 'post',
      path: '/rounds/:roundId/organisations/:organisationId/invitation',
      policy: policy.roundOwner(),
      handler: async (req, res) => {
        const { mode } = parseInput(RegenerateInvitationBody, req.body ?? {});
        const params = req.params as Record<string, string>;
        res
          .status(201)
          .json(await regenerateInvitation(db, req.auth!.user, params.roundId!, params.organisationId!, mode));
      },
    },
    {
      method: 'get',
      path: '/rounds/:roundId/reflections',
      policy: policy.round('roundId', openers),
      handler: async (req, res) => {
        const round = await findRound(db, req.params.roundId as string);
        if (!round) throw new NotFoundError('the round');
        res.json(await roundReflections(db, round, await roundInstrument(db, round), regionScope(req.auth!.user)));
      },
    },
    {
      method: 'get',
      path: '/rounds/:roundId/reflections.csv',
      policy: policy.round('roundId', openers),
      handler: async (req, res) => {
        const round = await findRound(db, req.params.roundId as string);
        if (!round) throw new NotFoundError('the round');
        const instrument = await roundInstrument(db, round);
        const lang = req.query.lang === 'sv' || req.query.lang === 'en' ? req.query.lang : 'fi';
        await auditDownload(req, 'reflections', 'csv');
        const { indicators } = await roundReflections(db, round, instrument, regionScope(req.auth!.user));
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
        sendCsv(res, `reflections-${round.id}.csv`, ['area', 'standard', 'indicator', 'text'], rows);
      },
    },
  ];
}
