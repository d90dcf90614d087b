// A corpus: the set of regulations a family of query functions answers from. The package's own
// exports answer from the built-in corpus; `createMevzuat` makes one from regulations you pass.
// Nothing here costs in proportion to the corpus at creation: names are indexed on the first
// lookup by name, and each regulation is loaded and indexed on its first query.
import { fold } from './fold.js';
import { deepFreeze } from './internal/freeze.js';
import { fail, foldArg, nearest, readProperty, show } from './internal/lookup.js';
import { MevzuatError, isMevzuatError } from './errors.js';
import { buildIndex, type Index } from './internal/registry.js';
import { answeredDuty, buildSearchIndex, checkedIndexes, expandSearchIndex, PREBUILT_DUTIES, PREBUILT_SEARCH, type SearchIndex } from './internal/search.js';
import type { Duty } from './schema/regulation.js';
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
 * A regulation loaded on its first query: `load` is called at most once. Should it throw, the
 * error (as a MevzuatError `INVALID_REGULATION`, or its own MevzuatError) is given again on every
 * later query of that regulation, without calling `load` again. What `load` returns is frozen
 * in place (it is made for the corpus).
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

const LISTS = ['aliases', 'units', 'posts', 'offices', 'duties', 'reporting', 'deputies', 'correspondence', 'routing', 'definitions', 'repeals', 'legalBasis', 'document', 'articles', 'provisions'] as const;

/**
 * The cheap check of a compiled regulation given at run time: the fields every query reads are
 * there, with the right kind of value. Full validation is the zod schema's
 * (`belediye-mevzuat/schemas`), which `loadRegulationDir` applies.
 */
function checkShape(value: unknown, id: string): Regulation {
  if (value === null || typeof value !== 'object') fail('INVALID_REGULATION', { en: `"${id}" is neither a compiled regulation nor a { id, load } entry`, tr: `"${id}" ne derlenmiş bir mevzuat ne de { id, load } girdisi` }, id, ['loadRegulationDir(dir)']);
  const missing = LISTS.filter((k) => { const v = readProperty(value, k, `"${id}"`); try { return !Array.isArray(v); } catch { return true; } });
  for (const k of ['title', 'id'] as const) if (typeof readProperty(value, k, `"${id}"`) !== 'string') missing.push(k as never);
  const e = readProperty(value, 'entryIntoForce', `"${id}"`);
  if (e === null || typeof e !== 'object') missing.push('entryIntoForce' as never);
  if (missing.length) fail('INVALID_REGULATION', { en: `"${id}" is not a compiled regulation: ${missing.join(', ')} missing or malformed`, tr: `"${id}" derlenmiş bir mevzuat değil: ${missing.join(', ')} eksik ya da bozuk` }, id, ['loadRegulationDir(dir)']);
  return value as Regulation;
}

type Slot = {
  id: string; aliases: readonly string[]; keys?: readonly string[]; repeals: readonly string[]; load: () => Regulation;
  /** A compiled regulation the caller gave: never frozen in place (a copy is, unless it is deeply frozen already). */
  given?: Regulation;
  raw?: Regulation; reg?: Regulation; index?: Index;
  /** Why loading failed: given again on every later query, `load` is not called again. */
  failed?: unknown;
  /** The prebuilt search index the package's own entries carry (read on the first search). */
  prebuilt?: () => unknown;
  search?: SearchIndex;
  /** The duties as answered, prebuilt by the folder cache (read on the first search that hits one). */
  prebuiltDuties?: () => unknown;
  /** The prebuilt duties by id: each as stored until first asked for, then as answered. */
  duties?: Map<string, unknown>;
  /** A prebuilt lookup of a stored duty by id, where the entry gives one instead of a list. */
  dutyLookup?: (id: string) => unknown;
};

const str = (v: unknown) => typeof v === 'string';
const optional = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || ok(v);
const naturals = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * True when `v` has the shape of the query-facing duty `id` of regulation `reg` (what
 * `registry.duty` builds, as the folder cache stored it), with nothing else in it.
 */
function isDuty(v: unknown, reg: string, id: string): v is Duty {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const d = v as Record<string, unknown>;
  const h = d.holder as Record<string, unknown> | null;
  const c = d.citation as Record<string, unknown> | null;
  const keys = (o: object, allowed: readonly string[]) => Object.keys(o).every((k) => allowed.includes(k));
  return d.id === id && d.regulation === reg && str(d.text)
    && !!h && typeof h === 'object' && str(h.id) && str(h.name) && (h.kind === 'unit' || h.kind === 'post' || h.kind === 'office') && keys(h, ['id', 'name', 'kind'])
    && !!c && typeof c === 'object' && c.regulation === reg && naturals(c.article) && str(c.id) && str(c.label) && str(c.text)
    && optional(c.paragraph, naturals) && optional(c.section, str) && optional(c.item, str) && keys(c, ['regulation', 'article', 'paragraph', 'section', 'item', 'id', 'label', 'text'])
    && Array.isArray(d.topics) && d.topics.every(str) && optional(d.note, str) && optional(d.review, (r) => r === 'pending')
    && keys(d, ['id', 'regulation', 'holder', 'text', 'citation', 'topics', 'note', 'review']);
}

/** True when `v` and everything reachable through data properties is frozen. */
function deeplyFrozen(v: unknown, seen = new Set<unknown>()): boolean {
  if (v === null || typeof v !== 'object' || seen.has(v)) return true;
  seen.add(v);
  if (!Object.isFrozen(v)) return false;
  for (const d of Object.values(Object.getOwnPropertyDescriptors(v))) if ('value' in d && !deeplyFrozen(d.value, seen)) return false;
  return true;
}

/** The caller's compiled regulation as the corpus keeps it: itself when deeply frozen, else a copy (frozen later), theirs left as it was. */
function ownCopy(reg: Regulation, id: string): Regulation {
  try {
    if (deeplyFrozen(reg)) return reg;
    return structuredClone(reg);
  } catch {
    return fail('INVALID_REGULATION', {
      en: `"${id}" cannot be copied: a compiled regulation is plain data (no functions, proxies or class instances)`,
      tr: `"${id}" kopyalanamıyor: derlenmiş bir mevzuat yalnızca veridir (işlev, vekil nesne ya da sınıf örneği içermez)`,
    }, id, ['loadRegulationDir(dir)']);
  }
}

/** The regulations one family of queries answers from. */
export class Corpus {
  /** Every id, in the order given. */
  readonly ids: readonly string[];
  readonly #slots = new Map<string, Slot>();
  #names: Map<string, string[]> | undefined;
  #repealedBy: Map<string, string[]> | undefined;

  constructor(sources: readonly RegulationSource[]) {
    for (const s of sources) {
      const id = readProperty(s, 'id', 'a regulation entry');
      if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail('INVALID_REGULATION', { en: `a regulation's id must be an ASCII kebab-case slug, got ${show(id)}`, tr: `mevzuatın kimliği küçük ASCII harfler, rakamlar ve tirelerden oluşmalı (ör. ornekkoy-yazi-isleri), verilen: ${show(id)}` }, id, ['{ id, aliases, load }', 'loadRegulationDir(dir)']);
      if (this.#slots.has(id)) {
        // the reason travels with the error (text and --json): which id, and what to do
        throw new MevzuatError('INVALID_REGULATION', { en: `two regulations have the id "${id}"`, tr: `iki mevzuatın kimliği aynı: "${id}"` }, {
          input: id, suggestions: [],
          problems: [{
            file: 'regulation.yaml', path: 'id', value: id, severity: 'error',
            message: `Aynı kimlikte iki mevzuat var: "${id}". Her mevzuatın kimliği tekil olmalı; yerleşik mevzuatların kimlikleri de kullanılamaz.`,
            suggestion: 'Klasörlerden birini başka bir kimlikle adlandırın (klasörün adı ile regulation.yaml id alanı aynı olmalı) ya da aynı klasörü iki kez vermeyin.',
          }],
        });
      }
      const load = readProperty(s, 'load', 'a regulation entry');
      if (typeof load === 'function') {
        const strings = (v: unknown, what: string): readonly string[] => {
          if (v === undefined) return [];
          if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) fail('INVALID_REGULATION', { en: `"${id}": ${what} must be a list of strings`, tr: `"${id}": ${what} bir metin listesi olmalı` }, id);
          return Object.freeze([...(v as string[])]);
        };
        const keys = readProperty(s, 'keys', 'a regulation entry');
        // only the package's own entries (the build's, the folder cache's) carry a prebuilt index
        let prebuilt: unknown;
        let prebuiltDuties: unknown;
        try { prebuilt = (s as { [PREBUILT_SEARCH]?: unknown })[PREBUILT_SEARCH]; } catch { /* a hostile proxy: no index */ }
        try { prebuiltDuties = (s as { [PREBUILT_DUTIES]?: unknown })[PREBUILT_DUTIES]; } catch { /* none */ }
        this.#slots.set(id, {
          ...(typeof prebuilt === 'function' && { prebuilt: prebuilt as () => unknown }),
          ...(typeof prebuiltDuties === 'function' && { prebuiltDuties: prebuiltDuties as () => unknown }),
          id, aliases: strings(readProperty(s, 'aliases', 'a regulation entry'), 'aliases'),
          ...(keys !== undefined && { keys: strings(keys, 'keys') }),
          repeals: strings(readProperty(s, 'repeals', 'a regulation entry'), 'repeals'),
          load: () => (load as () => Regulation).call(s),
        });
      } else {
        const reg = checkShape(s, id);
        const aliases = Object.freeze(reg.aliases.filter((a): a is string => typeof a === 'string'));
        const repeals = Object.freeze(reg.repeals.flatMap((r) => (r && typeof r === 'object' && typeof r.regulation === 'string' ? [r.regulation] : [])));
        this.#slots.set(id, { id, aliases, repeals, load: () => reg, given: reg });
      }
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
    if (ids && ids.length > 1) fail('AMBIGUOUS', { en: `"${show(ref)}" names ${ids.length} regulations: ${ids.join(', ')}`, tr: `"${show(ref)}" ${ids.length} mevzuatın adı: ${ids.join(', ')}` }, ref, ids);
    const near = nearest(key, [...names].map(([k, v]): [string, string] => [k, v[0]!]), 4);
    return fail('UNKNOWN_REGULATION', { en: `no encoded regulation is called "${show(ref)}"`, tr: `"${show(ref)}" adında kodlanmış bir mevzuat yok` }, ref, near.length ? near : this.ids.slice(0, 8));
  }

  /** The compiled, deeply frozen regulation, loaded on first use. */
  regulation(ref: unknown): Regulation {
    const slot = this.#slots.get(this.resolve(ref))!;
    // frozen when first handed out: the queries only read it, and freezing the whole text costs a first query
    return (slot.reg ??= deepFreeze(this.#raw(slot)));
  }

  /** The lookup index of a regulation, built on its first query. */
  index(ref: unknown): Index {
    const slot = this.#slots.get(this.resolve(ref))!;
    return (slot.index ??= buildIndex(this.#raw(slot)));
  }

  /**
   * The search index of a regulation: the prebuilt one its entry carries (checked, and rebuilt if
   * it is not one), or built from the regulation on its first search. A prebuilt index is read
   * without loading the regulation.
   */
  searchIndex(id: string): SearchIndex {
    const slot = this.#slots.get(this.resolve(id))!;
    if (slot.search) return slot.search;
    if (slot.prebuilt) {
      let pre: unknown;
      try { pre = slot.prebuilt(); } catch { /* unreadable: rebuilt below */ }
      slot.prebuilt = undefined;
      const index = pre && typeof pre === 'object' && checkedIndexes.has(pre as SearchIndex) ? (pre as SearchIndex) : expandSearchIndex(pre);
      if (index) return (slot.search = index);
    }
    return (slot.search = buildSearchIndex(this.#raw(slot)));
  }

  /**
   * Duty `dutyId` of a regulation as the search answers it, from the duties its entry carries
   * prebuilt (the folder cache's), while the regulation itself is not loaded; undefined when there
   * are none, the regulation is loaded already (its own index answers then, so every query hands
   * out the same objects), or this one is missing or not the shape of a duty. @internal
   */
  prebuiltDuty(id: string, dutyId: string): Duty | undefined {
    const slot = this.#slots.get(this.resolve(id))!;
    if (slot.index || slot.raw) return undefined;
    if (!slot.duties && slot.prebuiltDuties) {
      let list: unknown;
      try { list = slot.prebuiltDuties(); } catch { /* unreadable: the regulation answers */ }
      slot.prebuiltDuties = undefined;
      const m = new Map<string, unknown>();
      if (Array.isArray(list)) {
        for (const d of list) if (d && typeof d === 'object' && typeof (d as { id?: unknown }).id === 'string') m.set((d as { id: string }).id, d);
      } else if (typeof list === 'function') {
        // or a lookup by id (the Node catalog's, which reads a duty's line when asked)
        slot.dutyLookup = list as (id: string) => unknown;
      }
      slot.duties = m;
    }
    let stored = slot.duties?.get(dutyId);
    if (stored === undefined && slot.dutyLookup) {
      try { stored = slot.dutyLookup(dutyId); } catch { /* unreadable: the regulation answers */ }
    }
    if (stored === undefined || stored === null) return undefined;
    // turned into the answer on first use only (a search reads few of a regulation's duties), and kept so
    const d = answeredDuty(stored);
    if (d !== stored) slot.duties!.set(dutyId, d);
    return isDuty(d, slot.id, dutyId) ? d : undefined;
  }

  /** Drops a prebuilt search index found not to fit its regulation (a duty it names is missing): the next search rebuilds it. @internal */
  distrustSearchIndex(id: string): void {
    const slot = this.#slots.get(this.resolve(id))!;
    slot.search = buildSearchIndex(this.#raw(slot));
  }

  /**
   * The regulation as loaded and checked, not yet frozen (internal: never handed out). A load
   * that fails is not retried: its error is thrown again on every later query.
   */
  #raw(slot: Slot): Regulation {
    if (slot.raw) return slot.raw;
    if (slot.failed !== undefined) throw slot.failed;
    try {
      slot.raw = this.#load(slot);
    } catch (e) {
      slot.failed = e;
      throw e;
    }
    return slot.raw;
  }

  #load(slot: Slot): Regulation {
    if (slot.given) return ownCopy(slot.given, slot.id);
    let loaded: unknown;
    try {
      loaded = slot.load();
    } catch (e) {
      if (isMevzuatError(e)) throw e;
      let message: unknown;
      try { message = e instanceof Error ? e.message : undefined; } catch { /* a throwing getter */ }
      const why = typeof message === 'string' ? show(message) : typeof e;
      fail('INVALID_REGULATION', { en: `loading "${slot.id}" failed: ${why}`, tr: `"${slot.id}" yüklenemedi: ${why}` }, slot.id);
    }
    const reg = checkShape(loaded, slot.id);
    if (reg.id !== slot.id) fail('INVALID_REGULATION', { en: `the regulation loaded for "${slot.id}" has the id ${show(reg.id)}`, tr: `"${slot.id}" için yüklenen mevzuatın kimliği ${show(reg.id)}` }, slot.id);
    return reg;
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
