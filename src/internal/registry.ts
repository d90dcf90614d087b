import { fold } from '../fold.js';
import type { DeepReadonly, Regulation } from '../types.js';
import type { Citation } from '../schema/citation.js';
import type { ActorRef } from '../schema/organisation.js';
import type { Provision } from '../schema/text.js';
import type { ReportingLine, Duty } from '../schema/regulation.js';
import type { CorrespondenceRuleInput, DefinitionInput, DeputyRuleInput, DutyInput, RecipientClass } from '../schema/facts.js';
import type { Unit, Post, Office } from '../schema/organisation.js';
import { fail, foldArg, nearest, readProperty, show } from './lookup.js';
import { deepFreeze } from './freeze.js';
import { push } from './multimap.js';

type RO<T> = DeepReadonly<T>;
type Actor = { ref: ActorRef; data: RO<Unit | Post | Office> };

/** Everything a lookup needs about one regulation, built once on first use. */
export type Index = {
  reg: Regulation;
  actors: Map<string, Actor>;
  actorsByName: Map<string, string[]>;
  provisions: Map<string, RO<Provision>>;
  order: Map<string, number>;
  byLabel: Map<string, string>;
  /** Folded labels that name more than one provision (`m 7 c`: m.7/c and m.7/ç). */
  ambiguousLabels: Map<string, string[]>;
  citations: Map<string, Citation>;
  dutiesByHolder: Map<string, RO<DutyInput>[]>;
  duties: Map<string, Duty>;
  linesFrom: Map<string, RO<ReportingLine>[]>;
  deputiesFor: Map<string, RO<DeputyRuleInput>[]>;
  correspondence: Map<RecipientClass, RO<CorrespondenceRuleInput>[]>;
  definitions: Map<string, RO<DefinitionInput>>;
  /** Answers already given, by query and resolved arguments: the data never changes. */
  answers: Map<string, unknown>;
  /** Answers keyed by what a user typed (a label, a day): bounded, the oldest dropped first. */
  recent: Map<string, unknown>;
};

const RECENT_MAX = 512;

/** Like {@link memo}, for keys that come from user input: at most 512 answers are kept per regulation. */
export function remember<T>(idx: Index, key: string, compute: () => T): T {
  const hit = idx.recent.get(key) as T | undefined;
  if (hit !== undefined) return hit;
  const out = deepFreeze(compute());
  if (idx.recent.size >= RECENT_MAX) idx.recent.delete(idx.recent.keys().next().value!);
  idx.recent.set(key, out);
  return out;
}

/** Returns the memoised, deeply frozen answer for `key`, computing it once. */
export function memo<T>(idx: Index, key: string, compute: () => T): T {
  let hit = idx.answers.get(key) as T | undefined;
  if (hit === undefined) idx.answers.set(key, (hit = deepFreeze(compute())));
  return hit;
}


/** Builds the lookup index of one regulation; called once per regulation, on its first query. */
export function buildIndex(reg: Regulation): Index {
  // what a first query needs at once: its actors and provisions by id. Everything else (the name
  // index, which folds every name, the rule lists) is built on the first lookup that reads it.
  const actors = new Map<string, Actor>();
  const add = (kind: ActorRef['kind'], data: RO<Unit | Post | Office>) => actors.set(data.id, { ref: Object.freeze({ id: data.id, name: data.name, kind }), data });
  reg.units.forEach((u) => add('unit', u));
  reg.posts.forEach((p) => add('post', p));
  reg.offices.forEach((o) => add('office', o));

  const provisions = new Map<string, RO<Provision>>();
  const order = new Map<string, number>();
  reg.provisions.forEach((p, i) => {
    provisions.set(p.id, p);
    order.set(p.id, i);
  });
  /** `make()` once, on first read. */
  const once = <T>(make: () => T): (() => T) => {
    let v: T | undefined;
    return () => (v ??= make());
  };
  const actorsByName = once(() => {
    const m = new Map<string, string[]>();
    for (const { data } of actors.values()) for (const n of new Set([data.name, ...(data.aliases ?? [])].map(fold))) push(m, n, data.id);
    return m;
  });
  // the label maps serve `cite` only: built on the first citation looked up by label
  const labelMaps = once(() => {
    const byLabel = new Map<string, string>();
    // folded label → the provisions it may mean, each with its own label
    const byFolded = new Map<string, Map<string, string>>();
    for (const p of reg.provisions) {
      for (const l of [p.label, ...p.altLabels]) {
        byLabel.set(labelKey(l), p.id);
        const f = fold(l);
        if (!byFolded.has(f)) byFolded.set(f, new Map());
        if (!byFolded.get(f)!.has(p.id)) byFolded.get(f)!.set(p.id, p.label);
      }
    }
    // folding drops the cedilla of ç, so `m.7/c` and `m.7/ç` meet: such keys name every candidate
    const ambiguousLabels = new Map<string, string[]>();
    for (const [f, meant] of byFolded) {
      if (meant.size > 1) ambiguousLabels.set(f, [...meant.values()]);
      else if (!byLabel.has(f)) byLabel.set(f, meant.keys().next().value!);
    }
    return { byLabel, ambiguousLabels };
  });
  const dutiesByHolder = once(() => {
    const m = new Map<string, RO<DutyInput>[]>();
    reg.duties.forEach((d) => push(m, d.holder, d));
    for (const list of m.values()) list.sort((a, b) => order.get(a.cites[0]!)! - order.get(b.cites[0]!)!);
    return m;
  });
  const linesFrom = once(() => {
    const m = new Map<string, RO<ReportingLine>[]>();
    reg.reporting.forEach((l) => push(m, l.from, l));
    return m;
  });
  const deputiesFor = once(() => {
    const m = new Map<string, RO<DeputyRuleInput>[]>();
    reg.deputies.forEach((d) => push(m, d.for, d));
    return m;
  });
  const correspondence = once(() => {
    const m = new Map<RecipientClass, RO<CorrespondenceRuleInput>[]>();
    reg.correspondence.forEach((c) => c.recipients.forEach((r) => push(m, r, c)));
    return m;
  });
  const definitions = once(() => {
    const m = new Map<string, RO<DefinitionInput>>();
    reg.definitions.forEach((d) => [d.term, ...(d.aliases ?? [])].forEach((t) => m.set(fold(t), d)));
    return m;
  });

  return {
    reg, actors, provisions, order, answers: new Map(), recent: new Map(), citations: new Map(), duties: new Map(),
    get actorsByName() { return actorsByName(); },
    get byLabel() { return labelMaps().byLabel; },
    get ambiguousLabels() { return labelMaps().ambiguousLabels; },
    get dutiesByHolder() { return dutiesByHolder(); },
    get linesFrom() { return linesFrom(); },
    get deputiesFor() { return deputiesFor(); },
    get correspondence() { return correspondence(); },
    get definitions() { return definitions(); },
  };
}

/**
 * The key a label is looked up by: Turkish lower case, no spaces, `madde`/`md` read as `m.`, a
 * bare `14/b` read as `m.14/b`. Turkish letters are kept, since `m.7/c` and `m.7/ç` differ.
 */
export function labelKey(ref: string): string {
  return ref.normalize('NFC').toLocaleLowerCase('tr-TR').replace(/\s+/g, '')
    .replace(/^(madde|md\.?|m\.?)(?=\d)/, 'm.')
    .replace(/^(?=\d)/, 'm.');
}

/** The citation for a provision id, built once. */
export function citation(idx: Index, id: string): Citation {
  let c = idx.citations.get(id);
  if (!c) {
    const p = idx.provisions.get(id);
    if (!p) throw new Error(`internal: ${idx.reg.id} has no provision ${id}`);
    const out: Citation = {
      regulation: idx.reg.id,
      article: p.article,
      ...(p.paragraph !== undefined && { paragraph: p.paragraph }),
      ...(p.section !== undefined && { section: p.section }),
      ...(p.item !== undefined && { item: p.item }),
      id: p.id,
      label: p.label,
      text: p.text,
    };
    idx.citations.set(id, (c = Object.freeze(out)));
  }
  return c;
}

export const citations = (idx: Index, ids: readonly string[]) => ids.map((id) => citation(idx, id));

export function actorRef(idx: Index, id: string): ActorRef {
  const a = idx.actors.get(id);
  if (!a) throw new Error(`internal: ${idx.reg.id} has no actor ${id}`);
  return a.ref;
}

/**
 * Resolves a subject (an id, a name or alias, folded; or an `ActorRef`) to an actor id, or
 * throws UNKNOWN_ENTITY / AMBIGUOUS.
 */
export function resolveActor(idx: Index, subject: unknown): string {
  let raw = subject;
  if (subject && typeof subject === 'object') {
    const id = readProperty(subject, 'id', 'subject');
    if (typeof id === 'string') raw = id;
  }
  if (typeof raw === 'string' && idx.actors.has(raw)) return raw;
  const key = foldArg(raw, 'subject');
  const ids = idx.actorsByName.get(key) ?? (idx.actors.has(key.replace(/ /g, '-')) ? [key.replace(/ /g, '-')] : undefined);
  if (ids && ids.length === 1) return ids[0]!;
  if (ids && ids.length > 1) {
    return fail('AMBIGUOUS', { en: `"${show(raw)}" names ${ids.length} entities in ${idx.reg.id}: ${ids.join(', ')}`, tr: `"${show(raw)}" ${idx.reg.id} içinde ${ids.length} ayrı birim, kadro ya da makamın adı: ${ids.join(', ')}` }, raw, ids);
  }
  const candidates: [string, string][] = [];
  for (const a of idx.actors.values()) {
    for (const n of [a.data.name, ...(a.data.aliases ?? [])]) candidates.push([fold(n), n]);
    candidates.push([fold(a.data.id), a.data.id]);
  }
  return fail('UNKNOWN_ENTITY', { en: `${idx.reg.id} has no unit, post or office called "${show(raw)}"`, tr: `${idx.reg.id} içinde "${show(raw)}" adında birim, kadro ya da makam yok` }, raw, nearest(key, candidates));
}

/** The query-facing duty, built once. */
export function duty(idx: Index, d: RO<DutyInput>): Duty {
  let out = idx.duties.get(d.id);
  if (!out) {
    const c = citation(idx, d.cites[0]!);
    out = Object.freeze({
      id: d.id, regulation: idx.reg.id, holder: actorRef(idx, d.holder), text: d.excerpt ?? c.text, citation: c, topics: Object.freeze([...d.topics]) as Duty['topics'],
      // why this holder, where the data says (a bent given to the unit, reached by its head)
      ...(d.note && { note: d.note }),
      ...reviewOf(idx, [d], [d.holder]),
    });
    idx.duties.set(d.id, out);
  }
  return out;
}

type Reviewable = { readonly review?: string } | undefined;
const PENDING = Object.freeze({ review: 'pending' as const });
const REVIEWED = Object.freeze({});

/**
 * `{ review: 'pending' }` when any of the facts or actors an answer rests on was drafted by
 * `mevzuat new` and nobody has reviewed it; `{}` otherwise (always, and at once, for a regulation
 * with no pending fact, such as every built-in one). Spread it into the answer.
 */
export function reviewOf(idx: Index, facts: Iterable<Reviewable>, actorIds: Iterable<string | undefined> = []): { readonly review?: 'pending' } {
  if (idx.reg.review !== 'pending') return REVIEWED;
  for (const f of facts) if (f?.review === 'pending') return PENDING;
  for (const id of actorIds) if (id !== undefined && idx.actors.get(id)?.data.review === 'pending') return PENDING;
  return REVIEWED;
}

/** The fallback clause as a fact for {@link reviewOf}: pending where it was drafted and not reviewed. */
export const fallbackFact = (idx: Index): Reviewable => (idx.reg.fallbackReview === 'pending' ? PENDING : undefined);

/** The regulation's fallback clause as a citation, where it has one. */
export const fallbackOf = (idx: Index) => (idx.reg.fallback ? citation(idx, idx.reg.fallback) : undefined);
