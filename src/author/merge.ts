/**
 * The seam between the skeleton (`skeleton.ts`, what `mevzuat new` reads itself: title, units of
 * the teşkilat list, Tanımlar, dayanak…) and the fact drafting (`facts/`, `draftFacts`): the drafted
 * facts are merged into the skeleton's candidates without duplicates — where both read the same
 * actor or definition the drafted one is kept (it carries `review: pending` and `readFrom`), the
 * skeleton's citations are added to it and the skeleton's references are carried over to its id.
 * Every drafted fact is written `review: pending`, whatever the drafting set.
 *
 * Pure: no file access.
 */
import { stringify } from 'yaml';
import { fold } from '../fold.js';
import type { DraftedFacts, DraftTodo } from './facts/index.js';
import type { DefinitionInput, DutyInput, RulesInput } from '../schema/facts.js';
import type { OrganisationInput } from '../schema/organisation.js';

type Unit = OrganisationInput['units'][number];
type Post = OrganisationInput['posts'][number];
type Office = OrganisationInput['offices'][number];

/** A skeleton actor as `merge` sees it. */
export type SkeletonActor = { id: string; name: string; cites: string[]; kind: 'unit' | 'post' | 'office'; unit?: string; heads?: boolean };

/** The drafted facts to write, cleaned: ids unique, every fact pending. */
export type Drafted = {
  units: Unit[]; posts: Post[]; offices: Office[];
  duties: DutyInput[];
  reporting: RulesInput['reporting']; deputies: RulesInput['deputies']; correspondence: RulesInput['correspondence']; routing: RulesInput['routing'];
  definitions: DefinitionInput[];
  meta: DraftedFacts['meta'];
  todos: DraftTodo[];
};

/** A drafted fact left out because the folder would not have loaded with it. */
export type Rejected = { file: string; what: string; message: string };

/** The lists of drafted facts, by the file and key they are written under. */
export const DRAFTED_LISTS = [
  ['organisation.yaml', 'units'], ['organisation.yaml', 'posts'], ['organisation.yaml', 'offices'],
  ['duties.yaml', 'duties'],
  ['rules.yaml', 'reporting'], ['rules.yaml', 'deputies'], ['rules.yaml', 'correspondence'], ['rules.yaml', 'routing'], ['rules.yaml', 'definitions'],
] as const;
export type DraftedList = (typeof DRAFTED_LISTS)[number][1];


/** No facts at all, in the shape `draftFacts` returns. */
export const emptyFacts = (): DraftedFacts => ({ organisation: { units: [], posts: [], offices: [] }, duties: [], rules: { reporting: [], deputies: [], correspondence: [], routing: [], definitions: [] }, meta: {}, todos: [] });

/** Empty drafted facts. */
export const noDrafted = (): Drafted => ({ units: [], posts: [], offices: [], duties: [], reporting: [], deputies: [], correspondence: [], routing: [], definitions: [], meta: {}, todos: [] });

/**
 * Merges drafted facts into the skeleton's candidates.
 *
 * @param facts - What `draftFacts` returned (never trusted to be unique or marked).
 * @param skeleton - The skeleton's own actors, the governed unit's id, and its definitions' ids and primary provisions.
 * @returns The drafted facts to write; `superseded` (skeleton actor ids the drafted ones replace,
 *   each with the id to use instead) and `dropDefinitions` (skeleton definitions a drafted one replaces).
 * @example
 * const { drafted, superseded } = mergeDrafted(draftFacts(ctx), { orgId: 'mudurluk', actors, definitions: [] });
 * superseded.get('mudur')  //=> 'mali-hizmetler-muduru' when the drafting read the Müdür under that id
 */
export function mergeDrafted(
  facts: DraftedFacts,
  skeleton: { orgId: string; actors: readonly SkeletonActor[]; definitions: readonly { id: string; term: string; cites: readonly string[] }[] },
  kept: DraftedFacts = emptyFacts(),
): { drafted: Drafted; superseded: Map<string, string>; dropDefinitions: Set<string>; origin: WeakMap<object, string>; isHuman: (x: object) => boolean } {
  const drafted = noDrafted();
  const origin = new WeakMap<object, string>();
  // what a person wrote or reviewed (mevzuat new --update) comes first and keeps its state; a
  // drafted fact it already holds (same id, or the same provision for a duty or rule) is dropped
  const human = new WeakSet<object>();
  const written = new WeakSet<object>();
  const pending = <T extends object>(x: T): T => { if (!human.has(x)) return { ...x, review: 'pending' as const }; const out = { ...x }; written.add(out); return out; };
  const first = <T extends { id: string; cites?: readonly string[] }>(keep: readonly T[] | undefined, draft: readonly T[] | undefined, byProvision: boolean): T[] => {
    keep?.forEach((x) => human.add(x));
    const ids = new Set((keep ?? []).map((x) => x.id));
    const at = new Set(byProvision ? (keep ?? []).map((x) => x.cites?.[0]) : []);
    return [...(keep ?? []), ...(draft ?? []).filter((x) => !ids.has(x.id) && !(byProvision && at.has(x.cites?.[0])))];
  };
  facts = {
    organisation: {
      units: first(kept.organisation.units, facts.organisation?.units, false),
      posts: first(kept.organisation.posts, facts.organisation?.posts, false),
      offices: first(kept.organisation.offices, facts.organisation?.offices, false),
    },
    duties: first(kept.duties, facts.duties, true),
    rules: {
      reporting: first(kept.rules.reporting, facts.rules?.reporting, true), deputies: first(kept.rules.deputies, facts.rules?.deputies, true),
      correspondence: first(kept.rules.correspondence, facts.rules?.correspondence, true), routing: first(kept.rules.routing, facts.rules?.routing, true),
      definitions: first(kept.rules.definitions, facts.rules?.definitions, true),
    },
    meta: { ...facts.meta, ...kept.meta },
    todos: facts.todos ?? [],
  };
  for (const v of Object.values(kept.meta)) if (v && typeof v === 'object') (Array.isArray(v) ? v : [v]).forEach((x) => human.add(x));
  const actorIds = new Map<string, Unit | Post | Office>();
  const addActors = <T extends Unit | Post | Office>(into: T[], list: readonly T[] | undefined) => {
    for (const a of list ?? []) {
      const seen = actorIds.get(a.id);
      if (seen) { for (const c of a.cites) if (!seen.cites.includes(c)) seen.cites.push(c); continue; }
      const copy = pending(a);
      copy.cites = [...a.cites];
      into.push(copy); actorIds.set(a.id, copy); origin.set(copy, a.id);
    }
  };
  addActors(drafted.units, facts.organisation?.units);
  addActors(drafted.posts, facts.organisation?.posts);
  addActors(drafted.offices, facts.organisation?.offices);

  // skeleton actors the drafting also read: by id, by name or alias, or as the head of the same unit
  const byName = new Map<string, string>();
  for (const a of actorIds.values()) for (const n of [a.name, ...(a.aliases ?? [])]) if (!byName.has(fold(n))) byName.set(fold(n), a.id);
  const headOf = new Map(drafted.posts.filter((p) => p.heads && p.unit).map((p) => [p.unit!, p.id]));
  const superseded = new Map<string, string>();
  for (const a of skeleton.actors) {
    const to = actorIds.has(a.id) ? a.id : byName.get(fold(a.name)) ?? (a.kind === 'post' && a.heads && a.unit ? headOf.get(a.unit) : undefined);
    if (!to) continue;
    const target = actorIds.get(to)!;
    if (a.id === skeleton.orgId && to !== a.id) continue; // the governed unit keeps its id; a unit of the same name is another reading
    superseded.set(a.id, to);
    for (const c of a.cites) if (!target.cites.includes(c)) target.cites.push(c);
  }

  // fact ids unique across every fact file, the skeleton's definitions first
  const used = new Set(skeleton.definitions.map((d) => d.id));
  const unique = <T extends { id: string }>(x: T): T => {
    let id = x.id;
    for (let k = 2; used.has(id); k++) id = `${x.id}-${k}`;
    used.add(id);
    const out = { ...x, id };
    origin.set(out, x.id);
    if (written.has(x)) written.add(out);
    return out;
  };
  const dropDefinitions = new Set<string>();
  const draftedDefs = facts.rules?.definitions ?? [];
  const primary = new Set(draftedDefs.map((d) => d.cites[0]));
  const terms = new Set(draftedDefs.map((d) => fold(d.term)));
  for (const d of skeleton.definitions) if (primary.has(d.cites[0]!) || terms.has(fold(d.term))) { dropDefinitions.add(d.id); used.delete(d.id); }
  drafted.duties = (facts.duties ?? []).map((d) => unique(pending(d)));
  drafted.reporting = (facts.rules?.reporting ?? []).map((r) => unique(pending(r)));
  drafted.deputies = (facts.rules?.deputies ?? []).map((r) => unique(pending(r)));
  drafted.correspondence = (facts.rules?.correspondence ?? []).map((r) => unique(pending(r)));
  drafted.routing = (facts.rules?.routing ?? []).map((r) => unique(pending(r)));
  drafted.definitions = draftedDefs.map((d) => unique(pending(d)));
  const m = facts.meta ?? {};
  drafted.meta = {
    ...(m.executor ? { executor: pending(m.executor) } : {}),
    ...(m.entryIntoForce ? { entryIntoForce: pending(m.entryIntoForce) } : {}),
    ...(m.legalBasis?.length ? { legalBasis: m.legalBasis.map((x) => pending(x)) } : {}),
    ...(m.repeals?.length ? { repeals: m.repeals.map((x) => pending(x)) } : {}),
    ...(m.adoption ? { adoption: pending(m.adoption) } : {}),
    // the drafted fallback clause in the form that carries its review state
    ...(m.fallback ? { fallback: typeof m.fallback === 'string' ? (kept.meta.fallback === m.fallback ? m.fallback : { provision: m.fallback, review: 'pending' as const }) : pending(m.fallback) } : {}),
  };
  drafted.todos = [...(facts.todos ?? [])];
  return { drafted, superseded, dropDefinitions, origin, isHuman: (x) => written.has(x) };
}

/** Every provision a drafted fact cites (what it covers). */
export function draftedCites(d: Drafted): string[] {
  const out: string[] = [];
  for (const [, key] of DRAFTED_LISTS) for (const x of d[key] as { cites: string[]; includesDutiesOf?: { cites: string[] }[] }[]) { out.push(...x.cites); x.includesDutiesOf?.forEach((i) => out.push(...i.cites)); }
  const m = d.meta;
  for (const x of [m.executor, m.entryIntoForce, m.adoption, ...(m.legalBasis ?? []), ...(m.repeals ?? [])]) if (x) out.push(...x.cites);
  if (m.fallback) out.push(typeof m.fallback === 'string' ? m.fallback : m.fallback.provision);
  return out;
}

/**
 * A drafted fact as YAML list entries under a key, indented for the skeleton's layout (two
 * spaces). Strings are written by the YAML library, so no value can break the file.
 *
 * @example
 * renderDrafted([{ id: 'x', holder: 'mudur', cites: ['art_5'], topics: ['documents'], review: 'pending' }])
 * //=> '  - id: x\n    holder: mudur\n    cites:\n      - art_5\n    topics:\n      - documents\n    review: pending'
 */
export function renderDrafted(list: readonly object[]): string {
  if (!list.length) return '';
  return stringify(list, { lineWidth: 0 }).trimEnd().split('\n').map((l) => `  ${l}`).join('\n');
}

/** One drafted meta field (`executor:` and its block) as YAML. */
export function renderMeta(key: string, value: unknown): string {
  return stringify({ [key]: value }, { lineWidth: 0 }).trimEnd();
}

/**
 * Removes from `facts` what the rejections name: the entry at `list[index]` of the drafted lists,
 * or a meta field. Used between rounds of validation until the folder loads.
 */
export function withoutRejected(facts: DraftedFacts, drop: { list?: DraftedList; id?: string; meta?: string }[]): DraftedFacts {
  const ids = new Map<string, Set<string>>();
  const metas = new Set<string>();
  for (const d of drop) {
    if (d.meta) metas.add(d.meta);
    else if (d.list && d.id !== undefined) { if (!ids.has(d.list)) ids.set(d.list, new Set()); ids.get(d.list)!.add(d.id); }
  }
  const keep = <T extends { id: string }>(list: DraftedList, xs: readonly T[] | undefined) => (xs ?? []).filter((x) => !ids.get(list)?.has(x.id));
  const meta = { ...facts.meta } as Record<string, unknown>;
  for (const k of metas) delete meta[k];
  return {
    organisation: { units: keep('units', facts.organisation?.units), posts: keep('posts', facts.organisation?.posts), offices: keep('offices', facts.organisation?.offices) },
    duties: keep('duties', facts.duties),
    rules: {
      reporting: keep('reporting', facts.rules?.reporting), deputies: keep('deputies', facts.rules?.deputies),
      correspondence: keep('correspondence', facts.rules?.correspondence), routing: keep('routing', facts.rules?.routing), definitions: keep('definitions', facts.rules?.definitions),
    },
    meta: meta as DraftedFacts['meta'],
    todos: facts.todos ?? [],
  };
}
