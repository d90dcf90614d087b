// The fuzz harness shared by `npm test` (a fixed-seed slice) and `npm run fuzz` (a long run with a
// printed seed): every exported function against arbitrary, hostile and exotic values.
// Invariants: only a MevzuatError with a known code is thrown; every answer parses with its own
// schema and is deeply frozen; Object.prototype is untouched; and, in the long run only, no call is slow.
import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import * as api from '../../src/index.js';
import * as schemas from '../../src/schemas.js';
import type { ZodType } from 'zod';

export const ERROR_CODES = ['UNKNOWN_REGULATION', 'UNKNOWN_ENTITY', 'AMBIGUOUS', 'UNKNOWN_CITATION', 'INVALID_ARGUMENT', 'INVALID_REGULATION'] as const;

/**
 * In `npm run fuzz` (never in `npm test`, which may not depend on the machine's speed): a call slower
 * than this is retried once, and slow twice in a row is a failure (a GC pause is not).
 */
export const SLOW_MS = 50;

const turkish = 'abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ0123456789 ./-_()\'’:;,';
const names = [
  'konak', 'Konak', 'KARŞIYAKA', 'karsiyaka', 'İzmir', 'IZMIR', 'kocaeli', 'Müdür', 'MUDUR', 'Şef', 'şef', 'Şube Müdürü', 'sube muduru',
  'Daire Başkanı', 'Belediye Başkanı', 'Web birimi', 'Cimer Yetkilisi', 'valilik', 'kaymakamlık', 'KAYMAKAMLIK', 'public-institution',
  'm.14/b', 'm.7/ç', 'm.7/c', 'madde 14/b', '14/b', 'm.6/ÇAĞRI MERKEZİ/2', 'art_9__point_t', 'satın alma', 'procurement', 'evrak',
  'harcama yetkilisi', 'Üst Yönetim', 'Şef (ler)', '2016-10-10', '2016-10-09', '2026-11-23',
];
const realm = () => fc.constantFrom(
  runInNewContext('new Date("2020-01-01T00:00:00Z")'), runInNewContext('new Date(NaN)'), runInNewContext('[]'),
  runInNewContext('({ topic: "budget" })'), runInNewContext('"konak"'), runInNewContext('new String("konak")'),
);
/** A value made only when the call runs: fast-check itself cannot hold a revoked proxy (it probes every value). */
class Late { constructor(readonly make: () => unknown) {} }
const revoked = (target: object) => { const p = Proxy.revocable(target, {}); p.revoke(); return p.proxy; };
const exotic = () => fc.constantFrom<unknown>(
  new Late(() => revoked({})), new Late(() => revoked([])), new Late(() => ({ topic: revoked({}) })),
  Object.defineProperty({}, 'topic', { get() { throw new Error('getter'); }, enumerable: true }),
  new Proxy({}, { ownKeys() { throw new Error('ownKeys'); } }),
  Object.create(Date.prototype), Object.create(null), JSON.parse('{"__proto__": {"polluted": true}, "topic": "budget"}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  Object.assign(() => 1, { toString: () => ({}) }), Object.assign(function big() {}, { toString: () => 'x'.repeat(1e6) }),
  { toString() { throw new Error('toString'); }, valueOf() { throw new Error('valueOf'); } },
  { id: 'mudur' }, { id: 42 }, { topik: 'budget' }, ['topic', 'budget'], { regulation: 'konak', topic: 'satın alma' },
  new Date(8.64e15), new Date(-8.64e15), new Date(NaN), new Date('2016-10-09T21:30:00Z'), new Date(0),
  Symbol('s'), 10n, NaN, Infinity, -0, '', ' ', '\u0000', '\u202E\u2066', '\u001b]0;x\u0007\u001b[2J', 'İ̇'.normalize('NFD'),
);

/** Values a user or a hostile caller might pass anywhere. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...names) },
  { weight: 3, arbitrary: fc.constantFrom(...names).map((s) => s.normalize('NFD')) },
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...turkish), maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(300, 301, 5000, 200_000).map((n) => 'ş'.repeat(n)) },
  { weight: 2, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.bigInt()) },
  { weight: 2, arbitrary: fc.object({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }) },
  { weight: 3, arbitrary: exotic() },
  { weight: 1, arbitrary: realm() },
);
const regulationLike = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...api.regulationIds, 'Konak', 'karşıyaka', 'IZMIR', 'Kocaeli') }, { weight: 2, arbitrary: anyValue });
const optionsLike = fc.oneof(anyValue, fc.record({ topic: anyValue }, { requiredKeys: [] }), fc.record({ topic: anyValue, regulation: regulationLike }, { requiredKeys: [] }));

type Call = { name: string; args: fc.Arbitrary<unknown[]>; run: (a: unknown[]) => unknown; schema?: ZodType; list?: boolean };
const $ = (f: (...a: never[]) => unknown) => (a: unknown[]) => (f as (...x: unknown[]) => unknown)(...a);

/** Every exported function, with the arguments to throw at it and the schema of its answer. */
export const calls: Call[] = [
  { name: 'getRegulation', args: fc.tuple(regulationLike), run: $(api.getRegulation), schema: schemas.Regulation },
  { name: 'whoSigns', args: fc.tuple(regulationLike, anyValue), run: $(api.whoSigns), schema: schemas.WhoSignsAnswer },
  { name: 'reportsTo', args: fc.tuple(regulationLike, anyValue), run: $(api.reportsTo), schema: schemas.ReportsToAnswer },
  { name: 'chainOfCommand', args: fc.tuple(regulationLike, anyValue), run: $(api.chainOfCommand), schema: schemas.ChainStep, list: true },
  { name: 'deputyOf', args: fc.tuple(regulationLike, anyValue), run: $(api.deputyOf), schema: schemas.DeputyAnswer },
  { name: 'dutiesOf', args: fc.tuple(regulationLike, anyValue, optionsLike), run: $(api.dutiesOf), schema: schemas.Duty, list: true },
  { name: 'findDuties', args: fc.tuple(anyValue, optionsLike), run: $(api.findDuties), schema: schemas.Duty, list: true },
  { name: 'whoRoutesIncoming', args: fc.tuple(regulationLike), run: $(api.whoRoutesIncoming), schema: schemas.RoutingAnswer },
  { name: 'define', args: fc.tuple(regulationLike, anyValue), run: $(api.define), schema: schemas.DefinitionAnswer },
  { name: 'inForce', args: fc.tuple(regulationLike, anyValue), run: $(api.inForce), schema: schemas.InForceAnswer },
  { name: 'cite', args: fc.tuple(regulationLike, anyValue), run: $(api.cite), schema: schemas.Citation },
  { name: 'about', args: fc.tuple(regulationLike), run: $(api.about), schema: schemas.AboutAnswer },
  { name: 'compare', args: fc.tuple(fc.oneof(anyValue, fc.constant((id: string) => api.whoSigns(id, 'valilik').status))), run: $(api.compare) },
  { name: 'fold', args: fc.tuple(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom(...names))), run: $(api.fold) },
  { name: 'escapeInput', args: fc.tuple(fc.string({ unit: 'binary' }), fc.integer({ min: 1, max: 500 })), run: $(api.escapeInput) },
  { name: 'isRegulationId', args: fc.tuple(anyValue), run: $(api.isRegulationId) },
  { name: 'isMevzuatError', args: fc.tuple(anyValue), run: $(api.isMevzuatError) },
  { name: 'createMevzuat', args: fc.tuple(fc.oneof(anyValue, fc.constant({ regulations: api.builtinRegulations }), fc.record({ regulations: fc.array(anyValue, { maxLength: 3 }) }))), run: $(api.createMevzuat) },
];

/** True when `v` and everything reachable from it is frozen (functions aside). */
export function deeplyFrozen(v: unknown, seen = new Set<unknown>()): boolean {
  if (v === null || typeof v !== 'object' || seen.has(v)) return true;
  seen.add(v);
  if (!Object.isFrozen(v)) return false;
  return Object.values(v).every((x) => deeplyFrozen(x, seen));
}

const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort().join();

/** Runs one call and checks every invariant; throws a plain Error describing a violation. */
export function check(call: Call, given: unknown[], timed = false): void {
  const args = given.map((a) => (a instanceof Late ? a.make() : a));
  const attempt = () => {
    const t0 = performance.now();
    let out: unknown;
    let error: unknown;
    try { out = call.run(args); } catch (e) { error = e; }
    return { ms: performance.now() - t0, out, error };
  };
  let r = attempt();
  if (timed && r.ms > SLOW_MS) {
    r = attempt();
    if (r.ms > SLOW_MS) throw new Error(`${call.name}: ${r.ms.toFixed(1)} ms twice in a row`);
  }
  if (r.error !== undefined) {
    const e = r.error as { code?: unknown; suggestions?: unknown; message?: unknown; input?: unknown };
    if (!(r.error instanceof api.MevzuatError)) throw new Error(`${call.name}: escaped ${Object.prototype.toString.call(r.error)} ${String((r.error as Error)?.message ?? '').slice(0, 200)}`);
    if (!(ERROR_CODES as readonly unknown[]).includes(e.code)) throw new Error(`${call.name}: unknown code ${String(e.code)}`);
    if (!Array.isArray(e.suggestions) || !Object.isFrozen(e.suggestions)) throw new Error(`${call.name}: suggestions not a frozen array`);
    if (typeof e.message !== 'string' || e.message.length > 2000) throw new Error(`${call.name}: message missing or over 2000 characters`);
    // nothing raw: no control character or bidi control reaches a message or the input field
    if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u.test(`${e.message}${String(e.input)}`)) throw new Error(`${call.name}: raw control character in the error`);
  } else if (r.out !== undefined && typeof r.out === 'object') {
    if (!deeplyFrozen(r.out)) throw new Error(`${call.name}: answer not deeply frozen`);
    if (call.schema) {
      const items = call.list ? (r.out as unknown[]) : [r.out];
      for (const x of items) {
        const p = call.schema.safeParse(x);
        if (!p.success) throw new Error(`${call.name}: answer does not parse with its schema: ${p.error.message.slice(0, 300)}`);
      }
    }
  }
  if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== protoBefore || ({} as { polluted?: unknown }).polluted !== undefined) {
    throw new Error(`${call.name}: Object.prototype changed`);
  }
}

/** The property for one exported function. */
export const propertyOf = (call: Call, timed = false) => fc.property(call.args, (args) => check(call, args, timed));
