// `mevzuat serve`'s HTTP API, over real HTTP on an ephemeral port: statuses, error bodies, languages,
// CORS, limits; the OpenAPI description valid and as committed; and a consumer in another language
// simulated: it reads /openapi.json only, calls every operation with a valid and an invalid request,
// and validates every response against the schema the description gives for its status.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
// ajv: the JSON Schema validator @seriousme/openapi-schema-validator itself is built on
import { Ajv2020 } from 'ajv/dist/2020.js';
import { about, builtinRegulations, createMevzuat, whoSigns, type Mevzuat } from '../src/index.js';
import { startServer, type RunningServer } from '../src/server/index.js';
import { createApp, openApiDocument } from '../src/server/app.js';
import { BodyCache } from '../src/server/cache.js';
import { loadRegulationDirs } from '../src/node.js';
import { copyAs } from './dirs-support.js';

const broken = { id: 'bozuk-mevzuat', aliases: ['Bozuk'], load: () => ({ id: 'bozuk-mevzuat' }) };
const mevzuat = createMevzuat({ regulations: builtinRegulations });
let server: RunningServer;
let withBroken: RunningServer;
let withCors: RunningServer;
let buggy: RunningServer;
let uncached: RunningServer;

beforeAll(async () => {
  server = await startServer({ mevzuat, port: 0, version: '0.0.0-test' });
  withCors = await startServer({ mevzuat, port: 0, cors: ['https://ornek.bel.tr'] });
  // a regulation whose data turns out invalid when first loaded: 422
  withBroken = await startServer({ mevzuat: createMevzuat({ regulations: [...builtinRegulations, broken as never] }), port: 0 });
  // a library that fails in an unexpected way: the server must answer 500 with no stack and no detail
  const failing = { ...mevzuat, whoSigns: () => { throw new Error('secret internal detail'); } } as Mevzuat;
  buggy = await startServer({ mevzuat: failing, port: 0 });
  // the same server with its response cache off: what every cached answer is compared with
  uncached = await startServer({ mevzuat, port: 0, version: '0.0.0-test', cache: false });
});
afterAll(async () => { await Promise.all([server?.close(), withCors?.close(), withBroken?.close(), buggy?.close(), uncached?.close()]); });

const get = async (path: string, headers: Record<string, string> = {}, base = server.url) => {
  const res = await fetch(base + path, { headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: JSON.parse(text) };
};

describe('mevzuat serve: the HTTP API', () => {
  it('binds 127.0.0.1 by default, on the port the system gave', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('answers a query exactly as the library does', async () => {
    const r = await get('/regulations/Konak/who-signs?recipient=valilik');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(r.body).toEqual(JSON.parse(JSON.stringify(whoSigns('konak', 'valilik'))));
  });

  it('GET /regulations/{id}/about: the about answer, Konak m.19 among it', async () => {
    const r = await get('/regulations/konak/about');
    expect(r.status).toBe(200);
    expect(r.body).toEqual(JSON.parse(JSON.stringify(about('konak'))));
    expect(r.body.repeals.citations[0].label).toBe('m.19');
    expect((await get('/regulations/konak/about?x=1')).status).toBe(400);
  });

  it('errors: { error: { code, message, suggestions, input, problems, parameter } }, 400 / 404 / 422', async () => {
    const cases: [string, number, string, string | null][] = [
      ['/regulations/konak/who-signs?recipient=valiik', 400, 'INVALID_ARGUMENT', 'recipient'],
      ['/regulations/konak/who-signs', 400, 'INVALID_ARGUMENT', 'recipient'],
      ['/regulations/konak/who-signs?recipent=valilik', 400, 'INVALID_ARGUMENT', 'recipent'],
      ['/regulations/konak/in-force?on=2020-13-45', 400, 'INVALID_ARGUMENT', 'date'],
      ['/regulations/izmir/reports-to?subject=%C5%9Eef', 400, 'AMBIGUOUS', null],
      ['/regulations/konya/who-signs?recipient=valilik', 404, 'UNKNOWN_REGULATION', null],
      ['/regulations/konak/reports-to?subject=Mudr', 404, 'UNKNOWN_ENTITY', null],
      ['/regulations/konak/cite?ref=m.14%2Fz', 404, 'UNKNOWN_CITATION', null],
      [`${withBroken.url}/regulations/bozuk/routing`, 422, 'INVALID_REGULATION', null],
      ['/no/such/path', 404, 'NOT_FOUND', null],
    ];
    for (const [path, status, code, parameter] of cases) {
      const r = path.startsWith('http') ? await get('', {}, path) : await get(path);
      expect([path, r.status, r.body.error.code]).toEqual([path, status, code]);
      expect(Object.keys(r.body.error).sort(), path).toEqual(['code', 'input', 'message', 'parameter', 'problems', 'suggestions']);
      expect(r.body.error.parameter, path).toBe(parameter);
      expect(r.text, path).not.toMatch(/\n\s+at |node_modules|\.ts:\d/);
    }
    expect((await get('/regulations/konak/who-signs?recipient=valiik')).body.error.suggestions[0]).toBe('valilik');
    expect((await get('/regulations/konya/who-signs?recipient=valilik')).body.error.suggestions).toContain('konak-ozel-kalem');
  });

  it('messages in Turkish by default and with Accept-Language: tr, in English with en', async () => {
    const path = '/regulations/konya/who-signs?recipient=valilik';
    const tr = await get(path);
    expect(tr.body.error.message).toBe('"konya" adında kodlanmış bir mevzuat yok');
    expect(tr.headers.get('content-language')).toBe('tr');
    expect((await get(path, { 'Accept-Language': 'tr-TR,tr;q=0.9' })).body.error.message).toBe(tr.body.error.message);
    const en = await get(path, { 'Accept-Language': 'en-GB,en;q=0.9,tr;q=0.5' });
    expect(en.body.error.message).toBe('no encoded regulation is called "konya"');
    expect(en.headers.get('content-language')).toBe('en');
    expect((await get('/regulations/konak/reports-to', { 'Accept-Language': 'en' })).body.error.message).toBe('subject is required');
    expect((await get('/regulations/konak/reports-to')).body.error.message).toBe('birim, kadro ya da makam verilmeli');
    expect(tr.headers.get('vary')).toMatch(/Accept-Language/);
  });

  it('escapes what was typed before echoing it', async () => {
    const r = await get(`/regulations/konak/reports-to?subject=${encodeURIComponent('\u001b]0;pwned\u0007\u202eMüdür')}`);
    expect(r.status).toBe(404);
    expect(r.body.error.input).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/u);
    expect(r.body.error.input.startsWith('\\e]0;pwned')).toBe(true);
  });

  it('CORS is off by default; --cors allows the origins given', async () => {
    const origin = { Origin: 'https://ornek.bel.tr' };
    expect((await get('/regulations', origin)).headers.get('access-control-allow-origin')).toBeNull();
    expect((await get('/regulations', origin, withCors.url)).headers.get('access-control-allow-origin')).toBe('https://ornek.bel.tr');
    expect((await get('/regulations', { Origin: 'https://baska.example' }, withCors.url)).headers.get('access-control-allow-origin')).toBeNull();
    // asked again (now from the response cache): the CORS headers still follow the request's origin
    expect((await get('/regulations', origin, withCors.url)).headers.get('access-control-allow-origin')).toBe('https://ornek.bel.tr');
    expect((await get('/regulations', origin, withCors.url)).headers.get('vary')).toMatch(/Origin/);
  });

  it('limits: a long URL 414, a body 413, another method 405; headers capped by Node', async () => {
    expect((await get(`/regulations/konak/define?term=${'a'.repeat(3000)}`)).status).toBe(414);
    const post = await fetch(`${server.url}/regulations`, { method: 'POST', body: 'x'.repeat(100) });
    expect(post.status).toBe(405);
    expect((await post.json()).error.code).toBe('METHOD_NOT_ALLOWED');
    const withBody = await new Promise<number>((done) => {
      const req = httpRequest(`${server.url}/regulations`, { method: 'GET', headers: { 'content-length': '5' } }, (res) => { res.resume(); done(res.statusCode ?? 0); });
      req.end('hello');
    });
    expect(withBody).toBe(413);
    const bigHeader = await new Promise<number>((done) => {
      const req = httpRequest(`${server.url}/regulations`, { headers: { 'x-big': 'a'.repeat(20_000) } }, (res) => { res.resume(); done(res.statusCode ?? 0); });
      req.on('error', () => done(-1));
      req.end();
    });
    expect(bigHeader).toBe(431);
    // a search never returns more than asked, nor more than the server's cap
    const few = await get('/duties?q=m%C3%BCd%C3%BCr&limit=2');
    expect(few.status, few.text).toBe(200);
    expect(few.body).toHaveLength(2);
  });

  it('an unexpected failure is a 500 with no stack, no detail', async () => {
    const r = await get('/regulations/konak/who-signs?recipient=valilik', {}, buggy.url);
    expect(r.status).toBe(500);
    expect(r.body.error.code).toBe('INTERNAL');
    expect(r.text).not.toContain('secret');
    expect(r.text).not.toMatch(/\bat\b.*:\d+/);
  });
});

/** The queries of `m`, each counting its calls in `calls` (by query name). */
function counting(m: Mevzuat): { mevzuat: Mevzuat; calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  const wrapped = { ...m } as Record<string, unknown>;
  for (const name of ['getRegulation', 'whoSigns', 'reportsTo', 'chainOfCommand', 'deputyOf', 'dutiesOf', 'findDuties', 'whoRoutesIncoming', 'define', 'inForce', 'cite', 'about'] as const) {
    const fn = m[name] as (...a: unknown[]) => unknown;
    wrapped[name] = (...a: unknown[]) => { calls[name] = (calls[name] ?? 0) + 1; return fn(...a); };
  }
  return { mevzuat: wrapped as Mevzuat, calls };
}

describe('the response cache', () => {
  // one valid request per operation (and a few more), each asked twice: the second is answered from the cache
  const paths = [
    '/regulations', '/regulations/konak', '/regulations/Konak/who-signs?recipient=valilik', '/regulations/izmir/reports-to?subject=M%C3%BCd%C3%BCr',
    '/regulations/konak/chain-of-command?subject=M%C3%BCd%C3%BCr', '/regulations/konak/deputy?subject=M%C3%BCd%C3%BCr', '/regulations/konak/duties?subject=M%C3%BCd%C3%BCr&topic=correspondence',
    '/regulations/konak/routing', '/regulations/kocaeli/about', '/regulations/konak/define?term=M%C3%BCd%C3%BCr', '/regulations/konak/define?term=yokboyleterim',
    '/regulations/konak/in-force?on=2016-10-10', '/regulations/konak/in-force', '/regulations/konak/cite?ref=m.14%2Fb', '/duties?q=yaz%C4%B1%C5%9Fma', '/duties?q=m%C3%BCd%C3%BCr&limit=3', '/openapi.json',
  ];
  const raw = async (base: string, path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(base + path, { headers });
    const pick = ['content-type', 'content-length', 'vary', 'x-content-type-options', 'content-language'];
    return { status: res.status, headers: Object.fromEntries(pick.map((h) => [h, res.headers.get(h)])), bytes: Buffer.from(await res.arrayBuffer()) };
  };

  it('a cached answer is the uncached one, byte for byte, headers included, over real HTTP', async () => {
    for (const path of paths) {
      const fresh = await raw(uncached.url, path);
      expect(fresh.status, path).toBe(200);
      const first = await raw(server.url, path);
      const again = await raw(server.url, path);
      expect(first, path).toEqual(fresh);
      expect(again, path).toEqual(fresh);
      expect(again.bytes.equals(fresh.bytes), path).toBe(true);
      // and the same in English: an answer holds no message, so the bytes do not change with the language
      const en = await raw(server.url, path, { 'Accept-Language': 'en' });
      expect(en.bytes.equals(fresh.bytes), path).toBe(true);
    }
  });

  it('answers once per request kept; an error is never kept, nor an answer that depends on the day', async () => {
    const { mevzuat: m, calls } = counting(mevzuat);
    const app = createApp({ mevzuat: m });
    for (let i = 0; i < 3; i++) expect((await app.request('/regulations/konak/who-signs?recipient=valilik')).status).toBe(200);
    expect(calls.whoSigns).toBe(1);
    // a different spelling is another request, answered (then kept) on its own
    expect((await app.request('/regulations/konak/who-signs?recipient=Valilik')).status).toBe(200);
    expect(calls.whoSigns).toBe(2);
    // errors: asked again every time, in the language asked for each time
    for (const lang of ['en', 'tr', 'en']) {
      const r = await app.request('/regulations/konya/who-signs?recipient=valilik', { headers: { 'Accept-Language': lang } });
      expect(r.status).toBe(404);
      expect(r.headers.get('content-language')).toBe(lang);
      expect((await r.json()).error.message).toBe(lang === 'en' ? 'no encoded regulation is called "konya"' : '"konya" adında kodlanmış bir mevzuat yok');
    }
    expect(calls.whoSigns).toBe(5);
    for (let i = 0; i < 2; i++) expect((await app.request('/regulations/konak/reports-to?subject=Mudr')).status).toBe(404);
    expect(calls.reportsTo).toBe(2);
    // a request refused before the query (a misspelt parameter) is not kept either, and does not disturb the answer kept for the right one
    expect((await app.request('/regulations/konak/who-signs?recipent=valilik')).status).toBe(400);
    expect((await app.request('/regulations/konak/who-signs?recipient=valilik')).status).toBe(200);
    expect(calls.whoSigns).toBe(5);
    // in force today: asked every time (the answer changes at midnight); on a given day: kept
    for (let i = 0; i < 2; i++) await app.request('/regulations/konak/in-force');
    expect(calls.inForce).toBe(2);
    for (let i = 0; i < 2; i++) await app.request('/regulations/konak/in-force?on=2020-01-01');
    expect(calls.inForce).toBe(3);
  });

  it('an error that happens once is not given again once the query answers (a failing library, then a working one)', async () => {
    let fail = true;
    const flaky = { ...mevzuat, whoSigns: (...a: Parameters<Mevzuat['whoSigns']>) => { if (fail) throw new Error('boom'); return mevzuat.whoSigns(...a); } } as Mevzuat;
    const app = createApp({ mevzuat: flaky });
    expect((await app.request('/regulations/konak/who-signs?recipient=valilik')).status).toBe(500);
    fail = false;
    const r = await app.request('/regulations/konak/who-signs?recipient=valilik');
    expect(r.status).toBe(200);
    expect(await r.text()).toBe(JSON.stringify(whoSigns('konak', 'valilik')));
  });

  it('is bounded by entries, least recently used out, and by bytes: a large answer is given but not kept', async () => {
    const { mevzuat: m, calls } = counting(mevzuat);
    const app = createApp({ mevzuat: m, cache: { maxEntries: 3 } });
    const ask = (term: string) => app.request(`/regulations/konak/define?term=${encodeURIComponent(term)}`);
    for (const t of ['a', 'b', 'c']) await ask(t);
    await ask('a'); // a is now the most recently used: b goes first
    expect(calls.define).toBe(3);
    await ask('d');
    await ask('a');
    await ask('c');
    expect(calls.define).toBe(4);
    await ask('b');
    expect(calls.define).toBe(5);
    // 16 000 bytes at most, so no body over 1 000 bytes kept: the about answer (tens of KB) is asked every time
    const small = counting(mevzuat);
    const tiny = createApp({ mevzuat: small.mevzuat, cache: { maxBytes: 16_000 } });
    const big = await (await tiny.request('/regulations/konak/about')).text();
    expect(Buffer.byteLength(big)).toBeGreaterThan(1000);
    expect(await (await tiny.request('/regulations/konak/about')).text()).toBe(big);
    expect(small.calls.about).toBe(2);
    // and a small one is kept
    for (let i = 0; i < 2; i++) expect(await (await tiny.request('/regulations/konak/define?term=yokboyle')).text()).toBe('{"definition":null}');
    expect(small.calls.define).toBe(1);
    expect(() => createApp({ mevzuat, cache: { maxEntries: 0 } })).toThrow(/maxEntries/);
  });

  it('BodyCache: never holds more entries or bytes than its bounds, counts bytes exactly', () => {
    const c = new BodyCache({ maxEntries: 50, maxBytes: 16 * 1024 });
    expect(c.maxEntryBytes).toBe(1024);
    const sizes: number[] = [];
    for (let i = 0; i < 500; i++) {
      const size = (i * 7919) % 1200;
      sizes.push(size);
      c.set(`/k${i % 80}`, new Uint8Array(size));
      expect(c.size).toBeLessThanOrEqual(50);
      expect(c.bytes).toBeLessThanOrEqual(16 * 1024);
    }
    // the count is what the entries kept add up to (each key a replacement, not a second entry)
    let sum = 0;
    for (let k = 0; k < 80; k++) { const b = c.get(`/k${k}`); if (b) sum += b.byteLength + 2 * `/k${k}`.length + 64; }
    expect(c.bytes).toBe(sum);
    expect(c.size).toBeGreaterThan(0);
    c.set('/too-big', new Uint8Array(1024));
    expect(c.get('/too-big')).toBeUndefined();
  });

  it('the cache lives with the app: a folder changed on disk is read afresh by a new server, and a cached answer never differs from an uncached one', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mevzuat-serve-'));
    try {
      const dir = copyAs(root, 'ornekkoy-http', 1);
      const yaml = join(dir, 'regulation.yaml');
      const before = createMevzuat({ regulations: [...builtinRegulations, ...loadRegulationDirs(root, { cache: false })] });
      const cached = createApp({ mevzuat: before });
      const plain = createApp({ mevzuat: before, cache: false });
      const title = async (app: ReturnType<typeof createApp>) => (await (await app.request('/regulations/ornekkoy-http')).json()).title;
      const old = await title(cached);
      expect(old).toMatch(/^Örnekköy /);
      writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^title: .*$/m, 'title: Örnekköy Değişmiş Başlık'));
      // `mevzuat serve` reads a folder once, at its first question: the running server keeps answering
      // from what it read, cached or not alike
      expect(await title(cached)).toBe(old);
      expect(await title(plain)).toBe(old);
      // a server started after the change (what restarting `mevzuat serve` does) reads the folder again, with a cache of its own
      const after = createApp({ mevzuat: createMevzuat({ regulations: [...builtinRegulations, ...loadRegulationDirs(root, { cache: false })] }) });
      expect(await title(after)).toBe('Örnekköy Değişmiş Başlık');
      // a folder that fails to load: 422, asked again (never kept), the same with the cache as without
      writeFileSync(yaml, 'id: ornekkoy-http\naliases: [Örnekköy 1]\ntitle: Bozuk\n');
      const broken = createMevzuat({ regulations: [...builtinRegulations, ...loadRegulationDirs(root, { cache: false })] });
      const a = createApp({ mevzuat: broken });
      const b = createApp({ mevzuat: broken, cache: false });
      for (let i = 0; i < 2; i++) {
        const ra = await a.request('/regulations/ornekkoy-http/routing');
        const rb = await b.request('/regulations/ornekkoy-http/routing');
        expect(ra.status).toBe(422);
        expect(await ra.text()).toBe(await rb.text());
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the OpenAPI description', () => {
  it('is OpenAPI 3.1, valid, and is what docs/openapi.json holds (regenerate: npm run openapi)', async () => {
    const doc = (await get('/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const committed = JSON.parse(readFileSync('docs/openapi.json', 'utf8'));
    const fresh = await openApiDocument(createMevzuat({ regulations: builtinRegulations }), committed.info.version);
    expect(fresh).toEqual(committed);
  });

  it('a consumer that knows only /openapi.json: every operation, a valid and an invalid request, every response valid', async () => {
    const doc = (await get('/openapi.json')).body as OpenApi;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema({ $id: 'https://mevzuat.invalid/openapi', components: doc.components }, 'https://mevzuat.invalid/openapi');
    const check = (schema: object, value: unknown, what: string) => {
      const validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"https://mevzuat.invalid/openapi#/components/')));
      expect(validate(value), `${what}: ${JSON.stringify(validate.errors)}`).toBe(true);
    };
    let operations = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        operations++;
        expect(method).toBe('get');
        const params = op.parameters ?? [];
        const fill = (p: Param) => String(p.example ?? p.schema?.example ?? '');
        const url = (drop?: string) => {
          let u = path;
          const q = new URLSearchParams();
          for (const p of params) {
            if (p.name === drop) continue;
            if (p.in === 'path') u = u.replace(`{${p.name}}`, encodeURIComponent(fill(p)));
            else if (p.required || p.example !== undefined || p.schema?.example !== undefined) q.set(p.name, fill(p));
          }
          return q.size ? `${u}?${q}` : u;
        };
        // valid: every parameter from its documented example
        const ok = await get(url());
        expect(ok.status, `${op.operationId} ${url()}`).toBe(200);
        check(op.responses['200']!.content['application/json'].schema, ok.body, op.operationId);
        // invalid: a required query parameter left out, or else an unknown one added
        const required = params.find((p) => p.in === 'query' && p.required);
        const badUrl = required ? url(required.name) : `${url()}${url().includes('?') ? '&' : '?'}unknown=1`;
        const bad = await get(badUrl);
        expect(bad.status, `${op.operationId} ${badUrl}`).toBe(400);
        const documented = op.responses[String(bad.status)];
        expect(documented, `${op.operationId} documents ${bad.status}`).toBeDefined();
        check(documented!.content['application/json'].schema, bad.body, `${op.operationId} ${bad.status}`);
        expect(bad.body.error.parameter).toBe(required ? required.name : 'unknown');
        // and a regulation that does not exist, where the operation takes one: 404, as documented
        if (params.some((p) => p.name === 'regulation' && p.in === 'path')) {
          const missing = await get(url().replace(encodeURIComponent(fill(params.find((p) => p.name === 'regulation')!)), 'konya'));
          expect(missing.status).toBe(404);
          check(op.responses['404']!.content['application/json'].schema, missing.body, `${op.operationId} 404`);
        }
      }
    }
    expect(operations).toBeGreaterThanOrEqual(12);
  });
});

type Param = { name: string; in: 'path' | 'query'; required?: boolean; example?: unknown; schema?: { example?: unknown } };
type OpenApi = {
  components: object;
  paths: Record<string, Record<string, { operationId: string; parameters?: Param[]; responses: Record<string, { content: { 'application/json': { schema: object } } } | undefined> }>>;
};

describe('mevzuat serve (the built CLI)', () => {
  it('starts on --port 0, answers, and stops on SIGTERM; the server is loaded only for serve', async () => {
    const { spawn } = await import('node:child_process');
    const { assertBuilt, cli } = await import('./cli-support.js');
    assertBuilt();
    // the one-shot path never loads the HTTP framework: dist/cli/bin.cjs requires it only lazily, for serve
    const main = readFileSync(cli, 'utf8');
    expect(main).toMatch(/Promise\.resolve\(\)\.then\(\(\) => _interopRequireWildcard\(require\(["']\.\.\/server\.cjs["']\)\)\)/);
    // no top-level require of it (nor of the framework) anywhere in the command's files
    for (const f of readdirSync(dirname(cli)).map((x) => join(dirname(cli), x))) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/^(?:var|const|let) [\w$]+ = (?:_interopRequire\w*\()?require\(["'](\.\.\/server\.cjs|belediye-mevzuat\/server|hono|@hono\/[a-z-]+)["']/m);
    }
    const child = spawn(process.execPath, [cli, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((done, fail) => {
        let out = '';
        child.stdout.on('data', (d) => { out += d; const m = out.match(/http:\/\/127\.0\.0\.1:\d+/); if (m) done(m[0]); });
        child.on('exit', (code) => fail(new Error(`serve exited with ${code}`)));
      });
      const res = await fetch(`${url}/regulations/konak/who-signs?recipient=valilik`);
      expect(res.status).toBe(200);
      expect((await res.json()).status).toBe('explicit');
    } finally {
      const exited = new Promise((done) => child.on('exit', done));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('a bad --port is a usage error (exit 2), and --help describes serve', async () => {
    const { mevzuat } = await import('./cli-support.js');
    const bad = await mevzuat(['serve', '--port', 'seksen']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^Geçersiz kapı numarası: "seksen"/);
    const help = await mevzuat(['serve', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('/openapi.json');
    expect((await mevzuat(['--help'])).stdout).toMatch(/^ {2}serve /m);
  });
});
