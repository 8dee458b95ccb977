/**
 * How an endpoint of the API is declared on the shared surface: its method,
 * path and success status as values (the client builds requests from them,
 * a test compares them with the server's route table) and its response, query
 * and body as types (the client's calls and the server's handlers are checked
 * against them). Pure: no imports, so the client bundles it.
 *
 * ```ts
 * createRound: post('/rounds').body<CreateRoundInput>().created<RoundDetail>(),
 * ```
 */

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** JSON, or a file the handler sends itself (CSV, XLSX), reached by a plain link. */
export type Produces = 'json' | 'file';

export type Endpoint<
  M extends Method = Method,
  P extends string = string,
  S extends number = number,
  R = unknown,
  Q = unknown,
  B = unknown,
  F extends Produces = Produces,
> = {
  readonly method: M;
  /** Under /api, with `:name` path parameters, e.g. /rounds/:roundId */
  readonly path: P;
  readonly status: S;
  readonly produces: F;
  /** Whether the endpoint takes a query string and a JSON body at all. */
  readonly takes: { readonly query: boolean; readonly body: boolean };
  /** Never set: it carries the response, query and body types. */
  readonly types?: { response: R; query: Q; body: B };
};

export type AnyEndpoint = Endpoint;

/** No query string or no body: what an endpoint that declares none "takes". */
export type None = undefined;

type Types<E extends AnyEndpoint> = NonNullable<E['types']>;
export type ResponseOf<E extends AnyEndpoint> = Types<E>['response'];
export type QueryOf<E extends AnyEndpoint> = Types<E>['query'];
export type BodyOf<E extends AnyEndpoint> = Types<E>['body'];

/** The names of a path's parameters: `/rounds/:roundId/regions/:regionCode` → 'roundId' | 'regionCode'. */
export type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type PathParams<P extends string> = { [K in ParamNames<P>]: string };

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** What a caller gives: the path's parameters, the query (every key optional) and the body, as declared. */
export type InputOf<E extends AnyEndpoint> = Simplify<
  ([ParamNames<E['path']>] extends [never] ? unknown : { params: PathParams<E['path']> }) &
    ([QueryOf<E>] extends [None] ? unknown : { query?: QueryOf<E> }) &
    ([BodyOf<E>] extends [None] ? unknown : { body: BodyOf<E> })
>;

class Declaring<M extends Method, P extends string, Q, B> {
  constructor(
    private readonly method: M,
    private readonly path: P,
    private readonly takes: { query: boolean; body: boolean } = { query: false, body: false },
  ) {}

  /** The query string the endpoint reads (every key optional; values as the client passes them). */
  query<T extends Record<string, unknown>>(): Declaring<M, P, T, B> {
    return new Declaring(this.method, this.path, { ...this.takes, query: true });
  }

  /** The JSON body the endpoint takes. */
  body<T>(): Declaring<M, P, Q, T> {
    return new Declaring(this.method, this.path, { ...this.takes, body: true });
  }

  private done<S extends number, R, F extends Produces>(status: S, produces: F): Endpoint<M, P, S, R, Q, B, F> {
    return { method: this.method, path: this.path, status, produces, takes: this.takes };
  }

  /** 200 with this JSON. */
  returns<R>(): Endpoint<M, P, 200, R, Q, B, 'json'> {
    return this.done(200, 'json');
  }

  /** 201 with this JSON: something new was made. */
  created<R>(): Endpoint<M, P, 201, R, Q, B, 'json'> {
    return this.done(201, 'json');
  }

  /** 204, no body. */
  empty(): Endpoint<M, P, 204, void, Q, B, 'json'> {
    return this.done(204, 'json');
  }

  /** 200 with a file (CSV, XLSX) that the browser saves: reached by a link, never fetched as JSON. */
  file(): Endpoint<M, P, 200, never, Q, B, 'file'> {
    return this.done(200, 'file');
  }
}

const declare =
  <M extends Method>(method: M) =>
  <P extends string>(path: P) =>
    new Declaring<M, P, None, None>(method, path);

export const get = declare('get');
export const post = declare('post');
export const put = declare('put');
export const patch = declare('patch');
export const del = declare('delete');

/** The names of a path's parameters, in order. */
export function paramNames(path: string): string[] {
  return [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
}

/** The path with each `:name` replaced by its value, encoded. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for the path parameter :${name} of ${path}`);
    return encodeURIComponent(value);
  });
}

/** The address of a call: /api, the filled path, and the query's defined values. */
export function hrefOf(
  endpoint: AnyEndpoint,
  input: { params?: Record<string, string>; query?: Record<string, unknown> } = {},
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(input.query ?? {})) {
    if (value !== undefined && value !== null) query.set(key, String(value));
  }
  const search = query.toString();
  return `/api${fillPath(endpoint.path, input.params ?? {})}${search ? `?${search}` : ''}`;
}
