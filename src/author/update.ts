/**
 * `mevzuat new --update`, the pure part: what a person wrote or reviewed in a regulation folder
 * (every fact without `review: pending` and without a `YAZILACAK` placeholder) is kept, its
 * provision references carried over from the tree it was written against to the new one — by
 * label, then by verbatim text — and what cannot be carried over is reported, never dropped.
 * Machine-drafted material (`review: pending`, placeholders) is left to be drafted again.
 */
import type { CompiledText } from '../compile/text.js';
import { PLACEHOLDER } from '../compile/draft.js';
import type { DraftedFacts } from './facts/index.js';
import { emptyFacts } from './merge.js';

/**
 * A provision reference carried over (`from` → `to`), or one whose provision is gone (`to`
 * absent; `taken` when its id now names another provision, so keeping it would cite the wrong text).
 */
export type Moved = { file: string; from: string; to?: string; taken?: true };

/**
 * Maps the provision ids of the tree facts were written against (`before`) to the tree they are
 * to cite now (`after`): an id whose provision reads the same is kept; otherwise the provision
 * with the same label and the same text, then the one provision with the same text; otherwise
 * none (the provision disappeared or its text changed). Ids `before` does not know are kept when
 * `after` has them (a person wrote them against the new tree).
 *
 * @example
 * const to = provisionMap(compileText(parsed.nodes), compileText(repaired.nodes));
 * to('art_5__para_1__point_c')  //=> 'art_5__para_1__point_b' when the repair merged a misread bent
 */
export function provisionMap(before: CompiledText, after: CompiledText): (id: string) => string | undefined {
  const old = new Map(before.provisions.map((p) => [p.id, p]));
  const now = new Map(after.provisions.map((p) => [p.id, p]));
  const byLabel = new Map<string, string[]>();
  const byText = new Map<string, string[]>();
  for (const p of after.provisions) {
    for (const l of [p.label, ...p.altLabels]) byLabel.set(l, [...(byLabel.get(l) ?? []), p.id]);
    byText.set(p.text, [...(byText.get(p.text) ?? []), p.id]);
  }
  return (id) => {
    const was = old.get(id);
    const is = now.get(id);
    if (!was) return is ? id : undefined;
    if (is && is.text === was.text) return id;
    // a madde (or any provision holding others) is known by its number: its own words may change with a repair inside it
    if (is && !was.leaf && !is.leaf && is.label === was.label) return id;
    const sameLabel = (byLabel.get(was.label) ?? []).filter((x) => now.get(x)!.text === was.text);
    if (sameLabel.length === 1) return sameLabel[0];
    const sameText = byText.get(was.text) ?? [];
    if (sameText.length === 1) return sameText[0];
    // a provision the repair merged into another (a wrapped line that was read as its own): the one leaf holding its text
    if (was.text.length >= 12) {
      const holding = after.provisions.filter((p) => p.leaf && p.text.includes(was.text));
      if (holding.length === 1) return holding[0]!.id;
    }
    return undefined;
  };
}

const isPlaceholderValue = (v: unknown): boolean => typeof v === 'string' && v.trim().toLocaleUpperCase('tr-TR').startsWith(PLACEHOLDER);
/** True for what a person wrote or reviewed: not pending, no placeholder anywhere in it. */
export const isHuman = (x: unknown): boolean => {
  if (!x || typeof x !== 'object') return !isPlaceholderValue(x);
  if ((x as { review?: unknown }).review === 'pending') return false;
  return Object.values(x).every((v) => (Array.isArray(v) ? v.every(isHuman) : v && typeof v === 'object' ? isHuman(v) : !isPlaceholderValue(v)));
};

type Obj = Record<string, unknown>;
const list = (data: unknown, key: string): Obj[] => {
  const v = data && typeof data === 'object' ? (data as Obj)[key] : undefined;
  return Array.isArray(v) ? v.filter((x): x is Obj => !!x && typeof x === 'object') : [];
};

/**
 * The facts of a folder to keep, with every provision reference carried over by `to`.
 *
 * @param data - The folder's files as parsed YAML (`organisation.yaml` … `coverage.yaml`).
 * @param to - From {@link provisionMap}.
 * @returns `keep` (facts for `draftRegulation`'s `keep`), `noFact` (kept coverage entries),
 *   `moved` (every reference changed or lost, for the report).
 */
export function keptFacts(data: Record<string, unknown>, to: (id: string) => string | undefined, exists: (id: string) => boolean = () => false): { keep: DraftedFacts; noFact: { provision: string; reason: string }[]; moved: Moved[] } {
  const moved: Moved[] = [];
  const carry = (file: string, id: unknown): unknown => {
    if (typeof id !== 'string') return id;
    const t = to(id);
    if (t !== id) moved.push({ file, from: id, ...(t ? { to: t } : exists(id) ? { taken: true as const } : {}) });
    return t ?? id; // a reference that cannot be carried over stays as written, and is reported
  };
  const deep = (file: string, x: unknown, key?: string): unknown => {
    if (Array.isArray(x)) return x.map((e) => (key === 'cites' ? carry(file, e) : deep(file, e)));
    if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, k === 'provision' ? carry(file, v) : deep(file, v, k)]));
    return x;
  };
  const keep = emptyFacts();
  const take = (file: string, key: string) => list(data[file], key).filter(isHuman).map((x) => deep(file, x)) as never[];
  keep.organisation = { units: take('organisation.yaml', 'units'), posts: take('organisation.yaml', 'posts'), offices: take('organisation.yaml', 'offices') };
  keep.duties = take('duties.yaml', 'duties');
  keep.rules = {
    reporting: take('rules.yaml', 'reporting'), deputies: take('rules.yaml', 'deputies'), correspondence: take('rules.yaml', 'correspondence'),
    routing: take('rules.yaml', 'routing'), definitions: take('rules.yaml', 'definitions'),
  };
  const noFact = take('coverage.yaml', 'noFact') as { provision: string; reason: string }[];
  return { keep, noFact, moved };
}

/** The regulation.yaml fields that are facts citing provisions: kept when human, drafted again otherwise. */
export const META_FACTS = ['legalBasis', 'adoption', 'entryIntoForce', 'repeals', 'executor', 'fallback'] as const;
