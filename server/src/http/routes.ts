/**
 * The route table: every API route serves one endpoint of the contract
 * (../contract.ts) and declares, side by side, its method, path, success
 * status, policy and input schemas. Routes are only mounted through here, so
 * none can exist without them; `mountRoutes` authorizes and parses the input
 * before the handler runs, and the handler gets the parsed, typed input and
 * returns the response body.
 *
 * A request's way: admitted by the policy (401/403) → path parameters parsed
 * (400) → target in the caller's scope (403/404) → CSRF → query and body
 * parsed (400) → handler → the declared status with the returned JSON.
 */
import { type Express, type Request, type RequestHandler, type Response, Router } from 'express';
import { z } from 'zod';
import { checkCsrf } from '../auth/middleware';
import { admit, type Decision, type Policy, reach } from '../auth/policies';
import type { LoadedSession } from '../auth/sessions';
import type { SessionUser } from '../auth/types';
import type { AppSettings } from '../config';
import type { Api, EndpointName } from '../contract';
import { type Db, readerOf } from '../db/knex';
import type { Language } from '../instrument/text';
import {
  type AnyEndpoint,
  type BodyOf,
  type Method,
  type None,
  type ParamNames,
  type Produces,
  paramNames,
  type QueryOf,
  type ResponseOf,
} from './endpoint.shared';
import { AppError, ValidationError } from './errors';
import type { Same } from './input';
import { requestLanguage } from './language';
import { type PATH_PARAMS, type ParamName, paramsSchema } from './params';
import { parseInput } from './validate';

/** What a handler gets beside its input. */
export type Context = {
  /** The signed-in user and their session; every route that is not public has them (its policy made sure). */
  readonly user: SessionUser;
  readonly session: LoadedSession;
  /** For what is not input: cookies, the protocol. */
  readonly req: Request;
  /** For cookies and headers; only a file route sends with it. */
  readonly res: Response;
  /** The language to word a response in when the input names none: the request's Accept-Language, else Finnish. */
  readonly language: Language;
};

/** Another success status than the declared one: 200 for a repeated submit that created nothing. */
export class Reply<T> {
  constructor(
    readonly status: 200 | 201,
    readonly body: T,
  ) {}
}

/** The parsed input a handler receives. */
export type Input<P extends string, Q, B> = {
  params: { [K in ParamNames<P> & ParamName]: z.output<(typeof PATH_PARAMS)[K]> };
  query: Q extends z.ZodType ? z.output<Q> : Record<string, never>;
  body: B extends z.ZodType ? z.output<B> : undefined;
};

/** A file route sends its file itself and a 204 route nothing: they return nothing. */
type Result<E extends AnyEndpoint> = E['produces'] extends 'file' ? Nothing : Answer<E>;
type Answer<E extends AnyEndpoint> = E['status'] extends 204 ? Nothing : ResponseOf<E> | Reply<ResponseOf<E>>;
// biome-ignore lint/suspicious/noConfusingVoidType: what a handler that sends nothing returns
type Nothing = void;

type RouteSpec<E extends AnyEndpoint, Q, B> = {
  method: E['method'];
  path: E['path'];
  status: E['status'];
  policy: Policy;
  /** Middleware run before everything else, e.g. a rate limit. */
  before?: RequestHandler[];
  /** The query and body schemas (zod); the path's parameters are parsed by their names (./params.ts). */
  input: { query?: Q; body?: B };
  handler: (input: Input<E['path'], Q, B>, ctx: Context) => Promise<Result<E>> | Result<E>;
} & (E['produces'] extends 'file' ? { produces: 'file' } : { produces?: 'json' });

type SameUnion<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Why a route's body or query schema does not fit its endpoint (never when it does). */
type PartDrift<Part extends string, Declared, S, Fits> = [Declared] extends [None]
  ? [S] extends [undefined]
    ? never
    : `the endpoint takes no ${Part}`
  : S extends z.ZodType
    ? Fits extends true
      ? never
      : `the ${Part} schema does not fit the contract's ${Part}`
    : `the endpoint takes a ${Part}: declare its schema`;

/**
 * Why a route does not serve its endpoint as declared (never when it does): a body schema must
 * accept exactly the contract's body, a query schema have exactly its keys.
 */
type Drift<E extends AnyEndpoint, Q, B> =
  | ([Exclude<ParamNames<E['path']>, ParamName>] extends [never]
      ? never
      : 'a path parameter has no schema in PATH_PARAMS')
  | PartDrift<'body', BodyOf<E>, B, B extends z.ZodType ? Same<z.input<B>, BodyOf<E>> : false>
  | PartDrift<'query', QueryOf<E>, Q, Q extends z.ZodType ? SameUnion<keyof z.input<Q>, keyof QueryOf<E>> : false>;

/** A route as mounted and as the tests walk it. */
export type Route = {
  /** The contract's endpoint it serves. */
  name: EndpointName;
  method: Method;
  /** Under /api, e.g. /rounds/:roundId */
  path: string;
  status: number;
  produces: Produces;
  policy: Policy;
  before?: RequestHandler[];
  input: { params: z.ZodType; query?: z.ZodType; body?: z.ZodType };
  handler: (input: { params: unknown; query: unknown; body: unknown }, ctx: Context) => unknown;
};

/**
 * Declares the route that serves the contract's endpoint `name`. It does not
 * compile when the method, path or status differ from the contract's, the body
 * schema accepts another input, the query has other keys, or the handler
 * returns another type.
 */
export function route<
  N extends EndpointName,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(
  name: N,
  spec: RouteSpec<Api[N], Q, B>,
  ..._drift: [Drift<Api[N], Q, B>] extends [never] ? [] : [error: Drift<Api[N], Q, B>]
): Route {
  // What the typechecker demands, also for code that slips past it: the app does not start without it.
  if (!spec.input || typeof spec.status !== 'number')
    throw new Error(`the route of ${name} declares no input or status`);
  return {
    name,
    method: spec.method,
    path: spec.path,
    status: spec.status,
    produces: spec.produces ?? 'json',
    policy: spec.policy,
    before: spec.before,
    input: { params: paramsSchema(paramNames(spec.path), spec.path), query: spec.input.query, body: spec.input.body },
    handler: spec.handler as unknown as Route['handler'],
  };
}

/** What routes need: the database and the configuration values that decide behaviour. */
export type RouteDeps = { db: Db; settings: AppSettings };

/** A route that declares no query takes none. */
const NO_QUERY = z.object({}).strict();

function deny(decision: Decision, req: Request): void {
  if (decision === 'unauthenticated') {
    throw req.authExpired
      ? new AppError(401, 'session_expired', 'your session has expired; please sign in again')
      : new AppError(401, 'not_signed_in', 'please sign in');
  }
  if (decision === 'forbidden') throw new AppError(403, 'forbidden', 'you do not have access to this');
  if (decision === 'notInRound') {
    throw new AppError(404, 'organisation_not_in_round', 'the organisation does not take part in this round');
  }
}

/** A route that declares no body takes none: nothing, or an empty object. */
function noBody(body: unknown): undefined {
  const empty = body === undefined || (typeof body === 'object' && body !== null && Object.keys(body).length === 0);
  if (!empty) {
    throw new ValidationError('this request takes no body', [
      { path: '', code: 'unexpected_body', message: 'this request takes no body' },
    ]);
  }
  return undefined;
}

function context(req: Request, res: Response): Context {
  const session = () => {
    if (!req.auth) throw new AppError(401, 'not_signed_in', 'please sign in');
    return req.auth;
  };
  return {
    get user() {
      return session().user;
    },
    get session() {
      return session();
    },
    req,
    res,
    get language() {
      return requestLanguage(req, res);
    },
  };
}

export function mountRoutes(app: Express, db: Db, routes: Route[]): void {
  // Policies read scopes on a reader: a request is never refused or held by the write queue.
  const read = readerOf(db);
  const router = Router();
  for (const route of routes) {
    router[route.method](route.path, ...(route.before ?? []), async (req: Request, res: Response) => {
      const user = req.auth?.user;
      deny(admit(user, route.policy), req);
      const params = parseInput(route.input.params, req.params, 'params') as Record<string, string>;
      deny(await reach(read, user, route.policy, params), req);
      if (route.policy.kind !== 'public') checkCsrf(req);
      const query = parseInput(route.input.query ?? NO_QUERY, req.query, 'query');
      // A missing body reads as an empty one: its required fields are then named in the 400.
      const body = route.input.body ? parseInput(route.input.body, req.body ?? {}, 'body') : noBody(req.body);
      const result = await route.handler({ params, query, body }, context(req, res));
      if (route.produces === 'file') {
        if (!res.headersSent) throw new Error(`${route.name} sent no file`);
      } else if (result instanceof Reply) res.status(result.status).json(result.body);
      else if (route.status === 204) res.status(204).end();
      else res.status(route.status).json(result);
    });
  }
  app.use('/api', router);
}
