/**
 * Incoming-document routing, only where the text says it in one of these ways:
 * - a sentence naming who assigns the documents and to whom: "Müdür evrakı ilgili personele havale
 *   eder", "Müdür gereği için evrakları personele dağıtır"; "… müdür tarafından ilgili personele
 *   havale edilerek …", "… müdürün havalesi ile ilgili personele dağıtımı yapılır" (`distribute`,
 *   with `to`; an active sentence naming no recipient at all, "Müdür evrakları havale eder", gives a
 *   step with no `to`);
 * - a passive sentence whose subject is the documents that come in and which names nobody:
 *   "Müdürlüğe gelen tüm evraklar toplanıp dosyalandıktan sonra Müdür'e iletilir", "Müdürlüğe gelen
 *   tüm yazışmalar evrak kayıt programına kaydedilir" (`collect`, `file`, `register`, and `forward`
 *   to the actor named in the dative; steps with no actor, as the text names none);
 * - a duty of a duty list that does something to the documents that come in ("gelen", "sevk
 *   edilmiş olan" evrak), by the list's holder: "gelen evrak kayıtlarını tutmak", "evrakların kayıt
 *   ve kabul, havale işlemlerini yapmak", "gelen evrakların … birimler arasında dağılımını ve
 *   denetimini sağlamak" (`register`, `distribute`, `supervise`, `file`); "maiyetindeki personel
 *   arasında … evrak zimmetlemesini sağlamak" (`distribute`, to the actor named before "arasında",
 *   with the text's words); "… ilgili personele havale etmek", "… personele zimmetle dağıtmak"
 *   (`distribute` to the actors in the dative); "havale edilen evraklarla ilgili olarak yapılan
 *   işleri kontrol eder" (`supervise`); "gelen ve giden evrakın kayıt işlemlerini yapmak" (documents
 *   both ways: `register` and `file` only).
 * Everything else about documents is left to a person (the skeleton lists such articles under
 * "Gelen evrak"): a passive sentence naming someone who does a step ("görevli personelce", "kayıt
 * memurunda"), "takip", a check of the documents themselves ("gelen evrakın kontrolünü yapmak"),
 * documents that come in to the whole municipality ("Belediyemize gelen"), "gelen ve giden" evrak
 * in a passive sentence, and a duty to assign them with nobody named to receive them ("gelen evrakı
 * incelemek, ilgilisine havale etmek"), which one reviewed answer key holds as a duty and not as a
 * routing step.
 */
import type { RoutingStepInput } from '../../schema/facts.js';
import type { Provision } from '../../schema/text.js';
import type { DraftActor } from './actors.js';
import type { Drafting } from './draft.js';
import { type Member, leadingActor, parseList, tokens, trailingList } from './phrases.js';
import { cap } from './reporting.js';
import { lite, sentences } from './text.js';

type Action = RoutingStepInput['action'];

// On lite() text.
const ACTIVE = /\b(?:evraki|evraklari|evrakini|evraklarini|yazilari)\s+(?:([^,;.]{2,80}?)\s+)?(?:zimmetle\s+|zimmet karsiligi\s+)?(havale eder|dagitir|zimmetler)\b/;
const PASSIVE = /\btarafindan\s+([^,;.]{2,80}?)\s+havale(?:si yapil|si yapilir|si yapilarak| edil)/;
/** "Evraklar … müdürün havalesi ile ilgili personele dağıtımı yapılır": the one who assigns in the genitive. */
const BY_HAVALE = /\bhavalesi(?:yle| ile)\s+([^,;.]{2,80}?)\s+(?:dagitimi yapil(?:ir|arak)|dagitil(?:ir|arak)|veril(?:ir|erek)|iletil(?:ir|erek)|zimmetlen(?:ir|erek))\b/;
const DOCUMENTS = /\b(?:evrak|yazi|yazisma|belge|dilekce)/;
/** Words that may stand between the actor an active sentence opens with and the documents ("Müdür gereği için evrakları …"). */
const FILLER = new Set(['geregi', 'icin', 'uzere', 'tum', 'butun']);
const NEGATION = /\b(?:degil|olmaz)\b|\b\w+(?:ilmez|ilmaz|ulmaz|ulmez|nmaz|nmez|memek|mamak)\b/;
/** A condition or a case: "kaydı yapılmışsa", "olup olmadığı", "halinde". */
const CONDITION = /\b\w+(?:mis|mus)(?:sa|se)\b|\b(?:ise|olmadigi|takdirde|halinde|durumunda|durumlarda)\b/;

/** The documents that come in, as the subject of a passive sentence (nominative: "gelen tüm evraklar"). */
const SUBJECT = /\bgelen (?:tum |butun |her turlu )?(?:evrak|evraklar|yazismalar|yazilar)(?=[\s,])/;
/** Documents that come in to the whole municipality, not to the unit. */
const MUNICIPALITY = /\b(?:belediyemize|belediyeye|kurumumuza|kuruma|baskanligimiza)\b/;
/** The passive verbs of the steps (finite or joined: "toplanıp", "dosyalandıktan sonra", "kaydedilir"). */
const PASSIVE_STEPS: [RegExp, Action][] = [
  [/\btoplan(?:ip|ir|arak|diktan)\b/g, 'collect'],
  [/\b(?:dosyalan|arsivlen)(?:ip|ir|arak|erek|diktan|dikten)\b/g, 'file'],
  [/\b(?:kaydedil(?:ir|ip|erek|dikten)|(?:kaydi|kayitlari) yapil(?:ir|ip|arak|diktan)|kayit altina alin(?:ir|ip|arak|diktan))\b/g, 'register'],
  [/\b(?:iletil(?:ir|ip|erek|dikten)|sunul(?:ur|up|arak|duktan)|gonderil(?:ir|ip|erek|dikten))\b/g, 'forward'],
  [/\b(?:havale edil(?:ir|ip|erek)|havalesi yapil(?:ir|arak)|dagitil(?:ir|ip|arak)|dagitimi yapil(?:ir|arak)|zimmetlen(?:ir|ip|erek))\b/g, 'distribute'],
];
/** Someone named doing a step of a passive sentence: an agent ("personelce") or a place ("kayıt memurunda"). */
const NAMED_DOER = /\b\w*(?:memur|personel|mudur|sef|sorumlu|gorevli|servis|birim|buro|kalem)\w*(?:nca|nce|ca|ce|nda|nde|da|de|ta|te)\b/;

/** What comes in, in a duty of a duty list: "gelen evrak", "birime sevk edilmiş olan evrakların". */
const INCOMING = /\b(?:gelen|sevk edil(?:en|mis)(?: olan)?|intikal eden) (?:tum |butun |her turlu )?evrak/;
/** Documents both ways ("gelen ve giden evrakın", "gelen-giden evrak"): their registering and filing only. */
const BOTH_WAYS = /\bgelen(?: ve |\s*-\s*| )giden (?:tum |butun |her turlu )?evrak/;
/** The end of the words a duty's documents are the object of: its first verb ("olarak" makes an adverb, no verb). */
const VERB = /\b(?!olarak\b)\w+(?:mak|mek|arak|erek|ip|up|dikten|diktan)\b/g;
/** A joined verb the duty goes on after ("çıktısını alarak, deftere kaydını yapmak"). */
const GERUND = /(?:arak|erek|ip|up)$/;
/** The verbs that make the holder do the step itself (not follow or check it). */
const DOING = new Set(['yapmak', 'tutmak', 'yurutmek', 'saglamak', 'gerceklestirmek']);
const NOT_ROUTING = /\b(?:degil|olmaz|takip|takib|kontrol|inceleme)/;
/** The steps a duty's nouns name ("kayıt ve kabul, havale işlemlerini", "dağılımını ve denetimini"). */
const DUTY_STEPS: [RegExp, Action][] = [
  [/\b(?:kayit|kaydi|kaydin)\w*|\bkaydederek\b/, 'register'],
  [/\b(?:havale|dagitim|dagilim|zimmetleme)\w*/, 'distribute'],
  [/\b(?:denetim|gozetim)\w*/, 'supervise'], // only with a distribution: see readDutySteps
  [/\b(?:dosyalama|arsivleme)\w*|\b(?:dosyalayarak|arsivleyerek)\b/, 'file'],
];
/** The documents given out among the staff, with no "gelen": "evrak zimmetlemesini", "evrakın dağıtımını". */
const GIVING_OUT = /\bevrak(?:in|larin)? (?:zimmetlemesi|dagitimi|dagilimi|havalesi)\w*/;
/** Checking what is done on the documents assigned: "havale edilen evraklarla ilgili olarak yapılan işleri kontrol eder". */
const SUPERVISE = /\bhavale edilen (?:tum |butun )?evrak\w*(?: ile)? ilgili (?:olarak )?(?:yapilan |yurutulen )?(?:is|isler|isleri|islem|islemler|islemleri) (?:kontrol eder|kontrol etmek|denetler|denetlemek)\b/;

/** Drafts the routing steps of every provision. */
export function draftRouting(d: Drafting): void {
  for (const p of d.doc.provisions) {
    if (!p.leaf) continue;
    for (const s of sentences(p.text, { semicolons: false })) {
      const text = p.text.slice(s.start, s.end);
      if (readAssignment(d, p, text)) continue;
      if (readPassive(d, p, text)) continue;
      readDuty(d, p, text);
    }
  }
}

/** "Müdür evrakı ilgili personele havale eder", "… Müdür tarafından ilgili personele havale edilerek". */
function readAssignment(d: Drafting, p: Provision, text: string): boolean {
  const l = lite(text);
  const active = ACTIVE.exec(l);
  const passive = active ? null : PASSIVE.exec(l);
  const byHavale = active || passive || !DOCUMENTS.test(l) ? null : BY_HAVALE.exec(l);
  const m = active ?? passive ?? byHavale;
  if (!m || NEGATION.test(l) || /\bgiden\s+$/.test(l.slice(0, m.index))) return false;
  const named = m[1] !== undefined;
  const toText = named ? text.slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length) : '';
  const to = named ? dativeList(d, toText) : [];
  // who assigns: the actor the sentence opens with (active), or the one right before "tarafından" (passive)
  let actor: DraftActor | undefined;
  if (active) {
    const before = text.slice(0, m.index);
    const lead = leadingActor(d.book, before);
    const rest = tokens(before).slice(lead?.words ?? 0);
    if (lead && rest.length <= 3 && rest.every((t) => FILLER.has(t.f))) actor = lead.actor;
  } else if (passive) {
    const before = text.slice(0, m.index).trimEnd();
    const tail = trailingList(d.book, before, 6);
    const last = tokens(before).pop()?.f ?? '';
    if (tail?.members.length === 1 && d.book.lastWordsOf(tail.members[0]!.actor).has(last)) actor = tail.members[0]!.actor;
  } else {
    // the one actor right before "havalesi", in the genitive ("müdürün havalesi ile")
    const before = text.slice(0, m.index).trimEnd();
    const tail = trailingList(d.book, before, 6);
    const last = lite(tokens(before).pop()?.raw ?? '').replace(/'/g, '');
    if (tail?.members.length === 1 && /(?:nin|nun|in|un)$/.test(last)) actor = tail.members[0]!.actor;
  }
  if (!actor || !to) { d.todo(p.id, `Evrakın kimce kime havale edildiği okunamadı: "${cap(text, 120)}"`); return true; }
  add(d, p, { actor, action: 'distribute', to: to.map((x) => x.actor) }, text.slice(0, m.index + m[0].length));
  return true;
}

/** A list of actors in the dative ("ilgili personele", "Şefe ve Memura"); nothing otherwise. */
function dativeList(d: Drafting, phrase: string): Member[] | undefined {
  const last = tokens(phrase).pop()?.f ?? '';
  if (!/(e|a|ye|ya|ne|na)$/.test(last)) return undefined;
  return parseList(d.book, phrase);
}

/**
 * "Müdürlüğe gelen tüm evraklar toplanıp dosyalandıktan sonra Müdür'e iletilir": the steps of a
 * passive sentence whose subject is the documents that come in, with no actor (the text names none),
 * a forwarded or assigned document going to the actors named in the dative. Nothing, and a todo,
 * when a recipient cannot be read or someone is named doing a step.
 */
function readPassive(d: Drafting, p: Provision, text: string): boolean {
  const l = lite(text);
  const subject = SUBJECT.exec(l);
  if (!subject || MUNICIPALITY.test(l.slice(0, subject.index))) return false;
  if (/\bgiden\b|\btarafindan\b/.test(l) || NEGATION.test(l) || CONDITION.test(l)) return false;
  const from = subject.index + subject[0].length;
  const found: { action: Action; start: number; end: number }[] = [];
  for (const [re, action] of PASSIVE_STEPS) {
    re.lastIndex = from;
    for (let m; (m = re.exec(l));) found.push({ action, start: m.index, end: m.index + m[0].length });
  }
  if (!found.length) return false;
  found.sort((a, b) => a.start - b.start);
  const steps: { action: Action; to?: DraftActor[]; readTo: number }[] = [];
  let at = from;
  for (const f of found) {
    const between = text.slice(at, f.start);
    if (f.action === 'forward' || f.action === 'distribute') {
      const tail = trailingList(d.book, between, 8);
      const last = tokens(between).pop()?.f ?? '';
      const to = tail && /(e|a|ye|ya|ne|na)$/.test(last) ? tail.members : undefined;
      if (!to || namesDoer(tail!.rest)) return unread(d, p, text);
      steps.push({ action: f.action, to: to.map((x) => x.actor), readTo: f.end });
    } else {
      if (namesDoer(between)) return unread(d, p, text);
      steps.push({ action: f.action, readTo: f.end });
    }
    at = f.end;
  }
  for (const s of steps) add(d, p, { action: s.action, ...(s.to ? { to: s.to } : {}) }, text.slice(subject.index, s.readTo));
  return true;
}

const namesDoer = (words: string) => NAMED_DOER.test(lite(words).replace(/['’]/g, ''));

function unread(d: Drafting, p: Provision, text: string): true {
  d.todo(p.id, `Gelen evrakla ilgili adımların kimce ve kime yapıldığı okunamadı: "${cap(text, 120)}"`);
  return true;
}

/** A duty of a duty list that handles the documents coming in, by the list's holder. */
function readDuty(d: Drafting, p: Provision, text: string): void {
  const holder = d.holders.get(p.id);
  if (!holder) return;
  const l = lite(text);
  if (NEGATION.test(l)) return;
  const supervise = SUPERVISE.exec(l);
  if (supervise) add(d, p, { actor: holder, action: 'supervise' }, text.slice(supervise.index, supervise.index + supervise[0].length));
  const incoming = INCOMING.exec(l);
  if (incoming && !MUNICIPALITY.test(l.slice(0, incoming.index))) readDutySteps(d, p, holder, text, incoming.index, incoming.index + incoming[0].length, 'all');
  const both = incoming ? null : BOTH_WAYS.exec(l);
  if (both && !MUNICIPALITY.test(l.slice(0, both.index))) readDutySteps(d, p, holder, text, both.index, both.index + both[0].length, 'keeping');
  const giving = GIVING_OUT.exec(l);
  if (giving) readDutySteps(d, p, holder, text, giving.index, giving.index, 'distribute');
}

/**
 * The steps a duty's words name from `start` (the documents) to its first verb, when that verb makes
 * the holder do them: "… evrakların kayıt ve kabul, havale işlemlerini yapmak".
 */
function readDutySteps(d: Drafting, p: Provision, holder: DraftActor, text: string, start: number, from: number, only: 'all' | 'keeping' | 'distribute'): void {
  const l = lite(text);
  // the first verb that is not a joined one ("alarak", "kaydederek")
  VERB.lastIndex = from;
  let verb: RegExpExecArray | null;
  while ((verb = VERB.exec(l)) && GERUND.test(verb[0]));
  if (!verb || /;/.test(l.slice(from, verb.index))) return;
  const end = verb.index + verb[0].length;
  const span = l.slice(from, end);
  if (NOT_ROUTING.test(span)) return;
  const allowed = (a: Action) => only === 'all' || (only === 'keeping' ? a === 'register' || a === 'file' : a === 'distribute');
  // "… ilgili personele havale etmek", "… personele zimmetle dağıtmak": to the actors in the dative, never to nobody named
  const handing = /(?:\s+(?:zimmetle|zimmet karsiligi))?\s+(?:havale etmek|dagitmak|zimmetlemek)$/.exec(span);
  if (!DOING.has(verb[0]) && !handing) return;
  if (handing) {
    if (!allowed('distribute')) return;
    const recipient = text.slice(from, from + handing.index);
    const tail = trailingList(d.book, recipient, 6);
    const last = tokens(recipient).pop()?.f ?? '';
    if (!tail || !/(e|a|ye|ya|ne|na)$/.test(last) || /\bilgili(?:si|sine|lerine)\b/.test(lite(recipient))) return;
    add(d, p, { actor: holder, action: 'distribute', to: tail.members.map((x) => x.actor) }, text.slice(start, end));
  }
  const named = DUTY_STEPS.filter(([re, action]) => re.test(handing ? span.slice(0, handing.index) : span) && allowed(action)).map(([, action]) => action);
  for (const action of named) {
    if (handing && action === 'distribute') continue;
    // a "denetim" is the supervision of the handing out ("dağılımını ve denetimini"), not a check of the documents themselves
    if (action === 'supervise' && !named.includes('distribute')) continue;
    if (action !== 'distribute') { add(d, p, { actor: holder, action }, text.slice(start, end)); continue; }
    // among whom: the actor named before "arasında" in the same clause ("maiyetindeki personel arasında")
    const clauseStart = Math.max(0, l.lastIndexOf(',', start) + 1);
    const among = /\s+arasinda\b/.exec(l.slice(clauseStart, end));
    let to: DraftActor[] | undefined;
    let toText: string | undefined;
    if (among) {
      const phrase = text.slice(clauseStart, clauseStart + among.index);
      const tail = trailingList(d.book, phrase, 4);
      const rest = tail ? tokens(tail.rest) : [];
      // one word before the actor narrows it ("maiyetindeki personel"): kept as the text's words
      if (tail && rest.length <= 1 && !/\bevrak/.test(lite(phrase))) {
        to = tail.members.map((x) => x.actor);
        if (rest.length) toText = tokens(phrase).slice(-tail.words - 1).map((t) => t.raw).join(' ');
      }
    }
    add(d, p, { actor: holder, action, ...(to ? { to } : {}), ...(toText ? { toText } : {}) }, text.slice(among && to ? clauseStart : start, end));
  }
}

/** Drafts a step once per provision, action and actor. */
function add(d: Drafting, p: Provision, step: { actor?: DraftActor; action: Action; to?: DraftActor[]; toText?: string }, readFrom: string): void {
  if (!d.once('routing', p.id, step.action, step.actor?.id ?? '')) return;
  const verbs: Record<Action, string> = { collect: 'toplar', register: 'kaydeder', file: 'dosyalar', forward: 'iletir', distribute: 'havale eder', supervise: 'denetler' };
  const passives: Record<Action, string> = { collect: 'toplanir', register: 'kaydedilir', file: 'dosyalanir', forward: 'iletilir', distribute: 'havale edilir', supervise: 'denetlenir' };
  d.rules.routing.push({
    id: d.id(step.actor ? `${step.actor.id} evraki ${verbs[step.action]}` : `evrak ${passives[step.action]}`, 8),
    ...(step.actor ? { actor: step.actor.id } : {}),
    action: step.action,
    ...(step.to?.length ? { to: step.to.map((a) => a.id) } : {}),
    ...(step.to?.length && step.toText ? { toText: step.toText } : {}),
    cites: [p.id],
    review: 'pending',
    readFrom: cap(readFrom.trim()),
  });
  if (step.actor) d.book.cite(step.actor, p.id);
  for (const a of step.to ?? []) d.book.cite(a, p.id);
}
