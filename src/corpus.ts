// A corpus: the set of regulations a family of query functions answers from. The package's own
// exports answer from the built-in corpus; `createMevzuat` makes one from regulations you pass.
// Nothing here costs in proportion to the corpus at creation: names are indexed on the first
// lookup by name, and each regulation is loaded and indexed on its first query.
import { fold } from './fold.js';
import { deepFreeze } from './internal/freeze.js';
import { fail, foldArg, nearest, show } from './internal/lookup.js';
import { buildIndex, type Index } from './internal/registry.js';
import type { Regulation } from './types.js';

/**
 * A regulation as a corpus takes it: compiled (what `loadRegulationDir` returns, or an object from
 * `getRegulation`), or a lazy entry that loads it on first use.
 *
 * @example
 * const lazy: RegulationSource = { id: 'ornekkoy-yazi-isleri', aliases: ['Örnekköy'], load: () => loadRegulationDir('./ornekkoy') };
 */
export type RegulationSource = Regulation | LazyRegulation;

/**
 * A regulation loaded on its first query: `load` is called at most once.
 *
 * @example
 * const entry: LazyRegulation = { id: 'x', aliases: ['X'], load: () => JSON.parse(readFileSync('x.json', 'utf8')) };
 */
export type LazyRegulation = {
  readonly id: string;
  /** Names a user may type for it (municipality names); its `aliases` once loaded must agree. */
  readonly aliases?: readonly string[];
  /** Folded lookup keys for the id and aliases, when precomputed (the build does). */
  readonly keys?: readonly string[];
  /** Ids of regulations in the same corpus this one repeals, so `inForce` need not load every regulation. */
  readonly repeals?: readonly string[];
  readonly load: () => Regulation;
};

const isLazy = (s: RegulationSource): s is LazyRegulation => typeof (s as LazyRegulation).load === 'function';

type Slot = { id: string; aliases: readonly string[]; keys?: readonly string[]; repeals: readonly string[]; load: () => Regulation; reg?: Regulation; index?: Index };

/** The regulations one family of queries answers from. */
export class Corpus {
  /** Every id, in the order given. */
  readonly ids: readonly string[];
  readonly #slots = new Map<string, Slot>();
  #names: Map<string, string[]> | undefined;
  #repealedBy: Map<string, string[]> | undefined;

  constructor(sources: readonly RegulationSource[]) {
    for (const s of sources) {
      const id = (s as { id?: unknown } | null)?.id;
      if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail('INVALID_REGULATION', `a regulation's id must be an ASCII kebab-case slug, got ${show(id)}`, id);
      if (!isLazy(s) && !Array.isArray((s as Regulation).provisions)) fail('INVALID_REGULATION', `"${id}" is neither a compiled regulation nor a { id, load } entry`, id, ['loadRegulationDir(dir)']);
      if (this.#slots.has(id)) fail('INVALID_REGULATION', `two regulations have the id "${show(id)}"`, id);
      this.#slots.set(id, isLazy(s)
        ? { id, aliases: s.aliases ?? [], ...(s.keys && { keys: s.keys }), repeals: s.repeals ?? [], load: s.load }
        : { id, aliases: s.aliases, repeals: s.repeals.flatMap((r) => (r.regulation ? [r.regulation] : [])), load: () => s, reg: deepFreeze(s) });
    }
    this.ids = Object.freeze([...this.#slots.keys()]);
  }

  /** The id a regulation argument names (id or alias, case and Turkish letters forgiven), or throws UNKNOWN_REGULATION / AMBIGUOUS. */
  resolve(ref: unknown): string {
    if (typeof ref === 'string' && this.#slots.has(ref)) return ref;
    const key = foldArg(ref, 'regulation');
    const names = this.#nameIndex();
    const ids = names.get(key);
    if (ids?.length === 1) return ids[0]!;
    if (ids && ids.length > 1) fail('AMBIGUOUS', `"${show(ref)}" names ${ids.length} regulations: ${ids.join(', ')}`, ref, ids);
    const near = nearest(key, [...names].map(([k, v]): [string, string] => [k, v[0]!]), 4);
    return fail('UNKNOWN_REGULATION', `no encoded regulation is called "${show(ref)}"`, ref, near.length ? near : this.ids.slice(0, 8));
  }

  /** The compiled, deeply frozen regulation, loaded on first use. */
  regulation(ref: unknown): Regulation {
    const slot = this.#slots.get(this.resolve(ref))!;
    if (!slot.reg) {
      const reg = slot.load();
      if (!reg || typeof reg !== 'object' || reg.id !== slot.id) fail('INVALID_REGULATION', `the regulation loaded for "${slot.id}" has another id`, slot.id);
      slot.reg = deepFreeze(reg);
    }
    return slot.reg;
  }

  /** The lookup index of a regulation, built on its first query. */
  index(ref: unknown): Index {
    const slot = this.#slots.get(this.resolve(ref))!;
    return (slot.index ??= buildIndex(this.regulation(slot.id)));
  }

  /** Ids of the regulations in this corpus that repeal `id`. */
  repealersOf(id: string): readonly string[] {
    if (!this.#repealedBy) {
      this.#repealedBy = new Map();
      for (const s of this.#slots.values()) for (const r of s.repeals) this.#repealedBy.set(r, [...(this.#repealedBy.get(r) ?? []), s.id]);
    }
    return this.#repealedBy.get(id) ?? [];
  }

  #nameIndex(): Map<string, string[]> {
    if (this.#names) return this.#names;
    const names = new Map<string, string[]>();
    const add = (k: string, id: string) => {
      const list = names.get(k);
      if (!list) names.set(k, [id]);
      else if (!list.includes(id)) list.push(id);
    };
    for (const s of this.#slots.values()) {
      for (const k of s.keys ?? [s.id, ...s.aliases].map(fold)) add(k, s.id);
    }
    return (this.#names = names);
  }
}

/** A lazily created value: `once(f)()` calls `f` the first time only. */
export function once<T>(f: () => T): () => T {
  let v: T | undefined;
  let done = false;
  return () => {
    if (!done) { v = f(); done = true; }
    return v as T;
  };
}
