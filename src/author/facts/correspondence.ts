/**
 * Correspondence rules: "Müdürlükler arası yazışmalar Müdürün imzası ile yürütülür" (or "… Müdür
 * tarafından imzalanır"); "… Valilik ve tüm Kamu Kurum ve Kuruluşları ile özel ve tüzel kişilerle
 * yapacağı önemli yazışmalarını, sorumlu personel, Şef ve Müdürün parafı ile Belediye Başkanı
 * ve/veya ilgili Başkan Yardımcısı imzası ile yürütülür"; "… Müdür parafı ve Belediye Başkanının
 * veya yetki verdiği Başkan Yardımcısının imzası ile yürütülür"; "… imza yetkisi Müdüre aittir";
 * "Müdür, … yazışmaları imzalamaya yetkilidir". A list item may give only the paraf and signature of
 * the correspondence its lead-in names, and "Bu yazışmalar …" those of the sentence before. A rule is
 * drafted only when its recipients are named and every paraf holder and signer names a known actor;
 * a negated one ("… yetkili değildir") is not.
 *
 * In a duty list, a duty to do the unit's correspondence as a whole ("Müdürlüğün bütün resmi
 * yazışmalarını yapmak", "her türlü iç/dış yazışmaları yapmak", "Birime ait kurum içi ve kurum dışı
 * yazışmaları takip etmek ve yürütmek", "Müdürlük personelince hazırlanan yazışmalarla ilgili iş ve
 * işlemleri yürütmek") makes its holder responsible for that correspondence: a rule with no signer or
 * paraf (the text names none there), its recipients those the words name, or every class when the
 * words say all of the unit's correspondence. "… yazışmalarını imzalamak" makes the holder its signer
 * ("paraflamak veya imzalamak" says neither for certain: no signer). A duty only to follow or check
 * correspondence is not one; a duty whose words name no recipient and do not say all of it
 * ("sunumların yapılacağı yerlerin … yazışmalarını yapmak") is left as a todo: a class the text does
 * not name is never guessed. The governed unit, or the holder unit, named alone before it ("Teftiş
 * Kurulunun yazışma hizmetlerini yürütmek") says all of its correspondence. Three more duty forms:
 * answering the letters that come from those named ("… kurum ve kuruluşlardan, şahıslardan veya
 * diğer müdürlüklerden gelen … yazılara cevap vermek"),
 * taking someone's paraf on correspondence ("… diğer birimlere yazılan yazılarla …, yapılan tüm
 * yazışmalarda Müdürün onayını veya parafını almak"), and conveying replies to a class named
 * ("yanıtların vatandaşlara … ulaştırılması", "yanıtları hususunda vatandaşların bilgilendirilmesi").
 *
 * Correspondence of a kind with no counterpart named ("özellikli ve süreli yazışma işlerinin …
 * sonuçlandırmasını sağlamak") is every class, its words the scope. Three more duty forms, each with
 * a class the words name, the holder responsible and no signer: communication with a class named as
 * the other side ("… kurum içi diğer müdürlükler ile işlemlerindeki iletişimin sağlanması"); meeting
 * Bilgi Edinme requests of a class ("… Bilgi Edinme Hakkı Kanunu kapsamında vatandaşlarımızın
 * taleplerinin yerine getirilmesi"); passing on the replies given to applications a class made
 * ("Vatandaşlar tarafından … yapılan … başvuruların …, verilen yanıtların CİMER'e iletilmesi"). And,
 * wherever they stand, prohibitions on giving information out, kept as prohibitions ("… bilgiler
 * izinsiz olarak kurum dışına verilemez": the one bound responsible, the receivers named in the
 * dative or as the next sentence's askers, the words as the scope), and who gives the information
 * askers are to get ("Bilgi alacak kişiler, bilgileri Daire Başkanı, Şube Müdürü … alırlar").
 * Coordination ("… ile diğer müdürlükler arasında koordinasyonu sağlar") is a duty, not
 * correspondence: not read here.
 */
import { fold } from '../../fold.js';
import type { CorrespondenceRuleInput, RecipientClass } from '../../schema/facts.js';
import type { Provision } from '../../schema/text.js';
import { type DraftActor, clean, headKind } from './actors.js';
import type { Drafting } from './draft.js';
import { leadingActor, type Member, parseList, trailingList } from './phrases.js';
import { cap } from './reporting.js';
import { lite, sentences } from './text.js';

/** Public bodies by name, without "kurum dışı" (which says outside, not who). */
const PUBLIC = /valili[kg]|kaymakamli[kg]|bakanli[kg]|kamu kurum|kamu kurulus|resmi kurum|buyuksehir|diger kurum|\bkurum ve kuruluslar/;
const PRIVATE = /ozel ve tuzel|ozel kisi|tuzel kisi|gercek (?:ve tuzel )?kisi|sahis|vatandas/;
const OUTSIDE = /kurum ?disi/;
const RECIPIENTS: [RecipientClass, RegExp][] = [
  ['inter-directorate', /mudurlukler ?arasi|diger mudurluk|birimler ?arasi|diger birim|kurum ?ici|belediye ici|mudurluklerle/],
  ['public-institution', new RegExp(`${PUBLIC.source}|${OUTSIDE.source}`)],
  ['private-party', new RegExp(`${PRIVATE.source}|${OUTSIDE.source}`)],
];
/** The recipient classes some words name, each once, in the order of {@link RECIPIENTS}. */
const named = (l: string): RecipientClass[] => RECIPIENTS.filter(([, re]) => re.test(l)).map(([c]) => c);
const SCOPE = /\b(?:onemli|gerekli gorulen|gerekli gorulecek|gizli|gizlilik dereceli|ozellikli|sureli|acele)\b/;
/** A negated rule or duty ("… yetkili değildir", "… yürütülmez", "… açığa vuramazlar"): read as nothing. */
const NOT = /\b(?:degil[a-z]*|[a-z]+(?:maz|mez)(?:lar|ler)?)\b/;
/** "imza yetkisi Müdüre aittir": the signer after the words of authority. */
const AUTHORITY = /\bimza yetkisi\s+([^;.,]{1,60}?)\s+ait(?:tir)?\b/d;

/** Where in `text` its first `words` words (as {@link leadingActor} counts them) end. */
function tokensLength(text: string, words: number): number {
  const re = /\S+/g;
  let end = 0;
  for (let k = 0; k < words; k++) { const m = re.exec(text); if (!m) break; end = m.index + m[0].length; }
  return end;
}

/** Drafts the correspondence rules of every provision. */
export function draftCorrespondence(d: Drafting): void {
  // a semicolon may part the recipients from the paraf and signature ("… gerekli görülen yazışmalar;
  // Müdür parafı ve … imzası ile yürütülür"): one rule is one sentence up to its full stop
  for (const p of d.doc.provisions) {
    if (!p.leaf) continue;
    // a list item may give only the paraf and signature of the correspondence its lead-in names
    // ("Müdürlüğün Valilik ile yazışmaları: a) Müdür parafı ve … imzası ile yürütülür")
    const parent = p.parent ? d.doc.byId.get(p.parent) : undefined;
    const chapeau = parent ? d.doc.own(parent) : '';
    let lead: Lead | undefined = chapeau && /:\s*$/.test(chapeau) ? { text: chapeau, l: lite(chapeau), cite: parent!.id, chapeau: true } : undefined;
    const spans = sentences(p.text, { semicolons: false });
    spans.forEach((s, i) => {
      const text = p.text.slice(s.start, s.end);
      const l = lite(text);
      const next = spans[i + 1] ? p.text.slice(spans[i + 1]!.start, spans[i + 1]!.end) : undefined;
      if (!readSigned(d, p, text, l, lead) && !readDisclosure(d, p, text, l, next) && !readAskers(d, p, text, l)) readDuty(d, p, text, l);
      // "Bu yazışmalar …": the sentence before says which
      lead = { text, l, cite: p.id, chapeau: false };
    });
  }
}

/** The words before a sentence that may name its correspondence: the sentence before, or a list's lead-in. */
type Lead = { text: string; l: string; cite: string; chapeau: boolean };

/** The correspondence a sentence speaks of: "yazışmalar", "yazılar", "yazı" (not "Yazı İşleri"). */
const LETTERS = /\b(?:yazisma[a-z]*|yazilar[a-z]*|yazi(?= )(?! isleri))/;
/** Words that point back to the correspondence just named. */
const ANAPHOR = /^\s*(?:bu|soz konusu|anilan|bu tur|bu gibi)\s+(?:yazisma|yazi)/;

/** The recipients a lead names before its own correspondence, with those words verbatim. */
function leadRecipients(lead: Lead): { classes: RecipientClass[]; text: string } | undefined {
  const y = LETTERS.exec(lead.l);
  if (!y || /\bimza(?:si|lari|siyla|larinin)\b|\bimzalan/.test(lead.l)) return undefined;
  const end = y.index + y[0].length;
  const classes = named(lead.l.slice(0, end));
  return classes.length ? { classes, text: lead.text.slice(0, end).trim() } : undefined;
}

/**
 * A rule that names its signers ("… yazışmalar … imzası ile yürütülür"): true when the sentence is
 * one (drafted, or left as a todo), false when it names no signature after its correspondence.
 */
function readSigned(d: Drafting, p: Provision, text: string, l: string, lead?: Lead): boolean {
  // "yazılar" too ("Valiliğe yazılan yazılar … imzası ile gönderilir"), but not letters that come in
  const y = LETTERS.exec(l);
  if (y && y[0].startsWith('yazi') && !y[0].startsWith('yazisma') && /\bgelen\b/.test(l.slice(0, y.index))) return false;
  // a list item naming no correspondence of its own speaks of its lead-in's
  if (!y && !lead?.chapeau) return false;
  const afterY = y ? y.index + y[0].length : 0;
  // "… imzası ile yürütülür", or in the passive "… tarafından imzalanır"
  const imza = /\bimza(?:si|lari|siyla|larinin)\b|\btarafindan imzalan(?:ir|arak|acak)\b/g;
  imza.lastIndex = afterY;
  const im = imza.exec(l);
  // "… yazışmalarda imza yetkisi Müdüre aittir"; "Müdür, … yazışmaları imzalamaya yetkilidir"
  const auth = im ? null : AUTHORITY.exec(l.slice(afterY));
  const authorised = im || auth || !y ? null : /^\s*[^,;.]*?\bimzalamaya yetkili(?:dir)?\b/.exec(l.slice(afterY));
  const who = authorised ? leadingActor(d.book, text) : undefined;
  if (!im && !auth && !who) return false;
  if (NOT.test(l)) return true;
  const paraf = /\bparaf(?:i|lari|iyla)?\b|\btarafindan (?:paraflan|parafe edil)[a-z]*/g;
  paraf.lastIndex = afterY;
  const pm = im ? paraf.exec(l) : null;
  const hasParaf = pm !== null && pm.index < im!.index;
  // the words before the correspondence, without the signer a sentence may open with
  const opening = who ? tokensLength(text, who.words) : 0;
  let recipientText = text.slice(opening, afterY).replace(/^[\s,]+/, '');
  const rl = lite(recipientText);
  let recipients = named(rl);
  if (/\bic ve dis\b/.test(rl)) recipients = RECIPIENTS.map(([c]) => c);
  const cites = [p.id];
  if (!recipients.length && lead && (!y ? lead.chapeau : ANAPHOR.test(rl))) {
    const from = leadRecipients(lead);
    if (from) {
      ({ classes: recipients, text: recipientText } = from);
      if (lead.cite !== p.id) cites.push(lead.cite);
    }
  }
  if (!y && !recipients.length) return false;
  if (!recipients.length) { d.todo(p.id, `Yazışmanın kime olduğu okunamadı: "${cap(recipientText, 120)}"`); return true; }
  const strip = (s: string) => s.replace(/^[\s;,:]+|[\s;,:]+$/g, '').replace(/^(?:ile|ve)\s+/u, '').trim();
  const parafText = hasParaf ? strip(text.slice(afterY, pm!.index)) : '';
  const signerText = im ? strip(text.slice(hasParaf ? pm!.index + pm![0].length : afterY, im.index))
    : auth ? text.slice(afterY + auth.indices![1]![0], afterY + auth.indices![1]![1]) : '';
  const parafs = hasParaf ? parseList(d.book, parafText) : [];
  const signers = who ? [{ actor: who.actor, delegation: false } as Member] : signerText ? parseList(d.book, signerText) : undefined;
  if (!parafs || !signers) { d.todo(p.id, `Yazışmanın paraf ya da imza sahipleri okunamadı: "${cap(text, 160)}"`); return true; }
  const scope = SCOPE.exec(lite(recipientText));
  const rule: CorrespondenceRuleInput = {
    id: d.id(`${recipients.join(' ')} yazismalar`, 6),
    recipients,
    recipientText: recipientText.replace(/^[\s(a-zçğıöşü)]{0,3}\)\s*/u, '').trim(),
    ...(scope ? { scope: recipientText.slice(scope.index, scope.index + scope[0].length) } : {}),
    signers: signers.map((s) => ({ actor: s.actor.id, via: s.delegation ? 'delegation' as const : 'own' as const })),
    ...(signers.length > 1 && signers[1]!.connector && /^(veya|ve|ve\/veya)$/.test(signers[1]!.connector) ? { signersJoin: signers[1]!.connector as 'veya' | 've' | 've/veya' } : {}),
    paraf: parafs.map((x) => x.actor.id),
    ...(parafs.some((x) => x.qualifier) ? { parafQualifiers: parafs.filter((x) => x.qualifier).map((x) => ({ actor: x.actor.id, qualifier: x.qualifier! })) } : {}),
    responsible: [],
    cites,
    review: 'pending',
    readFrom: cap(text),
  };
  for (const m of [...parafs, ...signers]) d.book.cite(m.actor, p.id);
  d.rules.correspondence.push(rule);
  return true;
}


/** Words before "yazışmalar" that make it the whole of the unit's correspondence. */
const WHOLE = /\b(?:mudurlu[a-z]*(?: ait| ile ilgili)?|birimin(?:e ait)?|birime ait|her turlu|butun|tum|ic ?[-/] ?dis|ic ve dis)\b/;
/** The correspondence a duty is about: "yazışmalarını", "yazışmalarla ilgili", "yazışma işlerinin", "yazışma hizmetlerini". */
const OBJECT = /\b(?:yazisma(?:lari|larini|larinin|larin|lariyla|larla)|yazisma (?:islerini|islerinin|isleri|hizmetlerini|hizmetleri))\b/;
/** The verbs of a duty, in the order met: doing it, only following or checking it, signing or initialling it. */
const VERB = /\b(?:(yapmak|yapilmasini saglamak|yurutmek|yurutulmesini saglamak|sonuclandirmak|sonuclandir(?:il)?masini saglamak)|(takip etmek|kontrol etmek|izlemek|denetlemek)|(imzalamak)|(paraflamak|parafe etmek))\b/;
/** Words of following or checking before the verb ("takibini yapmak", "kontrolünü yapmak"). */
const FOLLOW = /\b(?:takip|takib|kontrol|denetle|denetim|izle)/;

/** Words that make correspondence a kind of its own, whoever it is with ("özellikli ve süreli", "gizli", "acele"). */
const KIND = /(?:^|\s)((?:(?:ozellikli|sureli|gizli|gizlilik dereceli|acele|ivedi|onemli)(?:,? ve |,? veya |, )?)+)\s*$/d;

/**
 * Where in `before` (the words of a clause before its correspondence) the words of a kind start,
 * when they stand just before it and no counterpart in the genitive precedes them ("yerlerin gizli
 * yazışmaları" is the correspondence of those places: not every class); nothing otherwise.
 */
function kindOf(before: string): number | undefined {
  const m = KIND.exec(before);
  if (!m) return undefined;
  const at = m.indices![1]![0];
  const prev = before.slice(0, at).trim().split(/\s+/).pop() ?? '';
  return /(?:in|un|nin|nun)$/.test(prev) ? undefined : at;
}

/** A charge only to follow or check what the words before name ("… iletilmesini takip etmek"). */
const FOLLOWED = /^\s*(?:takip etmek|takibini yapmak|izlemek|kontrol etmek|denetlemek)\b/;
const followedOnly = (l: string, at: number) => FOLLOWED.test(l.slice(at));

/**
 * Where the clause holding `at` starts: after the last duty verb and comma before it ("… sağlamak,
 * sunumların …"), or a semicolon; a comma inside a list of recipients does not end it.
 */
function clauseStart(l: string, at: number): number {
  let start = l.lastIndexOf(';', at) + 1;
  for (const m of l.slice(0, at).matchAll(/\b[a-z]+(?:mak|mek)\b\s*,/g)) start = Math.max(start, m.index + m[0].length);
  return start;
}

/** A duty-list sentence that gives its holder correspondence (see the module comment). */
function readDuty(d: Drafting, p: Provision, text: string, l: string): void {
  const holder = d.holders.get(p.id);
  if (!holder || NOT.test(l)) return;
  if (readAnswers(d, p, text, l, holder) || readReplies(d, p, text, l, holder)) return;
  if (readParafTaken(d, p, text, l, holder)) return;
  if (readContacts(d, p, text, l, holder) || readInfoRequests(d, p, text, l, holder)) return;
  const y = OBJECT.exec(l);
  if (!y) return;
  const end = y.index + y[0].length;
  const clauseEnd = l.slice(end).search(/[;.]/);
  const rest = l.slice(end, clauseEnd < 0 ? l.length : end + clauseEnd).slice(0, 140);
  const v = VERB.exec(rest);
  if (!v || v[4]) return;
  // "… yazışmaları takip etmek ve yürütmek": followed and done; "… takip etmek" alone, or
  // "… takibini yapmak": followed only
  let verbEnd = v.index + v[0].length;
  if (v[2]) {
    const both = /^ ve (yurutmek|yapmak)\b/.exec(rest.slice(verbEnd));
    if (!both) return;
    verbEnd += both[0].length;
  } else if (FOLLOW.test(rest.slice(0, v.index))) return;
  const does = !!v[1] || !!v[2] || /^ ve (?:yurutmek|yapmak)\b/.test(rest.slice(verbEnd));
  const signs = !!v[3] || (!!v[1] && /^ ve imzalamak\b/.test(rest.slice(verbEnd)));
  const from0 = clauseStart(l, y.index);
  const before = l.slice(from0, y.index);
  const classes = named(before);
  // the words for all of it stand just before the correspondence ("Müdürlüğün bütün resmi yazışmaları")
  const whole = WHOLE.exec(before.slice(-45));
  // the clause names only the governed unit, or the holder if it is a unit ("Teftiş Kurulunun yazışma
  // hizmetlerini yürütmek"): all of its correspondence
  const owner = classes.length || whole ? undefined : trailingList(d.book, text.slice(from0, y.index));
  const ownWhole = !!owner && owner.rest.trim() === '' && owner.members.length === 1
    && (owner.members[0]!.actor.id === d.book.org.id || (owner.members[0]!.actor.id === holder.id && holder.kind === 'unit'));
  // "özellikli ve süreli yazışma işleri": correspondence of a kind, no counterpart named — all of that kind
  const kind = !classes.length && !whole && !ownWhole ? kindOf(before) : undefined;
  if (kind !== undefined) {
    const scope = text.slice(from0 + kind, end + verbEnd + (/^ ve (?:imzalamak|yurutmek|yapmak)\b/.exec(rest.slice(verbEnd))?.[0].length ?? 0)).trim();
    pushRule(d, p, text, `${holder.name} yazismalari`, RECIPIENTS.map(([c]) => c), { scope, signers: signs ? [holder] : [], responsible: does ? [holder.id] : [] }, [holder]);
    return;
  }
  if (!classes.length && !whole && !ownWhole) {
    // "sunumların yapılacağı yerlerin … yazışmalarını yapmak": with whom is not said, and not guessed
    d.todo(p.id, `Görevde yazışmanın kimlerle yapılacağı belirtilmemiş; kural taslağa alınmadı: "${cap(text.slice(from0, end + verbEnd).trim(), 120)}"`);
    return;
  }
  const recipients = classes.length ? classes : RECIPIENTS.map(([c]) => c);
  const from = classes.length || ownWhole ? from0 : y.index - before.slice(-45).length + whole!.index;
  pushRule(d, p, text, `${holder.name} yazismalari`, recipients, { recipientText: text.slice(from, end).trim(), signers: signs ? [holder] : [], responsible: does ? [holder.id] : [] }, [holder]);
}

/** Answering letters that come in: "… kurum ve kuruluşlardan, şahıslardan … gelen … yazılara cevap vermek". */
const ANSWERS = /\bgelen\b[^;.]{0,60}?\b(yazi(?:lar|lara|lari))\b[^;.]{0,80}?\b(?:cevap vermek|cevap yazmak|cevaplamak|cevaplandirmak|yanit vermek|yanitlamak)\b/d;
/** Words that put a condition on a duty ("Müdürden gelen talimatlar doğrultusunda"). */
const CONDITION = /^\s*(.{3,80}?\b(?:dogrultusunda|cercevesinde|uyarinca))\b/d;

/** Where in `l` the first recipient class is named, from `from` to `to`; -1 when none is. */
function firstNamed(l: string, from: number, to: number): number {
  const at = RECIPIENTS.map(([, re]) => l.slice(from, to).search(re)).filter((i) => i >= 0);
  return at.length ? from + Math.min(...at) : -1;
}

/**
 * A duty to answer the letters that come from those it names: the holder is responsible for that
 * correspondence with them. Those it does not name are not guessed: nothing is drafted.
 */
function readAnswers(d: Drafting, p: Provision, text: string, l: string, holder: DraftActor): boolean {
  const a = ANSWERS.exec(l);
  if (!a) return false;
  const from0 = clauseStart(l, a.index);
  const classes = named(l.slice(from0, a.index));
  if (!classes.length) return false;
  const first = firstNamed(l, from0, a.index);
  const cond = CONDITION.exec(l.slice(from0, first));
  pushRule(d, p, text, `${holder.name} gelen yazilara cevap`, classes, { recipientText: text.slice(first, a.indices![1]![1]).trim(), ...(cond ? { condition: text.slice(from0 + cond.indices![1]![0], from0 + cond.indices![1]![1]) } : {}), responsible: [holder.id] }, [holder]);
  return true;
}

/** "… yapılan tüm yazışmalarda Müdürün onayını veya parafını almak". */
const PARAF_TAKEN = /\byazismalarda\s+([^,;.]{1,60}?)\s+(?:onayini (?:veya|ve|ya da) )?parafini almak\b/d;

/**
 * A duty to take someone's paraf on correspondence: that one initials it, the holder is responsible
 * for it. Its recipients are those the sentence names before it (the letters it speaks of), or every
 * class when it names none but says all of it ("tüm yazışmalarda").
 */
function readParafTaken(d: Drafting, p: Provision, text: string, l: string, holder: DraftActor): boolean {
  const m = PARAF_TAKEN.exec(l);
  if (!m) return false;
  const [whoStart, whoEnd] = m.indices![1]!;
  const who = parseList(d.book, text.slice(whoStart, whoEnd));
  const classes = named(l.slice(0, m.index));
  const all = WHOLE.exec(l.slice(clauseStart(l, m.index), m.index));
  if (!who || (!classes.length && !all)) { d.todo(p.id, `Yazışmanın paraf sahibi ya da kime olduğu okunamadı: "${cap(text, 160)}"`); return true; }
  const first = classes.length ? firstNamed(l, 0, m.index) : -1;
  const letters = classes.length ? /\byazi(?:lar|lari|lara|larla)\b/.exec(l.slice(first, m.index)) : null;
  const from = classes.length ? clauseStart(l, first) : clauseStart(l, m.index) + all!.index;
  const to = letters ? first + letters.index + letters[0].length : m.index + 'yazismalarda'.length;
  pushRule(d, p, text, `${holder.name} yazismalari`, classes.length ? classes : RECIPIENTS.map(([c]) => c), { recipientText: text.slice(from, to).trim(), paraf: who.map((x) => x.actor.id), responsible: [holder.id] }, [...who.map((w) => w.actor), holder]);
  return true;
}

/**
 * Replies the holder conveys to those it names: "Birimlerden gelen yanıtların vatandaşlara …
 * ulaştırılmasının sağlanması", "yanıtları hususunda vatandaşların bilgilendirilmesi". The receiver
 * must be a recipient class the words name ("CİMER'e iletilmesi" names none: nothing is drafted).
 */
const REPLIES = /\b(?:yanit|cevap)(?:lar|lari|larin|larini|in|ini)?\b([^;.,]{0,60}?)\b(?:(ulastirilmasi|ulastirmak|iletilmesi|iletmek)|bilgilendirilmesi|bilgilendirmek)[a-z]*\b/d;

/** What may stand between the receiver and the verb. */
const AFTER_RECEIVER = /^\s*(?:(?:en kisa surede|en kisa zamanda|zamaninda|suresi icinde|derhal|yazili olarak|elektronik ortamda|ayrica)\s*)*$/;

function readReplies(d: Drafting, p: Provision, text: string, l: string, holder: DraftActor): boolean {
  const m = REPLIES.exec(l);
  if (!m || followedOnly(l, m.index + m[0].length)) return false;
  const [gapStart, gapEnd] = m.indices![1]!;
  const gap = l.slice(gapStart, gapEnd);
  const classes = named(gap);
  if (!classes.length) return readAnswered(d, p, text, l, holder, m);
  // the receiver: the last class named, in the case its verb takes ("vatandaşlara ulaştırılması",
  // "vatandaşların bilgilendirilmesi"), with no other receiver after it ("… vatandaşlardan gelen
  // başvurulara göre birimlere iletilmesi" names the citizens as the senders: nothing is drafted)
  let lastEnd = -1;
  for (const [, re] of RECIPIENTS) for (const x of gap.matchAll(new RegExp(re.source, 'g'))) lastEnd = Math.max(lastEnd, x.index + x[0].length);
  const wordEnd = lastEnd + /^[a-z']*/.exec(gap.slice(lastEnd))![0].length;
  const inCase = m[2] ? /(?:a|e|ya|ye|na|ne)$/ : /(?:in|nin|un|nun)$/;
  // after it, nothing but words of time and manner ("en kısa sürede")
  if (!inCase.test(gap.slice(0, wordEnd)) || !AFTER_RECEIVER.test(gap.slice(wordEnd))) return false;
  const first = firstNamed(l, gapStart, gapEnd);
  const from = Math.max(l.lastIndexOf(',', m.index), l.lastIndexOf(';', m.index)) + 1;
  const tail = /^(?:nin|in)? sag(?:lanmasi|lamak)\b/.exec(l.slice(m.index + m[0].length));
  pushRule(d, p, text, `${holder.name} yanitlari iletir`, classes, { recipientText: text.slice(first, gapStart + wordEnd), scope: text.slice(from, m.index + m[0].length + (tail?.[0].length ?? 0)).trim(), responsible: [holder.id] }, [holder]);
  return true;
}

/** A charge with the communication itself: "… iletişimin sağlanması", "iletişimi sağlamak", "iletişim kurmak". */
const CONTACT = /\biletisim(?:in|i|inin|ini)?\s+(?:saglanmasi|saglamak|kurulmasi|kurmak)[a-z]*\b/;

/**
 * A duty to see to the communication with those it names: "Müdürlüğe bağlı birimlerin kurum içi
 * diğer müdürlükler ile işlemlerindeki iletişimin sağlanması". The holder is responsible for that
 * correspondence; the recipients are the classes named as the other side ("… ile", "… arasında"),
 * none guessed: "Başkanlık Makamı ile personel arasında iletişimi sağlamak" names no class, and
 * nothing is drafted. Communication tools and channels ("iletişim araçları") are not a charge.
 */
function readContacts(d: Drafting, p: Provision, text: string, l: string, holder: DraftActor): boolean {
  const m = CONTACT.exec(l);
  if (!m || followedOnly(l, m.index + m[0].length)) return false;
  const from = clauseStart(l, m.index);
  const first = firstNamed(l, from, m.index);
  if (first < 0) return false;
  // the classes stand as the other side of the communication: "… ile", "… arasında"
  const side = /\s(?:ile|arasinda|arasindaki)\b|(?:la|le|yla|yle)\b/.exec(l.slice(first, m.index));
  const classEnd = side ? first + side.index + (/^\s/.test(side[0]) ? 0 : side[0].length) : -1;
  const classes = side ? named(l.slice(from, classEnd)) : [];
  if (!side || !classes.length) return false;
  pushRule(d, p, text, `${holder.name} iletisim`, classes, { recipientText: text.slice(first, classEnd).trim(), scope: text.slice(from, m.index + m[0].length).trim(), responsible: [holder.id] }, [holder]);
  return true;
}

/** Requests or applications under the right to information: "Bilgi Edinme Hakkı Kanunu kapsamında … talepleri". */
const INFO_LAW = /\bbilgi edinme\b/;
const REQUESTS = /\b(?:talep|basvuru|basvurular|talepler|istek|istekler|dilekce|dilekceler)(?:in|ini|i|inin)\b/;
/** The verbs of answering or meeting a request, in the forms duty lists use. */
const MEET = /\b(?:yerine getiril(?:mesi|mesini saglamak)|yerine getirmek|cevaplandiril(?:masi|masini saglamak)|cevaplandirmak|cevaplan(?:masi|masini saglamak)|cevap verilmesi|yanitlan(?:masi|masini saglamak)|yanitlamak|sonuclandiril(?:masi|masini saglamak)|sonuclandirmak|karsilan(?:masi|masini saglamak)|karsilamak)\b/;

/**
 * A duty to meet requests for information under the right to information (4982 sayılı Bilgi
 * Edinme Hakkı Kanunu) from those it names: "… Bilgi Edinme Hakkı Kanunu kapsamında vatandaşlarımızın
 * taleplerinin yerine getirilmesi". Meeting such a request is giving the information to the one who
 * asked: the holder is responsible for that correspondence with the class named. Only following the
 * requests ("… bilgi edinme taleplerinin takibini yapmak") is not; requests whose makers the words do
 * not name are left as a todo.
 */
function readInfoRequests(d: Drafting, p: Provision, text: string, l: string, holder: DraftActor): boolean {
  const law = INFO_LAW.exec(l);
  if (!law) return false;
  const r = REQUESTS.exec(l.slice(law.index));
  if (!r) return false;
  const at = law.index + r.index;
  const afterReq = at + r[0].length;
  const v = MEET.exec(l.slice(afterReq, afterReq + 80));
  if (!v || FOLLOW.test(l.slice(afterReq, afterReq + v.index))) return false;
  const from = clauseStart(l, law.index);
  const first = firstNamed(l, from, at);
  const classes = first < 0 ? [] : named(l.slice(first, at));
  if (!classes.length) { d.todo(p.id, `Bilgi edinme taleplerinin kimlerden geldiği belirtilmemiş; kural taslağa alınmadı: "${cap(text, 120)}"`); return true; }
  const verbEnd = afterReq + v.index + v[0].length;
  pushRule(d, p, text, `${holder.name} bilgi edinme`, classes, { recipientText: text.slice(first, at).trim(), scope: text.slice(from, verbEnd).trim(), responsible: [holder.id] }, [holder]);
  return true;
}

/** Applications whose makers the words name, as the object of a duty: "Vatandaşlar tarafından … yapılan … başvuruların", "vatandaşlardan gelen … taleplerini". */
const APPLIED = /(?:\btarafindan|(?:dan|den|tan|ten) gelen)\b[^;.]{0,100}?\b(?:basvuru|talep|istek|sikayet|dilekce)(?:ler|lar)?(?:in|ini|i)\b/;

/**
 * Replies given to applications that those named made, passed on: "Vatandaşlar tarafından CİMER'e
 * … yapılan … başvuruların ilgili birimlere havale edilmesi, verilen yanıtların CİMER'e iletilmesi".
 * The replies are the answer to the makers, whatever channel carries them: the holder is
 * responsible for that correspondence with the class the makers are. The replies must be those
 * given ("verilen yanıtlar") after the applications in the same clause; makers the words do not
 * name as a class ("Başvurulara verilen yanıtların CİMER'e iletilmesi") draft nothing.
 */
function readAnswered(d: Drafting, p: Provision, text: string, l: string, holder: DraftActor, reply: RegExpExecArray): boolean {
  if (!/\bverilen\s+$/.test(l.slice(0, reply.index))) return false;
  const from = clauseStart(l, reply.index);
  const a = APPLIED.exec(l.slice(from, reply.index));
  if (!a) return false;
  // the makers: the words just before "tarafından", or the word in the ablative before "gelen", after the last comma
  const makerEnd = from + a.index + (/^tarafindan/.test(a[0]) ? 0 : 3);
  const makerStart = Math.max(from, l.lastIndexOf(',', makerEnd) + 1);
  const classes = named(l.slice(makerStart, makerEnd));
  if (!classes.length) return false;
  const first = firstNamed(l, makerStart, makerEnd);
  const byAgent = a[0].startsWith('tarafindan');
  const wordEnd = byAgent ? l.slice(0, makerEnd).trimEnd().length : makerEnd + /^[a-z']*/.exec(l.slice(makerEnd))![0].length;
  pushRule(d, p, text, `${holder.name} basvurulara yanitlar`, classes, { recipientText: text.slice(first, wordEnd).trim(), scope: text.slice(makerStart, reply.index + reply[0].length).trim(), responsible: [holder.id] }, [holder]);
  return true;
}

/**
 * Information given out, forbidden: "bilgi(ler) … verilemez / veremezler", "… açıklamada
 * bulunamazlar", "… paylaşılamaz". The object must be information ("bilgi"); letters themselves
 * ("yazışmalarını … veremez") are not read here.
 */
const DISCLOSE = /\bbilgi(?:ler|leri|lerini|yi|si)?\b[^;.]{0,100}?\b(?:verile(?:mez|meyecek)|veremez(?:ler)?|verilmez|aciklanamaz|aciklayamaz(?:lar)?|aciklamada bulunamaz(?:lar)?|paylasilamaz|paylasamaz(?:lar)?)\b/;

/**
 * The classes some words name in the dative, as the receivers of what is given ("kurum dışına",
 * "vatandaşlara"): the subject of the information ("vatandaşlara ait bilgiler") is no receiver. Given
 * out of the institution, information goes to persons: "kurum dışına" names the private parties only.
 */
function receivers(l: string): RecipientClass[] {
  const out = new Set<RecipientClass>();
  const table: [RecipientClass, RegExp][] = [[RECIPIENTS[0]![0], RECIPIENTS[0]![1]], ['public-institution', PUBLIC], ['private-party', new RegExp(`${PRIVATE.source}|${OUTSIDE.source}`)]];
  for (const [c, re] of table) {
    // every start, overlapping ones too: "kamu kurum ve kuruluşlarına" is read at "kurum ve kuruluşlar" as well
    const g = new RegExp(re.source, 'g');
    for (let m = g.exec(l); m; g.lastIndex = m.index + 1, m = g.exec(l)) {
      const end = m.index + m[0].length;
      const wordEnd = end + /^[a-z']*/.exec(l.slice(end))![0].length;
      const word = l.slice(0, wordEnd).split(/[\s,;:()]+/).pop() ?? '';
      // "… kuruluşlarına", "vatandaşlara", "dışına"; not "vatandaşlara ait bilgiler" (whose, not to whom)
      if (/(?:a|e|ya|ye|na|ne)$/.test(word) && !/^\s*ait\b/.test(l.slice(wordEnd))) out.add(c);
    }
  }
  return RECIPIENTS.map(([c]) => c).filter((c) => out.has(c));
}

/** A genitive word of the unit kinds before a post's name ("Birimlerin evrak ve dosya memurları"). */
const UNITS_OF = /^(?:birimlerin|birimin|mudurluklerin|mudurlugun|subelerin|subenin|dairenin|servislerin|servisin|burolarin|buronun)$/;
/** Heads that name the staff in general, not a post of its own. */
const GENERIC_HEADS = new Set(['personel', 'personeli', 'personeller', 'personelleri', 'calisanlari', 'calisani', 'gorevlisi', 'gorevlileri', 'elemanlari', 'elemani', 'sef', 'sefler', 'mudur']);
/** Words after which a sentence's subject has ended ("… memurları izinsiz olarak …"). */
const SUBJECT_END = /^(?:izinsiz|izin|hicbir|hic|kesinlikle|bilgi|bilgiler|bilgileri|gorevleri|gorevi)$/;
/** "… personelin çalışma esasları şunlardır": whose rules a list sets out. */
const RULES_OF = /^(.*?(?:in|nin|un|nun))\s+(?:calisma esaslari|calisma ilkeleri|uyacaklari (?:esaslar|kurallar|ilkeler)|uymalari gereken (?:esaslar|kurallar|ilkeler))\b/;

/**
 * Who a prohibition binds: those the sentence opens with ("Müdür ve Şefler izinsiz olarak …"; a post
 * named as written, "Birimlerin evrak ve dosya memurları …": the evrak ve dosya memurları, a post
 * of the unit), else the holder of the duty list it stands in, or the one whose working rules the
 * list's lead-in sets out ("Dairede görevli tüm personelin çalışma esasları şunlardır"). A sentence
 * that names whom it binds in words not read ("Büroda görev yapan personel …") binds no one here:
 * its list's holder is not put in their place.
 */
function boundBy(d: Drafting, p: Provision, text: string): DraftActor[] | undefined {
  const lead = leadingActor(d.book, text);
  if (lead && lead.next !== undefined && SUBJECT_END.test(lead.next)) return [lead.actor];
  const words = text.split(/\s+/);
  const folded = words.map(lite);
  const start = folded[0] && UNITS_OF.test(folded[0]) ? 1 : 0;
  const stop = folded.findIndex((w, i) => i > start && SUBJECT_END.test(w));
  const name = stop > start && stop - start <= 5 ? words.slice(start, stop).join(' ') : '';
  if (name && headKind(clean(name))) {
    const list = parseList(d.book, name);
    if (list) return list.map((x) => x.actor);
    const f = fold(clean(name)).split(' ');
    // a new post only for a name of its own: not a known actor's name with words before it
    // ("Görevli personel" is the Personel, or not: the reviewer's reading), nor a generic head
    const known = new Set(d.book.names.map((n) => fold(n.name)));
    const shadowed = f.some((_, k) => k > 0 && known.has(f.slice(k).join(' ')));
    const a = f.length > 1 && headKind(clean(name))?.kind === 'post' && !GENERIC_HEADS.has(f[f.length - 1]!) && !shadowed
      ? d.book.ensure(name, p.id, cap(text), 'post') : undefined;
    return a ? [a] : undefined;
  }
  const holder = d.holders.get(p.id);
  if (holder) return [holder];
  const parent = p.parent ? d.doc.byId.get(p.parent) : undefined;
  const chapeau = parent ? d.doc.own(parent) : '';
  const r = RULES_OF.exec(lite(chapeau));
  const list = r ? trailingList(d.book, chapeau.slice(0, r[1]!.length)) : undefined;
  return list?.members.length === 1 ? [list.members[0]!.actor] : undefined;
}

/**
 * A prohibition on giving information out: "Biriminde yürütülen iş ve işlemler hakkındaki bilgiler
 * izinsiz olarak kurum dışına verilemez". Kept as a prohibition: a rule naming no signer, its scope
 * the sentence's own words, the one it binds responsible, the receivers those the sentence names in
 * the dative — or, when it names none, those the next sentence of the provision names as the ones
 * who are to get the information ("Bilgi alacak kişiler, …"). No receiver named: a todo
 * ("… yetkililer dışında kimseye bilgi verilemez" says no class).
 */
function readDisclosure(d: Drafting, p: Provision, text: string, l: string, next?: string): boolean {
  const m = DISCLOSE.exec(l);
  if (!m) return false;
  const to = m.index + m[0].length;
  let recipients = receivers(l.slice(0, to));
  const askers = recipients.length || !next ? undefined : ASKERS.exec(lite(next));
  if (askers) recipients = askerClasses(askers[1]!);
  const who = boundBy(d, p, text);
  if (!recipients.length || !who) {
    d.todo(p.id, `Bilgi verme yasağının kime karşı olduğu ya da kimi bağladığı okunamadı; kural taslağa alınmadı: "${cap(text, 120)}"`);
    return true;
  }
  pushRule(d, p, text, `${who[0]!.name} bilgi veremez`, recipients, { scope: text.replace(/[\s,;.]+$/, ''), responsible: who.map((a) => a.id) }, who);
  return true;
}

/** "Bilgi alacak kişiler, bilgileri Daire Başkanı, Şube Müdürü veya yetki verilen görevliden alırlar". */
const ASKERS = /^\s*bilgi (?:alacak|almak isteyen|isteyen|talep eden)(?:ler)?\s+([^,;.]{0,40}?)\s*,?\s+(?:bu\s+)?bilgi(?:leri|yi)?\s+([^;.]{3,140}?)\s+(?:alirlar|alir|alabilirler|alabilir|alacaklardir)\b/d;
/** A delegate the text does not name, at the end of a list ("… veya yetki verilen görevliden"). */
const UNNAMED_DELEGATE = /(?:\s*,\s*|\s+(?:veya|ya da|ve|ile)\s+)(?:yetki verilen|yetkilendirilen|gorevlendirilen|yetkili kilinan)\s+(?:gorevli|gorevliler|personel|memur)[a-z]*\s*$/;

/** The classes those who are to get information are: the words name them, or persons ("kişiler") are private parties. */
function askerClasses(words: string): RecipientClass[] {
  const classes = named(words);
  return classes.length ? classes : /^(?:kisi|kisiler|kimseler|sahislar)$/.test(words.trim()) ? ['private-party'] : [];
}

/**
 * Who gives the information those named are to get: "Bilgi alacak kişiler, bilgileri Daire
 * Başkanı, Şube Müdürü veya yetki verilen görevliden alırlar" — the Daire Başkanı and the Şube
 * Müdürü are responsible for that correspondence with the private parties. A delegate the text does
 * not name ("yetki verilen görevli") is no actor: left in the scope's words. Any other member that
 * names no known actor, or askers of no class, draft nothing.
 */
function readAskers(d: Drafting, p: Provision, text: string, l: string): boolean {
  const m = ASKERS.exec(l);
  if (!m) return false;
  const recipients = askerClasses(m[1]!);
  const [s0, s1] = m.indices![2]!;
  const cut = UNNAMED_DELEGATE.exec(l.slice(s0, s1));
  const givers = parseList(d.book, text.slice(s0, cut ? s0 + cut.index : s1));
  if (!recipients.length || !givers) {
    d.todo(p.id, `Bilgiyi kimin vereceği ya da kime verileceği okunamadı; kural taslağa alınmadı: "${cap(text, 120)}"`);
    return true;
  }
  pushRule(d, p, text, `${givers[0]!.actor.name} bilgi verir`, recipients, { recipientText: text.slice(0, m.indices![1]![1]).trim(), scope: text.replace(/[\s,;.]+$/, ''), responsible: givers.map((g) => g.actor.id) }, givers.map((g) => g.actor));
  return true;
}

/**
 * Drafts a rule of a duty list or a ban (who is responsible; a signer only where the duty is to sign,
 * in their own name), pending, read from `text` and citing `p`; `cited` are the actors it names there.
 */
function pushRule(d: Drafting, p: Provision, text: string, idWords: string, recipients: RecipientClass[], rule: { recipientText?: string; condition?: string; scope?: string; signers?: readonly DraftActor[]; paraf?: string[]; responsible: string[] }, cited: readonly DraftActor[]): void {
  d.rules.correspondence.push({
    id: d.id(idWords, 6),
    recipients,
    ...(rule.recipientText !== undefined && { recipientText: rule.recipientText }),
    ...(rule.condition !== undefined && { condition: rule.condition }),
    ...(rule.scope !== undefined && { scope: rule.scope }),
    signers: (rule.signers ?? []).map((a) => ({ actor: a.id, via: 'own' as const })),
    paraf: rule.paraf ?? [],
    responsible: rule.responsible,
    cites: [p.id],
    review: 'pending',
    readFrom: cap(text),
  });
  for (const a of cited) d.book.cite(a, p.id);
}
