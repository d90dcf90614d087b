/**
 * `npm run draft-eval`: how well `draftFacts` reads the facts of real texts, against answer keys.
 *
 * Keys: the hand-reviewed facts of test/fixtures/gebze-keys/<id>/ (organisation.yaml, duties.yaml,
 * rules.yaml, meta.yaml; source test/fixtures/gebze/<id>.txt), and the four built-in regulations
 * (regulations/<id>/, source.txt), whose hand-written facts are a key too.
 *
 * Actors are matched by name, not by id: a drafted actor is the key's actor whose name or alias
 * (folded) is one of the drafted actor's name and aliases; the drafted governed unit is the key's
 * `organisation`, and the drafted post heading it is the key's post with `heads: true`.
 *
 * A drafted fact is RIGHT when the key has a fact of the same kind with:
 * - duty holders: the same first cited provision and the same holder;
 * - attachment/reporting lines: the same from, to and relation (wherever the key cites it); an
 *   attachment of a unit to the unit the key gives as its `parent` (or one of its `parents`) is right
 *   too (a key may write a Teşkilat list's units as parents only), though it adds to no recall;
 * - correspondence rules: the same recipient classes, the same signers (actor and own/delegation),
 *   the same paraf holders and the same responsible actors, as sets;
 * - executor: the same actor (and the same onBehalfOf);
 * - deputising: the same absent actor, the same deputies (as a set) and the same kind;
 * - definitions: the same term (folded) at the same provision;
 * - units/posts: the drafted unit or post is a unit or post of the key (by name, as above);
 * - in-force: the same rule (on-date / on-event) at the same provision;
 * - dayanak: a basis of the key with the same number; one the text names without a number (a
 *   yönetmelik named in quotation marks), the same kind and name (folded);
 * - fallback: the same provision;
 * - incoming-document routing: the same action by the same actor, to the same actors where the
 *   drafted step names them (a step that leaves `to` to the reviewer is not wrong for it), read from
 *   an article the key cites for the step (an actorless "evrak dosyalanır" elsewhere is another step).
 * Recall = key facts some drafted fact matches / key facts; precision = right drafted facts /
 * drafted facts. Key reporting lines marked `inferred` (not stated by the text) are left out.
 * Reporting lines are also scored in two halves: attachment (`attached-to`, the Bağlılık article's
 * line) and every other relation. The held-out keys' figures are printed again on their own.
 *
 * Time: parse + compile, and draftFacts, per 10 KB of source, median of several runs: printed,
 * never asserted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { draftFacts, type DraftedFacts } from '../src/author/facts/index.js';
import { compileText } from '../src/compile/text.js';
import { fold } from '../src/fold.js';
import { parseRegulationText } from '../src/parse/text.js';

const root = join(import.meta.dirname, '..');

type Actor = { id: string; name: string; aliases?: string[]; heads?: boolean; parent?: string; parents?: string[] };
type Key = {
  organisation: string;
  units: Actor[]; posts: Actor[]; offices: Actor[];
  duties: { holder: string; cites: string[] }[];
  reporting: { from: string; to: string; relation: string; cites: string[]; inferred?: boolean }[];
  deputies: { for: string; deputies: string[]; kind?: string; cites: string[] }[];
  correspondence: { recipients: string[]; signers: { actor: string; via: string }[]; paraf: string[]; responsible?: string[]; cites: string[] }[];
  routing: { actor?: string; action: string; to?: string[]; cites: string[] }[];
  definitions: { term: string; cites: string[] }[];
  executor?: { actor: string; onBehalfOf?: string };
  entryIntoForce?: { rule: string; cites: string[] };
  legalBasis: { number?: string; kind?: string; name?: string }[];
  fallback?: string;
};

const read = (path: string) => (existsSync(path) ? parse(readFileSync(path, 'utf8')) ?? {} : {});

function loadKey(dir: string): Key {
  const org = read(join(dir, 'organisation.yaml'));
  const duties = read(join(dir, 'duties.yaml'));
  const rules = read(join(dir, 'rules.yaml'));
  const meta = existsSync(join(dir, 'meta.yaml')) ? read(join(dir, 'meta.yaml')) : read(join(dir, 'regulation.yaml'));
  return {
    organisation: meta.organisation ?? org.units?.[0]?.id,
    units: org.units ?? [], posts: org.posts ?? [], offices: org.offices ?? [],
    duties: duties.duties ?? [],
    reporting: (rules.reporting ?? []).filter((r: { inferred?: boolean }) => !r.inferred),
    deputies: rules.deputies ?? [], correspondence: rules.correspondence ?? [], routing: rules.routing ?? [], definitions: rules.definitions ?? [],
    executor: meta.executor, entryIntoForce: meta.entryIntoForce, legalBasis: meta.legalBasis ?? [], fallback: provisionOf(meta.fallback),
  };
}

/** The fallback clause's provision, written as an id or as `{ provision, review }`. */
const provisionOf = (f: string | { provision: string } | undefined) => (typeof f === 'object' ? f.provision : f);

/** Drafted actor id → key actor id, by name. */
function align(drafted: DraftedFacts, key: Key): Map<string, string> {
  const out = new Map<string, string>();
  const keyActors = [...key.units, ...key.posts, ...key.offices];
  const names = (a: Actor) => new Set([a.name, ...(a.aliases ?? [])].map(fold));
  const orgId = drafted.organisation.units[0]?.id;
  for (const a of [...drafted.organisation.units, ...drafted.organisation.posts, ...drafted.organisation.offices]) {
    if (a.id === orgId) { out.set(a.id, key.organisation); continue; }
    if ('heads' in a && a.heads) { const h = key.posts.find((p) => p.heads); if (h) { out.set(a.id, h.id); continue; } }
    const mine = names(a);
    const hit = keyActors.find((k) => fold(k.name) === fold(a.name)) ?? keyActors.find((k) => [...names(k)].some((n) => mine.has(n)));
    if (hit) out.set(a.id, hit.id);
  }
  return out;
}

type Score = { keyed: number; found: number; drafted: number; right: number };
const kinds = ['duty holders', 'reporting lines', '  attachment', '  other lines', 'correspondence', 'executor', 'deputising', 'routing', 'definitions', 'units/posts', 'in-force', 'dayanak', 'fallback'] as const;
type Kind = (typeof kinds)[number];

/** `--verbose`: print every key fact not found and every drafted fact not right. */
const verbose = process.argv.includes('--verbose');
let current = '';

/** `alsoRight`: a drafted fact the key states in another shape (a unit's `parent`), right though it is no key fact of the kind. */
function score<K, D>(keyFacts: K[], draftedFacts: D[], same: (k: K, d: D) => boolean, alsoRight: (d: D) => boolean = () => false): Score {
  const right = (d: D) => keyFacts.some((k) => same(k, d)) || alsoRight(d);
  if (verbose) {
    for (const k of keyFacts) if (!draftedFacts.some((d) => same(k, d))) console.log(`    ${current} missed: ${JSON.stringify(k).slice(0, 200)}`);
    for (const d of draftedFacts) if (!right(d)) console.log(`    ${current} WRONG:  ${JSON.stringify(d).slice(0, 200)}`);
  }
  return {
    keyed: keyFacts.length, drafted: draftedFacts.length,
    found: keyFacts.filter((k) => draftedFacts.some((d) => same(k, d))).length,
    right: draftedFacts.filter(right).length,
  };
}

const setEq = (a: string[], b: string[]) => a.length === b.length && new Set(a).size === new Set([...a, ...b]).size;

function evaluate(drafted: DraftedFacts, key: Key): Record<Kind, Score> {
  const m = align(drafted, key);
  const A = (id: string | undefined) => (id === undefined ? undefined : m.get(id) ?? `?${id}`);
  const keyUnitPosts = new Set([...key.units, ...key.posts].map((a) => a.id));
  const draftedUnitPosts = [...drafted.organisation.units, ...drafted.organisation.posts];
  const kind = (k: string) => { current = k; };
  const sameLine = (k: Key['reporting'][number], d: DraftedFacts['rules']['reporting'][number]) => k.from === A(d.from) && k.to === A(d.to) && k.relation === d.relation;
  const attached = (r: { relation: string }) => r.relation === 'attached-to';
  // a routing step with no actor ("evrak dosyalanır") says little by itself: it must be read from an article the key cites for it
  const article = (c: string) => /^art_\d+/.exec(c)?.[0] ?? c;
  const sameArticle = (a: readonly string[], b: readonly string[]) => a.some((x) => b.some((y) => article(x) === article(y)));
  // "a) Temizlik İşleri Şefliği" in the Müdürlük's Teşkilat list: a key may write the unit's place as its
  // `parent` (or `parents`) and no line; a drafted attachment of the unit to that parent states the same
  const parentOf = new Map(key.units.map((u) => [u.id, [...(u.parent ? [u.parent] : []), ...(u.parents ?? [])]]));
  const underParent = (d: DraftedFacts['rules']['reporting'][number]) => attached(d) && (parentOf.get(A(d.from)!) ?? []).includes(A(d.to)!);
  return {
    'duty holders': (kind('duty'), score)(key.duties, drafted.duties, (k, d) => k.cites[0] === d.cites[0] && k.holder === A(d.holder)),
    'reporting lines': (kind('reporting'), score)(key.reporting, drafted.rules.reporting, sameLine, underParent),
    // the two halves of the row above: attachment (`attached-to`, what a Bağlılık article states) and every other relation
    '  attachment': (kind('attachment'), score)(key.reporting.filter(attached), drafted.rules.reporting.filter(attached), sameLine, underParent),
    '  other lines': (kind('other lines'), score)(key.reporting.filter((r) => !attached(r)), drafted.rules.reporting.filter((r) => !attached(r)), sameLine),
    correspondence: (kind('correspondence'), score)(key.correspondence, drafted.rules.correspondence, (k, d) =>
      setEq(k.recipients, d.recipients) && setEq(k.paraf, d.paraf.map((p) => A(p)!)) && setEq(k.signers.map((s) => `${s.actor}/${s.via}`), d.signers.map((s) => `${A(s.actor)}/${s.via}`))
      && setEq(k.responsible ?? [], (d.responsible ?? []).map((r) => A(r)!))),
    executor: (kind('executor'), score)(key.executor ? [key.executor] : [], drafted.meta.executor ? [drafted.meta.executor] : [], (k, d) => k.actor === A(d.actor) && k.onBehalfOf === A(d.onBehalfOf)),
    deputising: (kind('deputising'), score)(key.deputies, drafted.rules.deputies, (k, d) => k.for === A(d.for) && setEq(k.deputies, d.deputies.map((x) => A(x)!)) && (k.kind ?? 'vekalet') === (d.kind ?? 'vekalet')),
    routing: (kind('routing'), score)(key.routing, drafted.rules.routing, (k, d) =>
      k.action === d.action && k.actor === A(d.actor) && (!d.to || setEq(k.to ?? [], d.to.map((x) => A(x)!))) && sameArticle(k.cites, d.cites)),
    definitions: (kind('definitions'), score)(key.definitions, drafted.rules.definitions, (k, d) => fold(k.term) === fold(d.term) && k.cites[0] === d.cites[0]),
    'units/posts': (kind('units/posts'), score)([...keyUnitPosts], draftedUnitPosts, (k, d) => A(d.id) === k),
    'in-force': (kind('in-force'), score)(key.entryIntoForce ? [key.entryIntoForce] : [], drafted.meta.entryIntoForce ? [drafted.meta.entryIntoForce] : [], (k, d) => k.rule === d.rule && k.cites[0] === d.cites[0]),
    dayanak: (kind('dayanak'), score)(key.legalBasis, drafted.meta.legalBasis ?? [], (k, d) =>
      (k.number !== undefined || d.number !== undefined ? k.number === d.number : k.kind === d.kind && !!k.name && !!d.name && fold(k.name) === fold(d.name))),
    fallback: (kind('fallback'), score)(key.fallback ? [key.fallback] : [], drafted.meta.fallback ? [provisionOf(drafted.meta.fallback)!] : [], (k, d) => k === d),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const cases: { name: string; source: string; key: string }[] = [];
const keysDir = join(root, 'test/fixtures/gebze-keys');
if (existsSync(keysDir)) for (const id of readdirSync(keysDir)) cases.push({ name: `gebze/${id}`, source: join(root, 'test/fixtures/gebze', `${id}.txt`), key: join(keysDir, id) });
for (const id of readdirSync(join(root, 'regulations')).filter((r) => existsSync(join(root, 'regulations', r, 'source.txt')))) {
  cases.push({ name: id, source: join(root, 'regulations', id, 'source.txt'), key: join(root, 'regulations', id) });
}

/**
 * Keys written by hand before the drafting was run on their texts, and never tuned on: their
 * figures are printed again on their own, the honest measure for a text nobody has seen.
 */
const HELD_OUT = new Set(['gebze/03-burhanettındemırcı', 'gebze/09-imranayyildiz']);
const pct = (a: number, b: number) => (b === 0 ? '   –' : `${Math.round((100 * a) / b).toString().padStart(3)}%`);
const zero = () => Object.fromEntries(kinds.map((k) => [k, { keyed: 0, found: 0, drafted: 0, right: 0 }])) as Record<Kind, Score>;
const totals = zero();
const heldOut = zero();
const RUNS = 5;
console.log('draftFacts against answer keys. recall = found/key, precision = right/drafted.\n');
for (const c of cases) {
  const raw = readFileSync(c.source, 'utf8');
  const parseMs: number[] = [];
  const draftMs: number[] = [];
  let drafted: DraftedFacts | undefined;
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    const text = compileText(parseRegulationText(raw).nodes);
    parseMs.push(performance.now() - t);
    t = performance.now();
    drafted = draftFacts({ id: c.name, text });
    draftMs.push(performance.now() - t);
  }
  const per10k = 10_240 / Buffer.byteLength(raw);
  console.log(`${c.name} (${(Buffer.byteLength(raw) / 1024).toFixed(1)} KB; parse ${(median(parseMs) * per10k).toFixed(1)} ms, draftFacts ${(median(draftMs) * per10k).toFixed(1)} ms per 10 KB; ${drafted!.todos.length} todos)`);
  const r = evaluate(drafted!, loadKey(c.key));
  for (const k of kinds) {
    const s = r[k];
    for (const f of ['keyed', 'found', 'drafted', 'right'] as const) {
      totals[k][f] += s[f];
      if (HELD_OUT.has(c.name)) heldOut[k][f] += s[f];
    }
    if (s.keyed || s.drafted) console.log(`  ${k.padEnd(16)} recall ${pct(s.found, s.keyed)} (${s.found}/${s.keyed})   precision ${pct(s.right, s.drafted)} (${s.right}/${s.drafted})`);
  }
}
for (const [title, t] of [['all texts', totals], [`held out (${[...HELD_OUT].map((h) => h.replace(/^gebze\//, 'Gebze ')).join(', ')})`, heldOut]] as const) {
  console.log(`\n${title}`);
  for (const k of kinds) {
    const s = t[k];
    if (s.keyed || s.drafted) console.log(`  ${k.padEnd(16)} recall ${pct(s.found, s.keyed)} (${s.found}/${s.keyed})   precision ${pct(s.right, s.drafted)} (${s.right}/${s.drafted})`);
  }
}
