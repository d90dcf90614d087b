// The HTTP JSON API of `mevzuat serve`: the same queries over the same regulations, described by
// an OpenAPI 3.1 document generated from the zod schemas. Built on Hono (Web-standard Request and
// Response, small, with first-class zod-openapi); Node's HTTP server is in ./node.ts.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import type { Context } from 'hono';
import type { Mevzuat } from '../create.js';
import { MevzuatError, isMevzuatError, parameterNamesTr, type Locale, type MevzuatErrorCode } from '../errors.js';
import { escapeInput } from '../internal/escape.js';
import { Citation } from '../schema/citation.js';
import { ActorRef } from '../schema/organisation.js';
import { Duty } from '../schema/regulation.js';
import { AboutAnswer, AboutDutiesItem, ChainStep, DefinitionAnswer, DeputyAnswer, InForceAnswer, ReportsToAnswer, RoutingAnswer, WhoSignsAnswer } from '../schema/answers.js';
import { HttpError, httpOnlyErrorCodes } from '../schema/error.js';
import { BodyCache, type BodyCacheOptions } from './cache.js';

/** Options of {@link createApp}. */
export type AppOptions = {
  /** The queries to answer with: `createMevzuat(...)` over the built-ins and any folders. */
  readonly mevzuat: Mevzuat;
  /** Origins allowed by CORS (`'*'` for any); none by default, so browsers on other origins are refused. */
  readonly cors?: readonly string[];
  /** Longest URL accepted, in characters (default 2048): longer ones get 414. */
  readonly maxUrlLength?: number;
  /** Most answers a search returns (default 200). */
  readonly maxResults?: number;
  /** The version written into the OpenAPI document. */
  readonly version?: string;
  /**
   * The response cache: bounds of the bodies of successful answers kept (by default 4096 answers
   * and 16 MiB), or `false` for none. Errors are never kept, nor answers that depend on the day.
   */
  readonly cache?: BodyCacheOptions | false;
};

/** The HTTP status of each error code: 400 bad input, 404 nothing by that name, 422 an invalid regulation folder. */
export const httpStatusOf: Readonly<Record<MevzuatErrorCode | (typeof httpOnlyErrorCodes)[number], 400 | 404 | 405 | 413 | 414 | 422 | 500>> = Object.freeze({
  INVALID_ARGUMENT: 400,
  AMBIGUOUS: 400,
  UNKNOWN_REGULATION: 404,
  UNKNOWN_ENTITY: 404,
  UNKNOWN_CITATION: 404,
  INVALID_REGULATION: 422,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  INTERNAL: 500,
});

/** The language of messages a request asks for: `Accept-Language` with q-values; Turkish unless English is preferred. */
export function localeOf(header: string | undefined | null): Locale {
  if (!header) return 'tr';
  let best: { locale: Locale; q: number } | undefined;
  for (const part of header.slice(0, 200).split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const lang = tag.trim().slice(0, 2).toLocaleLowerCase('en-US');
    if (lang !== 'tr' && lang !== 'en') continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qp ? Number(qp.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { locale: lang, q };
  }
  return best?.locale ?? 'tr';
}

/**
 * A library schema under a component name. The library's schemas are made before this module
 * extends zod with `.openapi` (zod copies methods onto each schema when it is made), so the
 * method is called from the prototype; it returns a named copy and leaves the schema as it was.
 */
const named = <T extends z.ZodType>(schema: T, refId: string): T =>
  (z.ZodType.prototype as unknown as { openapi: (this: T, id: string) => T }).openapi.call(schema, refId);

const ErrorSchema = named(HttpError, 'Error');
const DutySchema = named(Duty, 'Duty');
const CitationSchema = named(Citation, 'Citation');
// the seven duty questions of `about` share one component, their duties and citations referenced
const AboutDutiesSchema = named(AboutDutiesItem.extend({ duties: z.array(DutySchema), citations: z.array(CitationSchema), fallback: CitationSchema.optional() }), 'AboutDutiesItem');
const AboutSchema = named(AboutAnswer.extend({
  budget: AboutDutiesSchema, archive: AboutDutiesSchema, residual: AboutDutiesSchema, discipline: AboutDutiesSchema,
  handover: AboutDutiesSchema, disclosure: AboutDutiesSchema, planning: AboutDutiesSchema,
}), 'AboutAnswer');
const errorResponse = (description: string) => ({ content: { 'application/json': { schema: ErrorSchema } }, description });

/** The error responses every query operation documents. */
const errors = {
  400: errorResponse('Bad input: a parameter missing, empty, too long or not one of the accepted words (INVALID_ARGUMENT), or a name that fits several (AMBIGUOUS). `parameter` names the one at fault.'),
  404: errorResponse('No regulation, unit/post/office or provision by that name (UNKNOWN_REGULATION, UNKNOWN_ENTITY, UNKNOWN_CITATION); `suggestions` lists the nearest.'),
  422: errorResponse('A regulation folder given to the server is invalid (INVALID_REGULATION); `problems` lists every problem.'),
} as const;

const Regulation = z.string().min(1).max(300).openapi({ param: { name: 'regulation', in: 'path' }, description: 'A regulation id or a municipality name (`konak-ozel-kalem`, `Konak`); case and Turkish letters forgiven.', example: 'konak-ozel-kalem' });
const Subject = z.string().min(1).max(300).openapi({ description: 'A unit, post or office: its id, name or alias (`Müdür`, `mudur`).', example: 'Müdür' });
const Topic = z.string().max(300).optional().openapi({ description: 'A duty topic: its id or Turkish name (`correspondence`, `yazışma`).', example: 'correspondence' });

const RegulationSummary = z.strictObject({ id: z.string(), title: z.string(), aliases: z.array(z.string()) }).openapi('RegulationSummary');

const json = <S extends z.ZodType>(schema: S, description: string) => ({ content: { 'application/json': { schema } }, description });

const routes = {
  regulations: createRoute({
    method: 'get', path: '/regulations', operationId: 'listRegulations', tags: ['regulations'],
    summary: 'Every regulation the server answers from: id, title and the names it is found by.',
    request: { query: z.strictObject({}) },
    responses: { 200: json(z.array(RegulationSummary), 'The regulations, in the order given.'), 400: errors[400], 422: errors[422] },
  }),
  regulation: createRoute({
    method: 'get', path: '/regulations/{regulation}', operationId: 'getRegulation', tags: ['regulations'],
    summary: 'One regulation: id, title and the names it is found by.',
    request: { params: z.object({ regulation: Regulation }), query: z.strictObject({}) },
    responses: { 200: json(RegulationSummary, 'The regulation.'), 400: errors[400], 404: errors[404], 422: errors[422] },
  }),
  whoSigns: createRoute({
    method: 'get', path: '/regulations/{regulation}/who-signs', operationId: 'whoSigns', tags: ['queries'],
    summary: 'Who signs, paraphs and is charged with letters to a recipient (`whoSigns`).',
    request: {
      params: z.object({ regulation: Regulation }),
      query: z.strictObject({ recipient: z.string().min(1).max(300).openapi({ description: 'inter-directorate, public-institution, private-party, or a word for one (`valilik`, `kamu`, `vatandaş`).', example: 'valilik' }) }),
    },
    responses: { 200: json(named(WhoSignsAnswer, 'WhoSignsAnswer'), 'The answer, with the provisions it rests on.'), ...errors },
  }),
  reportsTo: createRoute({
    method: 'get', path: '/regulations/{regulation}/reports-to', operationId: 'reportsTo', tags: ['queries'],
    summary: 'Every upward reporting line of a unit, post or office (`reportsTo`).',
    request: { params: z.object({ regulation: Regulation }), query: z.strictObject({ subject: Subject }) },
    responses: { 200: json(named(ReportsToAnswer, 'ReportsToAnswer'), 'The answer.'), ...errors },
  }),
  chainOfCommand: createRoute({
    method: 'get', path: '/regulations/{regulation}/chain-of-command', operationId: 'chainOfCommand', tags: ['queries'],
    summary: 'The chain of superiors from a subject up to the top (`chainOfCommand`).',
    request: { params: z.object({ regulation: Regulation }), query: z.strictObject({ subject: Subject }) },
    responses: { 200: json(z.array(named(ChainStep, 'ChainStep')), 'The chain, nearest first; each step after the first with the line linking it to the step below.'), ...errors },
  }),
  deputyOf: createRoute({
    method: 'get', path: '/regulations/{regulation}/deputy', operationId: 'deputyOf', tags: ['queries'],
    summary: 'Who stands in for a subject in its absence (`deputyOf`).',
    request: { params: z.object({ regulation: Regulation }), query: z.strictObject({ subject: Subject }) },
    responses: { 200: json(named(DeputyAnswer, 'DeputyAnswer'), 'The answer.'), ...errors },
  }),
  dutiesOf: createRoute({
    method: 'get', path: '/regulations/{regulation}/duties', operationId: 'dutiesOf', tags: ['queries'],
    summary: 'The duties of a subject, optionally of one topic (`dutiesOf`).',
    request: { params: z.object({ regulation: Regulation }), query: z.strictObject({ subject: Subject, topic: Topic }) },
    responses: { 200: json(z.array(DutySchema), 'The duties, in the order of the text.'), ...errors },
  }),
  whoRoutesIncoming: createRoute({
    method: 'get', path: '/regulations/{regulation}/routing', operationId: 'whoRoutesIncoming', tags: ['queries'],
    summary: 'How incoming documents are routed, step by step (`whoRoutesIncoming`).',
    request: { params: z.object({ regulation: Regulation }), query: z.strictObject({}) },
    responses: { 200: json(named(RoutingAnswer, 'RoutingAnswer'), 'The answer.'), 400: errors[400], 404: errors[404], 422: errors[422] },
  }),
  about: createRoute({
    method: 'get', path: '/regulations/{regulation}/about', operationId: 'about', tags: ['queries'],
    summary: 'Who executes the regulation, its dayanak, what it repeals, and who holds its budget, archive, residual, discipline, handover, disclosure and planning duties (`about`).',
    request: { params: z.object({ regulation: Regulation }), query: z.strictObject({}) },
    responses: { 200: json(AboutSchema, 'The answer.'), 400: errors[400], 404: errors[404], 422: errors[422] },
  }),
  define: createRoute({
    method: 'get', path: '/regulations/{regulation}/define', operationId: 'define', tags: ['queries'],
    summary: 'What a term means in the regulation, from its Tanımlar article (`define`); `definition` is null when the text does not define it.',
    request: { params: z.object({ regulation: Regulation }), query: z.strictObject({ term: z.string().min(1).max(300).openapi({ description: 'The term, case and Turkish letters forgiven.', example: 'Müdür' }) }) },
    responses: { 200: json(z.strictObject({ definition: named(DefinitionAnswer, 'DefinitionAnswer').nullable() }).openapi('DefineResult'), 'The definition, or null.'), ...errors },
  }),
  inForce: createRoute({
    method: 'get', path: '/regulations/{regulation}/in-force', operationId: 'inForce', tags: ['queries'],
    summary: 'Whether the regulation is in force on a day (`inForce`); today by default.',
    request: { params: z.object({ regulation: Regulation }), query: z.strictObject({ on: z.string().max(40).optional().openapi({ description: 'A calendar day, YYYY-MM-DD.', example: '2016-10-10' }) }) },
    responses: { 200: json(named(InForceAnswer, 'InForceAnswer'), 'The answer.'), ...errors },
  }),
  cite: createRoute({
    method: 'get', path: '/regulations/{regulation}/cite', operationId: 'cite', tags: ['queries'],
    summary: 'A provision, verbatim, by its label (`cite`).',
    request: { params: z.object({ regulation: Regulation }), query: z.strictObject({ ref: z.string().min(1).max(300).openapi({ description: 'A label such as `m.14/b`, `madde 14 b`.', example: 'm.14/b' }) }) },
    responses: { 200: json(CitationSchema, 'The provision.'), ...errors },
  }),
  findDuties: createRoute({
    method: 'get', path: '/duties', operationId: 'findDuties', tags: ['queries'],
    summary: 'Duties whose text matches a search, over every regulation or one (`findDuties`).',
    request: {
      query: z.strictObject({
        q: z.string().min(1).max(300).openapi({ description: 'What to search for, case and Turkish letters forgiven.', example: 'yazışma' }),
        topic: Topic,
        regulation: z.string().max(300).optional().openapi({ description: 'Only this regulation (id or name).', example: 'konak' }),
        limit: z.string().regex(/^\d{1,4}$/).optional().openapi({ description: 'Most duties to return (default and maximum: the server’s limit, 200 unless set).', example: '20' }),
      }),
    },
    responses: { 200: json(z.array(DutySchema), 'The matching duties, best first.'), ...errors },
  }),
};

/**
 * The HTTP application: every query as a GET operation, `/openapi.json`, errors as
 * `{ error: { code, message, suggestions, input, problems, parameter } }` with the statuses of
 * {@link httpStatusOf}. Messages follow `Accept-Language` (Turkish unless English is preferred).
 *
 * @param options - The queries to answer with, CORS origins, limits.
 * @returns A Hono app: `app.fetch(request)` answers a Web `Request`.
 * @example
 * import { createApp } from 'belediye-mevzuat/server';
 * const app = createApp({ mevzuat: createMevzuat({ regulations: builtinRegulations }) });
 * const res = await app.request('/regulations/konak/who-signs?recipient=valilik');
 * (await res.json()).status  //=> 'explicit'
 */
export function createApp(options: AppOptions) {
  const m = options.mevzuat;
  const maxUrl = options.maxUrlLength ?? 2048;
  const maxResults = options.maxResults ?? 200;
  const app = new OpenAPIHono({
    // a request that does not fit the operation's parameters: 400, naming the parameter
    defaultHook: (result, c) => {
      if (result.success) return undefined;
      // an unknown key first: a misspelt parameter also leaves the right one missing
      const issue = result.error.issues.find((i) => i.code === 'unrecognized_keys') ?? result.error.issues[0];
      if (issue?.code === 'unrecognized_keys') {
        // a misspelt or unknown query parameter (`recipent`): named, with the parameters the operation takes
        const unknown = issue.keys[0] ?? '';
        const allowed = result.target === 'query' ? declaredQuery(c) : [];
        return sendError(c, new MevzuatError('INVALID_ARGUMENT', {
          en: `unknown parameter "${escapeInput(unknown, 80)}"${allowed.length ? `: this operation takes ${allowed.join(', ')}` : ': this operation takes none'}`,
          tr: `bilinmeyen parametre "${escapeInput(unknown, 80)}"${allowed.length ? `: bu işlem ${allowed.join(', ')} alır` : ': bu işlem parametre almaz'}`,
        }, { input: escapeInput(unknown, 80), parameter: escapeInput(unknown, 80), suggestions: allowed }));
      }
      const parameter = typeof issue?.path[0] === 'string' ? issue.path[0] : null;
      const given = parameter ? (c.req.query(parameter) ?? c.req.param(parameter)) : undefined;
      const missing = given === undefined;
      return sendError(c, new MevzuatError('INVALID_ARGUMENT', missing
        ? { en: `${parameter ?? 'a parameter'} is required`, tr: `${trParam(parameter)} verilmeli` }
        : { en: `${parameter ?? 'a parameter'} is not valid here (${issue?.message ?? 'invalid'})`, tr: `${trParam(parameter)} burada geçersiz` }, {
        input: escapeInput(given ?? '', 80), ...(parameter && { parameter }),
      }));
    },
  });

  // The response cache: the body of a successful answer, keyed by the message language and the
  // path and query of the request's URL (the one it is routed and its parameters read by). Looked up after the limits and after CORS (whose headers
  // depend on the request, not the answer, and are added to a kept body as to a fresh one); only
  // the `answer` helper below stores, and only on success: an error is made afresh every time.
  const cache = options.cache === false ? undefined : new BodyCache(options.cache ?? {});
  const kept = (c: Context) => (cache && (c.req.method === 'GET' || c.req.method === 'HEAD') ? cache.get(keyOf(c)) : undefined);
  const withCors = options.cors?.length ? [...options.cors] : undefined;

  // the limits, before anything else. No header is added once an answer is made (that would
  // rebuild the response through a stream): every response is made with its headers (`ok`, `sendError`, `sendCode`)
  app.use('*', async (c, next) => {
    if (c.req.url.length > maxUrl) return sendCode(c, 'URI_TOO_LONG', { en: `the URL is longer than ${maxUrl} characters`, tr: `adres ${maxUrl} karakterden uzun` });
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS') {
      return sendCode(c, 'METHOD_NOT_ALLOWED', { en: 'only GET is answered', tr: 'yalnızca GET istekleri yanıtlanır' });
    }
    // no operation reads a body: one is refused unread, so no request holds more than its URL and headers
    const length = Number(c.req.header('content-length') ?? 0);
    if (length > 0 || c.req.header('transfer-encoding')) return sendCode(c, 'PAYLOAD_TOO_LARGE', { en: 'requests carry no body', tr: 'istekler gövde taşımaz' });
    if (!withCors) {
      const body = kept(c);
      if (body !== undefined) return ok(body);
    }
    return next();
  });
  if (withCors) {
    // a CORS preflight, answered by the CORS middleware: given the headers every other response has
    app.use('*', async (c, next) => {
      await next();
      if (c.req.method === 'OPTIONS' && !c.res.headers.has('x-content-type-options')) {
        for (const [k, v] of Object.entries(baseHeaders)) c.res.headers.set(k, v);
      }
    });
    app.use('*', cors({ origin: withCors.includes('*') ? '*' : withCors, allowMethods: ['GET', 'HEAD', 'OPTIONS'] }));
    app.use('*', async (c, next) => {
      const body = kept(c);
      return body === undefined ? next() : ok(body);
    });
  }

  // answers are memoised and frozen by the library: each is serialised once (weakly held, so this
  // is no bigger than the library's own memo); the response cache above holds the same bytes
  const serialised = new WeakMap<object, Uint8Array>();
  const encoder = new TextEncoder();
  /** Answers with `fn()`'s value; kept in the response cache unless `keep` is false (an answer that depends on the day). */
  const answer = <T>(c: Context, fn: () => T, keep = true) => {
    const value = fn();
    let body: Uint8Array | undefined;
    const frozen = value !== null && typeof value === 'object' && Object.isFrozen(value);
    if (frozen) body = serialised.get(value);
    if (body === undefined) {
      body = encoder.encode(JSON.stringify(value));
      if (frozen) serialised.set(value as object, body);
    }
    if (cache && keep && (c.req.method === 'GET' || c.req.method === 'HEAD')) cache.set(keyOf(c), body);
    return ok(body) as unknown as ReturnType<typeof c.json<never, 200>>;
  };

  app.openapi(routes.regulations, (c) => answer(c, () => m.regulationIds.map((id) => summary(m, id))));
  app.openapi(routes.regulation, (c) => answer(c, () => summary(m, m.getRegulation(c.req.valid('param').regulation).id)));
  app.openapi(routes.whoSigns, (c) => answer(c, () => m.whoSigns(c.req.valid('param').regulation, c.req.valid('query').recipient)));
  app.openapi(routes.reportsTo, (c) => answer(c, () => m.reportsTo(c.req.valid('param').regulation, c.req.valid('query').subject)));
  app.openapi(routes.chainOfCommand, (c) => answer(c, () => m.chainOfCommand(c.req.valid('param').regulation, c.req.valid('query').subject)));
  app.openapi(routes.deputyOf, (c) => answer(c, () => m.deputyOf(c.req.valid('param').regulation, c.req.valid('query').subject)));
  app.openapi(routes.dutiesOf, (c) => answer(c, () => {
    const { subject, topic } = c.req.valid('query');
    return m.dutiesOf(c.req.valid('param').regulation, subject, topic === undefined ? undefined : { topic });
  }));
  app.openapi(routes.whoRoutesIncoming, (c) => answer(c, () => m.whoRoutesIncoming(c.req.valid('param').regulation)));
  app.openapi(routes.about, (c) => answer(c, () => m.about(c.req.valid('param').regulation)));
  app.openapi(routes.define, (c) => answer(c, () => ({ definition: m.define(c.req.valid('param').regulation, c.req.valid('query').term) ?? null })));
  // without `on` the answer is today's: not kept, or it would be given after midnight
  app.openapi(routes.inForce, (c) => { const { on } = c.req.valid('query'); return answer(c, () => m.inForce(c.req.valid('param').regulation, on), on !== undefined); });
  app.openapi(routes.cite, (c) => answer(c, () => m.cite(c.req.valid('param').regulation, c.req.valid('query').ref)));
  app.openapi(routes.findDuties, (c) => answer(c, () => {
    const { q, topic, regulation, limit } = c.req.valid('query');
    const found = m.findDuties(q, { ...(topic !== undefined && { topic }), ...(regulation !== undefined && { regulation }) });
    return found.slice(0, Math.min(limit === undefined ? maxResults : Number(limit), maxResults));
  }));

  const document = () => app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'belediye-mevzuat',
      version: options.version ?? '0.0.0',
      description: 'Turkish municipal organisation regulations as cited answers. Every answer carries the provisions it rests on, verbatim. Errors: `{ error: { code, message, suggestions, input, problems, parameter } }`; 400 bad input, 404 nothing by that name, 422 an invalid regulation folder. Messages in Turkish, or English with `Accept-Language: en`.',
    },
  });
  let doc: Uint8Array | undefined;
  app.get('/openapi.json', () => ok((doc ??= encoder.encode(JSON.stringify(document())))));

  app.notFound((c) => sendCode(c, 'NOT_FOUND', { en: 'no such path: see /openapi.json', tr: 'böyle bir adres yok: /openapi.json adresine bakın' }, escapeInput(new URL(c.req.url).pathname, 80)));
  app.onError((e, c) => (isMevzuatError(e) ? sendError(c, e) : sendCode(c, 'INTERNAL', { en: 'internal error', tr: 'iç hata' })));
  return app;
}

/**
 * The OpenAPI 3.1 document of the API, as `/openapi.json` serves it (and docs/openapi.json holds).
 *
 * @example
 * const doc = await openApiDocument(createMevzuat({ regulations: builtinRegulations }));
 * Object.keys(doc.paths)  //=> ['/regulations', '/regulations/{regulation}', …]
 */
export async function openApiDocument(mevzuat: Mevzuat, version?: string): Promise<{ readonly paths: Record<string, unknown> } & Record<string, unknown>> {
  const res = await createApp({ mevzuat, ...(version !== undefined && { version }) }).request('/openapi.json');
  return res.json() as never;
}

/** The query parameters the matched operation declares (for the message on an unknown one). */
function declaredQuery(c: Context): string[] {
  const path = c.req.routePath;
  const route = Object.values(routes).find((r) => r.path.replace(/\{(\w+)\}/g, ':$1') === path);
  const query = route?.request?.query as { shape?: Record<string, unknown> } | undefined;
  return Object.keys(query?.shape ?? {});
}

const trParam = (p: string | null) => (p === null ? 'bir parametre' : (parameterNamesTr[p] ?? p));

function summary(m: Mevzuat, id: string) {
  const r = m.getRegulation(id);
  return { id: r.id, title: r.title, aliases: [...r.aliases] };
}

/** Headers of every response: the messages follow Accept-Language, and the type is never sniffed. */
const baseHeaders = Object.freeze({ Vary: 'Accept-Language', 'X-Content-Type-Options': 'nosniff' });
/** Headers of a successful answer: one frozen object, given as it is (Node's adaptor then writes it without a Headers copy). */
const okHeaders = Object.freeze({ 'Content-Type': 'application/json', ...baseHeaders });
const errorHeaders = { tr: Object.freeze({ ...okHeaders, 'Content-Language': 'tr' }), en: Object.freeze({ ...okHeaders, 'Content-Language': 'en' }) } as const;

/** A 200 response with a JSON body, as kept or as just serialised (the same headers either way). */
const ok = (body: Uint8Array) => new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers: okHeaders });

/**
 * The response cache's key: the language messages are asked in and the path and query of the
 * request's URL, from which the route and every parameter are read (the scheme and host left out:
 * they do not change the answer). No successful answer holds a
 * message today; the language is in the key so that one never could be given in the wrong one.
 */
function keyOf(c: Context): string {
  const url = c.req.url;
  const path = url.indexOf('/', url.indexOf('//') + 2);
  const header = c.req.header('accept-language');
  return `${header ? localeOf(header) : 'tr'}${path < 0 ? '/' : url.slice(path)}`;
}

function sendError(c: Context, e: MevzuatError) {
  const locale = localeOf(c.req.header('accept-language'));
  return c.json({ error: e.toJSON(locale) }, httpStatusOf[e.code], errorHeaders[locale]);
}

function sendCode(c: Context, code: (typeof httpOnlyErrorCodes)[number], message: { en: string; tr: string }, input = '') {
  const locale = localeOf(c.req.header('accept-language'));
  return c.json({ error: { code, message: message[locale], suggestions: [], input, problems: [], parameter: null } }, httpStatusOf[code], errorHeaders[locale]);
}
