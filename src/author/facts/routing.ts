/**
 * Incoming-document routing, only where the text says it in one of two fixed ways:
 * - a sentence naming who assigns the documents and to whom: "Müdür evrakı ilgili personele havale
 *   eder"; "… müdür tarafından ilgili personele havale edilerek …" (`distribute`, with `to`);
 * - a duty of a duty list that registers the documents that come in: "gelen evrak kayıtlarını
 *   yapmak", "Gelen evrak ve zimmet kayıtlarının … tutmak" (`register` by the list's holder).
 * Everything else about documents is left to a person (the skeleton lists such articles under
 * "Gelen evrak"): a passive step naming nobody, "takip", "kontrol", and a duty to assign them with
 * nobody named to receive them ("gelen evrakı incelemek, ilgilisine havale etmek"), which one
 * reviewed answer key holds as a duty and not as a routing step.
 */
import type { RoutingStepInput } from '../../schema/facts.js';
import type { Provision } from '../../schema/text.js';
import type { DraftActor } from './actors.js';
import type { Drafting } from './draft.js';
import { type Member, leadingActor, parseList, tokens, trailingList } from './phrases.js';
import { cap } from './reporting.js';
import { lite, sentences } from './text.js';

// On lite() text.
const ACTIVE = /\b(?:evraki|evraklari|evrakini|evraklarini)\s+([^,;.]{2,80}?)\s+havale eder\b/;
const PASSIVE = /\btarafindan\s+([^,;.]{2,80}?)\s+havale(?:si yapil|si yapilir|si yapilarak| edil)/;
const INCOMING = /\bgelen (?:tum |butun |her turlu )?evrak/;
const REGISTER = /\bkayit(?:lari|larini|larinin)?(?: [a-z]+){0,4} (?:yapmak|tutmak)\b|\bkaydetmek\b|\bkaydini yapmak\b/;
const NOT_ROUTING = /\b(?:degil|olmaz|takip|takib|kontrol)/;

/** Drafts the routing steps of every provision. */
export function draftRouting(d: Drafting): void {
  for (const p of d.doc.provisions) {
    if (!p.leaf) continue;
    for (const s of sentences(p.text, { semicolons: false })) {
      const text = p.text.slice(s.start, s.end);
      if (readAssignment(d, p, text)) continue;
      readDuty(d, p, text);
    }
  }
}

/** "Müdür evrakı ilgili personele havale eder", "… Müdür tarafından ilgili personele havale edilerek". */
function readAssignment(d: Drafting, p: Provision, text: string): boolean {
  const l = lite(text);
  const active = ACTIVE.exec(l);
  const passive = active ? null : PASSIVE.exec(l);
  const m = active ?? passive;
  if (!m || /\b(?:degil|olmaz)\b/.test(l)) return false;
  const toText = text.slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length);
  const to = dativeList(d, toText);
  // who assigns: the actor the sentence opens with (active), or the one right before "tarafından" (passive)
  let actor: DraftActor | undefined;
  if (active) {
    const before = text.slice(0, m.index);
    const lead = leadingActor(d.book, before);
    if (lead && lead.words === tokens(before).length) actor = lead.actor;
  } else {
    const before = text.slice(0, m.index).trimEnd();
    const tail = trailingList(d.book, before, 6);
    const last = tokens(before).pop()?.f ?? '';
    if (tail?.members.length === 1 && d.book.lastWordsOf(tail.members[0]!.actor).has(last)) actor = tail.members[0]!.actor;
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

/** A duty of a duty list that registers the documents coming in, by the list's holder. */
function readDuty(d: Drafting, p: Provision, text: string): void {
  const holder = d.holders.get(p.id);
  if (!holder) return;
  const l = lite(text);
  const incoming = INCOMING.exec(l);
  if (!incoming) return;
  const after = l.slice(incoming.index);
  // the verb that makes the holder do it, in the clause of the documents
  const clause = after.split(/[,;]/u)[0]!;
  if (NOT_ROUTING.test(clause)) return;
  const register = REGISTER.exec(clause);
  if (register) add(d, p, { actor: holder, action: 'register' }, text.slice(incoming.index, incoming.index + register.index + register[0].length));
}

/** Drafts a step once per provision, action and actor. */
function add(d: Drafting, p: Provision, step: { actor: DraftActor; action: RoutingStepInput['action']; to?: DraftActor[] }, readFrom: string): void {
  if (!d.once('routing', p.id, step.action, step.actor.id)) return;
  const verb = step.action === 'register' ? 'kaydeder' : 'havale eder';
  d.rules.routing.push({
    id: d.id(`${step.actor.id} evraki ${verb}`, 8),
    actor: step.actor.id,
    action: step.action,
    ...(step.to?.length ? { to: step.to.map((a) => a.id) } : {}),
    cites: [p.id],
    review: 'pending',
    readFrom: cap(readFrom.trim()),
  });
  d.book.cite(step.actor, p.id);
  for (const a of step.to ?? []) d.book.cite(a, p.id);
}
