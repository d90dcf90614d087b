/**
 * Units and posts: the lists of the Teşkilat / Personel yapısı article ("a) Müdür, b) Şef …",
 * "a) Temizlik İşleri Şefliği"), and the same article's one-sentence form ("Müdürlük; Müdür, Şef,
 * Memurlar … oluşur", "… İdari Teşkilatı Müdür, Büro İşleri Birimi, Kültürel Etkinlikler Birimi …").
 * Then the drafted organisation, every actor the drafting met, in the schema's shape.
 */
import { fold } from '../../fold.js';
import type { OrganisationInput } from '../../schema/organisation.js';
import { type DraftActor, headKind } from './actors.js';
import type { Drafting } from './draft.js';

const STRUCTURE = /\b(teskilat|personel yapisi|kadro|organizasyon yapisi|kurulus ve personel|personel ve teskilat|personel$)/;
/** Words a list entry of posts may be ("Memur", "İşçi", "Büro personeli"), beside names with a head word. */
const PLAIN_POSTS = /^(mudur|sef|sefler|memur|memurlar|isci|isciler|isci personel|personel|buro personeli|sozlesmeli (memur|memurlar|personel)|diger personel(ler)?|hizmetli|sofor|teknik personel|kadrolu isci|gecici isci)$/;

/** Drafts the units and posts the structure articles list. */
export function draftStructure(d: Drafting): void {
  const { doc, book } = d;
  for (const a of doc.articles) {
    const f = doc.foldedCaption(a);
    const own = fold(doc.nodes.get(a.id)?.text ?? doc.byId.get(a.id)?.text.split('\n')[0] ?? '');
    if (!STRUCTURE.test(f) && !/teskilat yapisi|personel yapisi/.test(own)) continue;
    if (/\b(gorev|yetki)/.test(f)) continue;
    for (const p of doc.leavesUnder(a.id)) {
      if (p.kind !== 'point' && p.kind !== 'item') {
        // "… İdari Teşkilatı Müdür, Büro İşleri Birimi, Kültürel Etkinlikler Birimi, …"
        const m = /(?:teşkilatı|teşkilat yapısı|personel yapısı)[;:,]?\s+(.{3,600}?)(?:\s+(?:oluşur|bulunur|meydana gelir)|\s*\.?$)/iu.exec(p.text);
        if (!m) continue;
        for (const part of m[1]!.split(/\s*,\s*|\s+ve\s+(?=\p{Lu})/u)) entry(d, part, p.id);
        continue;
      }
      entry(d, p.text.replace(/^\S{1,4}[).\-–]\s*/u, ''), p.id);
    }
  }
  void book;
}

function entry(d: Drafting, raw: string, at: string): void {
  const text = raw.replace(/\([^()]{0,60}\)/g, '').replace(/[\s,.;:]+$/u, '').replace(/\s+/g, ' ').trim();
  if (!text || text.split(' ').length > 8) return;
  const f = fold(text);
  if (PLAIN_POSTS.test(f) || headKind(text)) {
    const a = d.book.ensure(text, at, text);
    if (a) d.book.cite(a, at);
    else d.todo(at, `Teşkilat listesindeki ad okunamadı: "${text}"`);
  }
}

/** The organisation drafted: every actor met, in the schema's shape, each pending review. */
export function organisationOf(d: Drafting): OrganisationInput {
  const out: OrganisationInput = { units: [], posts: [], offices: [] };
  // an actor the text names nowhere is cited to its first article; a text with no article has nothing
  // to cite, so such an actor is not drafted (never cited to a provision the text does not have)
  const first = d.doc.articles[0]?.id;
  const cites = (a: DraftActor) => (a.cites.length ? a.cites : first ? [first] : []);
  for (const a of d.book.actors) {
    if (!cites(a).length) continue;
    const base = {
      id: a.id, name: a.name, ...(a.aliases.length ? { aliases: [...new Set(a.aliases)] } : {}), cites: [...new Set(cites(a))],
      review: 'pending' as const, ...(a.readFrom && d.doc.byId.get(cites(a)[0]!)?.text.includes(a.readFrom) ? { readFrom: a.readFrom } : {}),
    };
    if (a.kind === 'unit') out.units.push({ ...base, kind: a.unitKind ?? 'birim', ...(a.parent ? { parent: a.parent } : {}) });
    else if (a.kind === 'post') out.posts.push({ ...base, ...(a.unit ? { unit: a.unit } : {}), ...(a.heads ? { heads: true } : {}), ...(a.generic ? { generic: true } : {}) });
    else out.offices.push(base);
  }
  return out;
}
