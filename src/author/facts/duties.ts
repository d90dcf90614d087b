/**
 * Duties: one duty per leaf provision of a duty list, the holder being the actor the article's
 * caption, its chapeau, or a caption line above the list names ("Müdürün görev, yetki ve
 * sorumlulukları", "MADDE 10- (1) Müdürlük Kalemi görev, yetki ve sorumlulukları şunlardır", an
 * ALL-CAPS post heading above "Görev, yetki ve sorumlulukları şunlardır", "1-) Büro İşleri Birim
 * Sorumlusu" above "I. Görev ve Sorumlulukları:").
 */
import { fold } from '../../fold.js';
import type { Provision, TextNode } from '../../schema/text.js';
import { type DraftActor, allCaps, clean, headKind, nominative } from './actors.js';
import type { Drafting } from './draft.js';
import { topicsOf } from './topics.js';
import { parseList, trailingList } from './phrases.js';
import { excerpt, lite } from './text.js';

/** Words of the duty formula ("görev, yetki ve sorumlulukları", "görevleri", "nitelikleri"). */
const FORMULA = new Set(['gorev', 'gorevi', 'gorevleri', 'gorevler', 'yetki', 'yetkisi', 'yetkileri', 'yetkiler', 've', 'ile', 'sorumluluk', 'sorumlulugu', 'sorumluluklari', 'sorumluluklar', 'nitelikleri', 'nitelik',
  // as texts misspell them ("görevi yetki ve sorumlukları şunlardır")
  'sorumluklari', 'sorumluk']);
const FORMULA_HEADS = new Set(['gorev', 'gorevi', 'gorevleri', 'gorevler', 'yetki', 'yetkisi', 'yetkileri', 'yetkiler', 'sorumluluk', 'sorumlulugu', 'sorumluluklari', 'sorumluluklar']);
/** Words that may close the formula ("şunlardır", "aşağıdaki gibidir", "aşağıdaki şekilde sıralanmıştır"). */
const TAIL = new Set(['sunlardir', 'asagidaki', 'gibidir', 'sekilde', 'siralanmistir', 'asagida', 'belirtilmistir', 'gosterilmistir', 'belirtilen', 'sekildedir', 'sunlar', 'soyledir', 'vekalet']);
/** Articles whose caption says they are not a duty list, whatever words they use. */
const NOT_DUTIES = /\b(amac|kapsam|dayanak|dayanaklar|tanimlar|yururluk|yurutme|baglilik|teskilat|kurulus|ilkeler|planlanmasi|yurutulmesi|alinmasi|kaldirilan|kaldirma|bulunmayan|almayan|aranan|nitelikler)\b/;
/** Captions of a part of a list that holds no duties (what a post requires of its holder). */
const NOT_DUTY_PART = /\b(aranan (ozellikler|nitelikler)|kadro icin aranan|nitelikleri?|ozellikleri?)\s*$/;

/** A caption line, read: who it names (verbatim phrase) and whether it opens a duty list. */
type Caption = { holder?: string; ambiguous?: boolean; duties: boolean; skip?: boolean; bare?: boolean };

/** The line without list markers ("1-)", "I.", "IV. I-", "a)") and end punctuation. */
function stripMarkers(line: string): string {
  let s = line.trim();
  for (let k = 0; k < 3; k++) s = s.replace(/^(?:[IVX]{1,5}\s*[.)\-–]|\d{1,3}\s*[-–.)]{1,3}|\p{Ll}\s?[.)\-–])\s*/u, '');
  return s.replace(/[\s:;,.]+$/u, '').trim();
}

/**
 * Reads a caption: "Müdürün görev, yetki ve sorumlulukları", "Yazı İşleri Şefliğinin Görev, Yetki
 * ve Sorumluluğu", "Görev, yetki ve sorumlulukları şunlardır" (no holder), "Büro İşleri Birim
 * Sorumlusu" (a bare name), "III. Bu Kadro İçin Aranan Özellikler:" (no duties).
 */
export function readCaption(line: string): Caption | undefined {
  const s = stripMarkers(line);
  if (!s || s.length > 160) return undefined;
  const f = fold(s);
  if (NOT_DUTY_PART.test(f) && !/gorev/.test(f)) return { duties: false, skip: true };
  const raw = s.split(/\s+/);
  const words = raw.map(fold);
  const first = words.findIndex((w) => FORMULA_HEADS.has(w));
  if (first >= 0) {
    const rest = words.slice(first).flatMap((w) => w.split(' '));
    if (!rest.every((w) => FORMULA.has(w) || TAIL.has(w))) return undefined;
    if (first === 0) return { duties: true };
    const holder = raw.slice(0, first).join(' ');
    return { holder, duties: true, ...(ambiguous(holder) ? { ambiguous: true } : {}) };
  }
  // a bare name of a post or unit, printed as a caption
  if (words.length <= 8 && !/[.;]/.test(s) && headKind(clean(s))) return { holder: s, duties: true, bare: true, ...(ambiguous(s) ? { ambiguous: true } : {}) };
  return undefined;
}

/** A holder phrase that names more than one actor ("Memurlar, Sözleşmeli Memurlar…", "Müdür ve Şef"). */
function ambiguous(phrase: string): boolean {
  const p = clean(phrase);
  if (/,/.test(p)) return true;
  const parts = p.split(/\s+(?:ve|veya|ile)\s+/u);
  return parts.length > 1 && parts.slice(0, -1).some((x) => headKind(nominative(x)) !== undefined || headKind(x) !== undefined);
}

/** Drafts the duties of every duty list of the text. */
export function draftDuties(d: Drafting): void {
  for (const a of d.doc.articles) draftArticle(d, a);
}

function draftArticle(d: Drafting, a: TextNode): void {
  const { doc } = d;
  const folded = doc.foldedCaption(a);
  if (NOT_DUTIES.test(folded) && !/\bgorev/.test(folded)) return;
  let holder: DraftActor | undefined;
  let active = false;
  let skip = false;
  /** Applies a caption: a bare name sets the holder; a formula opens a list (naming its holder, or keeping the one above). */
  const apply = (c: Caption, text: string, at: string) => {
    if (c.skip) { skip = true; return; }
    if (c.ambiguous) {
      // "Şube Müdürü’nün … görevlerinin yanında, Müdürlüğün yetki ve sorumlulukları şunlardır": the list is the
      // Müdürlük's, the unit the article's caption already named
      const last = c.holder?.split(',').pop()?.trim() ?? '';
      if (holder?.kind === 'unit' && holder !== d.book.org && /^(mudurluk|mudurlugu|birim|birimi|sube mudurlugu)$/.test(fold(nominative(last)))) { active = true; skip = false; return; }
      holder = undefined; active = c.duties; skip = false; d.todo(at, `Görevlerin sahibi birden çok olabilir: "${stripMarkers(text)}"`); return;
    }
    if (c.holder) {
      const h = holderOf(d, c.holder, at);
      if (c.bare) { if (h) holder = h; return; }
      holder = h;
      if (!h) d.todo(at, `Görevlerin sahibi okunamadı: "${c.holder}"`);
    }
    active = true;
    skip = false;
  };
  // the article's own caption: a bare name there ("STRATEJİ GELİŞTİRME VE KALİTE YÖNETİM TEMSİLCİSİ",
  // "Müze Şefliği") heads the list the article holds
  for (const text of [a.heading, a.title]) {
    const c = text ? readCaption(text) : undefined;
    if (!c || !text) continue;
    apply(c, text, a.id);
    if (c.bare && holder && !c.ambiguous) { active = true; skip = false; }
  }
  const list = doc.under(a.id);
  list.forEach((p, i) => {
    const line = p.id === a.id ? (doc.nodes.get(a.id)?.text ?? '') : doc.own(p);
    const c = line ? readCaption(line) : undefined;
    // a section's heading names the holder of what it holds, or nobody: the holder above does not carry into it
    if (p.kind === 'section') {
      if (c && !c.skip && c.holder && !c.ambiguous) { holder = holderOf(d, c.holder, p.id); if (!holder) d.todo(p.id, `Görevlerin sahibi okunamadı: "${c.holder}"`); active = true; skip = false; }
      else if (c?.skip) skip = true;
      else { holder = undefined; active = true; skip = false; if (c?.ambiguous) d.todo(p.id, `Görevlerin sahibi birden çok olabilir: "${line}"`); }
      return;
    }
    // "Kurul Müdürü Başkan adına aşağıdaki görevleri yapar.": a chapeau naming a known actor heads the list below it
    const named = !c && line && !p.leaf ? chapeau(d, line) : undefined;
    if (named) { holder = named; d.book.cite(named, p.id); active = true; skip = false; return; }
    if (c) {
      // a bare name on a line of its own heads what follows only when a duty formula follows it
      // ("1-) Büro İşleri Birim Sorumlusu" / "I. Görev ve Sorumlulukları:"); a run of names is a list of names
      if (c.bare && p.leaf && p.id !== a.id) {
        const next = list[i + 1];
        const nc = next ? readCaption(doc.own(next)) : undefined;
        if (!(nc && nc.duties && !nc.holder && !nc.bare)) { if (active && !skip) d.todo(p.id, `Görev değil, bir ad: "${line}"`); return; }
      }
      apply(c, line, p.id);
      return;
    }
    if (!p.leaf || !active || skip || !p.text.trim()) return;
    // a name without a verb ("Karşılama", "Santral") in a list of duties is not a duty
    if (p.text.trim().split(/\s+/).length <= 2 && !/[.,;:]$/.test(p.text.trim())) { d.todo(p.id, `Görev değil, bir ad: "${p.text.trim()}"`); return; }
    if (!holder) { d.todo(p.id, 'Görevin sahibi okunamadı'); return; }
    // "Direkt olarak Müdür'e bağlıdır.", "Başkan tarafından atanır.", "… oluşur.": a statement about the
    // holder, not a duty of it; the holder stays known to the readers of lines and deputies
    const statement = notADuty(d, p.text);
    if (statement) {
      d.holders.set(p.id, holder);
      if (statement !== 'reporting' && statement !== 'deputising') d.todo(p.id, `Görev değil, ${statement === 'composition' ? 'bir kuruluş' : 'bir atama'} hükmü: "${excerpt(p.text)}"`);
      return;
    }
    addDuty(d, holder, p);
  });
}

/** The relation's words a whole statement ends with, on `lite()` text. */
const STATEMENT_ENDS: [RegExp, 'reporting' | 'deputising' | 'appointment' | 'composition'][] = [
  [/^(?<list>.+?)\s+(?:bagli(?:dir|dirlar)|bagli olarak calisir(?:lar)?|karsi sorumlu(?:dur|durlar))$/, 'reporting'],
  [/^(?<list>.+?)\s+(?:tarafindan|onayi ile|onayiyla) (?:atanir(?:lar)?|gorevlendirilir(?:ler)?)$/, 'appointment'],
  [/\bvekalet (?:eder|ederler)$|\bvekaleten (?:yurutulur|yurutur|yerine getirilir|yerine getirir)$/, 'deputising'],
  [/(?:den|dan|ten|tan) olus(?:ur|urlar|maktadir)$/, 'composition'],
];
/** Adverbs a statement may open with ("Direkt olarak", "Doğrudan"), on `lite()` text. */
const OPENING_ADVERB = /^(?:(?:direk|direkt|dogrudan)(?: olarak)?\s+)/;

/**
 * What a leaf of a duty list says instead of a duty, when the whole of it is one statement: the
 * holder's line to actors the book knows ("Direkt olarak Müdür'e bağlıdır", "Müdüre karşı
 * sorumludur"), who appoints it ("Belediye Başkanı tarafından atanır"), who acts for whom ("…
 * vekalet eder"), or what a unit is made of ("… personelinden oluşur"). Nothing for a duty, however
 * it mentions those words ("… görevlerin yerine getirilmesinden Müdüre karşı sorumludur", "Müdüre
 * vekalet etmek").
 */
function notADuty(d: Drafting, text: string): 'reporting' | 'deputising' | 'appointment' | 'composition' | undefined {
  const body = text.replace(/^\S{1,4}[-.)]\s*/u, '').trim();
  // one sentence only
  if (/[.;:!?]\s+\S/u.test(body)) return undefined;
  const l = lite(body).replace(/[.\s]+$/u, '').replace(OPENING_ADVERB, '');
  for (const [re, kind] of STATEMENT_ENDS) {
    const m = re.exec(l);
    if (!m) continue;
    if (kind === 'deputising' || kind === 'composition') return kind;
    // the words before are a list of known actors and nothing else
    const list = body.replace(/^(?:(?:direk|direkt|doğrudan)(?: olarak)?\s+)/iu, '').slice(0, m.groups!.list!.length);
    return parseList(d.book, list) ? kind : undefined;
  }
  return undefined;
}

/**
 * The holder a chapeau names: "<actor> [<actor> adına] aşağıdaki görevleri yapar/yürütür", the
 * actor in the nominative and known to the book; nothing for any other words before "aşağıdaki"
 * ("Teftiş Kurulu, Başkanın onayı üzerine Başkan adına …" is left to the caption above it).
 */
function chapeau(d: Drafting, line: string): DraftActor | undefined {
  const m = /^(.{2,120}?)\s+aşağıdaki\s+görevleri\s+(?:yapar|yürütür|yerine getirir)$/iu.exec(stripMarkers(line));
  if (!m) return undefined;
  // "Şef, Müdüre karşı sorumlu olarak aşağıdaki görevleri yapar": the line the chapeau states (read by
  // the reporting lines) stands between the holder and "aşağıdaki"
  const stated = /^(.+?)\s+(?:karşı sorumlu olarak|bağlı olarak)$/iu.exec(m[1]!);
  const target = stated ? trailingList(d.book, stated[1]!) : undefined;
  const subject = target && target.rest.trim() ? target.rest.trim().replace(/,$/u, '').trim() : m[1]!;
  if (/[,;:()]/.test(subject)) return undefined;
  const words = subject.split(/\s+/);
  const nominative = (ws: string[]) => {
    const a = ws.length ? d.book.resolve(ws.join(' ')) : undefined;
    return a && d.book.lastWordsOf(a).has(fold(ws[ws.length - 1]!)) ? a : undefined;
  };
  if (fold(words[words.length - 1]!) !== 'adina') return nominative(words);
  // "… Başkan adına", "… Belediye Başkanı adına": the one on whose behalf, then the holder before it
  for (const n of [2, 1]) {
    const behalf = words.slice(-(n + 1), -1);
    const holder = behalf.length === n && d.book.resolve(behalf.join(' ')) ? nominative(words.slice(0, -(n + 1))) : undefined;
    if (holder) return holder;
  }
  return undefined;
}

/** The actor a holder phrase names ("Müdürün" → Müdür; "Temizlik İşleri Şefinin" → a new post). */
function holderOf(d: Drafting, phrase: string, at: string): DraftActor | undefined {
  const p = clean(stripMarkers(phrase));
  const nom = nominative(p);
  const known = d.book.resolve(nom) ?? d.book.resolve(p);
  if (known) { d.book.cite(known, at); return known; }
  const verbatim = d.doc.byId.get(at)?.text.includes(nom) ? nom : undefined;
  return d.book.ensure(nom, at, verbatim);
}

function addDuty(d: Drafting, holder: DraftActor, p: Provision): void {
  const text = p.text.replace(/^\S{1,4}[-.)]\s*/u, '');
  const topics = topicsOf(text, d.book);
  d.duties.push({
    id: d.id(`${holder.id} ${text}`, 7),
    holder: holder.id,
    cites: [p.id],
    topics,
    review: 'pending',
    readFrom: excerpt(p.text),
  });
  d.holders.set(p.id, holder);
}
