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
import { fold, slugify } from '../../fold.js';
import { ActorBook, allCaps, titleCase } from './actors.js';
import { draftCorrespondence } from './correspondence.js';
import { draftDefinitions } from './definitions.js';
import { draftDeputies } from './deputies.js';
import { Drafting } from './draft.js';
import { draftDuties } from './duties.js';
import { draftEntryIntoForce, draftExecutor, draftFallback, draftLegalBasis, draftRepeals } from './meta.js';
import { draftStructure, organisationOf } from './organisation.js';
import { draftReporting } from './reporting.js';
import { draftRouting } from './routing.js';
import { Doc } from './text.js';

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
 * Drafts the facts of a regulation from its text. The definitions are read first (they give the
 * actors their short names), then the structure articles, the duty lists (whose holders the rules
 * read from those lists take as their subject), the rules and the regulation-level facts.
 *
 * @param context - The id, the compiled text and the governed unit.
 * @returns Drafted facts, each citing its provision and marked `review: 'pending'`.
 * @example
 * const text = compileText(parseRegulationText(raw).nodes);
 * const drafted = draftFacts({ id: 'ornekkoy', text, organisation: { id: 'yazi-isleri-mudurlugu', name: 'Yazı İşleri Müdürlüğü', kind: 'mudurluk' } });
 * drafted.meta.executor  //=> { actor: 'belediye-baskani', cites: ['art_18'], review: 'pending', readFrom: 'Bu yönetmelik hükümleri Gebze Belediye Başkanı tarafından yürütülür' }
 */
export function draftFacts(context: DraftContext): DraftedFacts {
  const doc = new Doc(context.text);
  const org = context.organisation ?? organisationFromTitle(doc);
  const book = new ActorBook(org, placeWords(doc));
  // a text whose title names no unit: the unit its Amaç article is about is the governed unit's name
  const purpose = !context.organisation && org.name === 'Müdürlük' ? unitOfPurpose(doc) : undefined;
  if (purpose) book.alsoNamed(purpose);
  const d = new Drafting(doc, book);
  const orgCite = doc.articles[0]?.id;
  if (orgCite) book.cite(book.org, orgCite);
  draftDefinitions(d);
  draftStructure(d);
  draftDuties(d);
  draftReporting(d);
  draftDeputies(d);
  draftCorrespondence(d);
  draftRouting(d);
  draftExecutor(d);
  draftEntryIntoForce(d);
  draftLegalBasis(d);
  draftFallback(d);
  draftRepeals(d);
  return { organisation: organisationOf(d), duties: d.duties, rules: d.rules, meta: d.meta, todos: d.todos };
}

/** The governed unit as the title names it ("YAZI İŞLERİ MÜDÜRLÜĞÜ"), when the caller did not give it. */
function organisationFromTitle(doc: Doc): { id: string; name: string; kind: string } {
  const line = [...doc.titles].reverse().find((t) => /mudurlugu|daire baskanligi/.test(fold(t)));
  const m = line ? /^(.*?(?:MÜDÜRLÜĞÜ|Müdürlüğü|BAŞKANLIĞI|Başkanlığı))/u.exec(line.replace(/^.*?BELEDİYE(?:Sİ)?\s+BAŞKANLIĞI\s*/u, '')) : null;
  const name = m ? (allCaps(m[1]!) ? titleCase(m[1]!) : m[1]!) : 'Müdürlük';
  const f = fold(name);
  return { id: slugify(name) || 'mudurluk', name, kind: /sube/.test(f) ? 'sube-mudurlugu' : /daire baskanligi/.test(f) ? 'daire-baskanligi' : 'mudurluk' };
}

/**
 * The unit the first article's purpose sentence is about ("Bu Yönetmeliğin amacı; Sivil Toplum
 * Kuruluşları İle İlişkiler Dairesi Başkanlığı’nın, teşkilat yapısını …"), in the nominative; nothing
 * when the sentence names none, or names it only as a part of the municipality's name.
 */
function unitOfPurpose(doc: Doc): string | undefined {
  const first = doc.articles[0];
  const p = first ? doc.leavesUnder(first.id)[0] : undefined;
  if (!p) return undefined;
  const m = /^Bu\s+(?:Yönetmeli[ğg]in|Yönergenin)\s+amac[ıi]\s*[;,:]?\s+(?:\S+\s+(?:Büyükşehir\s+)?Belediye(?:si|\s+Başkanlığı)\s+)?((?:\p{Lu}[\p{L}’']*\s+|(?:ve|ile|İle)\s+){1,10}(?:Müdürlüğü|Başkanlığı))['’]?n[ıiuü]n\b/u.exec(p.text);
  if (!m) return undefined;
  const name = m[1]!.replace(/\s+/g, ' ').trim();
  const f = fold(name);
  return /\b(?:daire(?:si)? baskanligi|mudurlugu)$/.test(f) && !/^belediye/.test(f) ? name : undefined;
}

/** The municipality's own name as the title lines write it before "Belediye" ("GEBZE BELEDİYESİ" → gebze). */
function placeWords(doc: Doc): string[] {
  const out = new Set<string>();
  for (const t of doc.titles) {
    const m = /^(.*?)\s*(?:BÜYÜKŞEHİR\s+)?BELEDİYE/iu.exec(t.toLocaleUpperCase('tr-TR'));
    if (m?.[1]) for (const w of m[1].split(/\s+/)) if (w && fold(w) !== 't c') out.add(fold(w));
  }
  return [...out].filter((w) => w.length > 1 && w !== 't');
}
