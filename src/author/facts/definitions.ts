/**
 * Definitions: the terms of the Tanımlar article ("a) Müdürlük : Gebze Belediyesi Yazı İşleri
 * Müdürlüğünü"), each term's meaning verbatim without the list's closing verb ("ifade eder"), and
 * the actor a term denotes where its meaning names one; the term then becomes that actor's alias.
 */
import { fold } from '../../fold.js';
import type { DefinitionInput } from '../../schema/facts.js';
import { clean, headKind } from './actors.js';
import type { Drafting } from './draft.js';

/** The folded words a meaning ends with that belong to the list, not to the term. */
const CLOSING = /\s*(?:,?\s*(?:ifade\s+eder|anlatır|tanımlar|belirtir|kapsar))[.,;]*\s*$/u;

/** Drafts the definitions of the Tanımlar article. */
export function draftDefinitions(d: Drafting): void {
  const art = d.doc.articleWhere((f) => /\btanimlar\b/.test(f)) ?? d.doc.articles.find((a) => /^tanimlar\b/.test(fold(d.doc.nodes.get(a.id)?.title ?? '')));
  if (!art) return;
  for (const p of d.doc.leavesUnder(art.id)) {
    const m = /^(?:\S{1,4}[).\-–]\s*)?([^:]{1,80}?)\s*:\s*(.+)$/u.exec(p.text);
    if (!m) continue;
    const term = m[1]!.replace(/\s+/g, ' ').trim();
    const meaning = m[2]!.replace(CLOSING, '').replace(/[\s,.;]+$/u, '');
    if (!meaning || !p.text.includes(meaning) || !/\p{L}/u.test(term)) continue;
    if (term.split(' ').length > 8) continue;
    const def: DefinitionInput = { id: d.id(`tanim ${term}`), term, meaning, cites: [p.id], review: 'pending', readFrom: p.text.slice(p.text.indexOf(term), p.text.indexOf(meaning) + meaning.length) };
    // the actor the term denotes: the meaning in the accusative names it ("Temizlik İşleri Müdürünü")
    // a term that names a post or a unit by its head word ("Şube Müdürü", "İdari İşler Şefliği") is an actor of the text
    const actor = denoted(d, term, meaning) ?? (headKind(term) ? d.book.ensure(term, p.id, term) : undefined) ?? ownBody(d, term, meaning);
    if (actor) {
      def.actor = actor.id;
      d.book.alias(actor, term);
      d.book.cite(actor, p.id);
    }
    d.rules.definitions.push(def);
  }
}

/**
 * "Kurul: Gebze Belediyesi Teftiş Kurulunu" in a regulation of the Teftiş Kurulu Müdürlüğü: the
 * term is defined as the body the governed unit is named after, so it (and the body's name) names
 * the governed unit. Only a term that names no other known actor.
 */
function ownBody(d: Drafting, term: string, meaning: string) {
  const m = clean(meaning);
  if (m.split(/\s+/).length > 8 || !d.book.namesOrgBody(m) || d.book.resolve(clean(term))) return undefined;
  d.book.alias(d.book.org, d.book.orgBody()!);
  return d.book.org;
}

function denoted(d: Drafting, term: string, meaning: string) {
  const byTerm = d.book.resolve(clean(term));
  // the meaning names the actor in the accusative ("Temizlik İşleri Müdürünü"): the resolver reads the case
  const m = clean(meaning);
  const byMeaning = m.split(/\s+/).length <= 8 ? d.book.resolve(m) : undefined;
  if (byTerm && byMeaning && byTerm !== byMeaning) return undefined;
  return byTerm ?? byMeaning;
}
