import type { DeepReadonly } from '../types.js';
import { builtins } from '../builtins.js';
import type { Corpus } from '../corpus.js';
import type { RegulationRef, SubjectOf } from '../data.js';
import type { DeputyAnswer } from '../schema/answers.js';
import type { ActorRef } from '../schema/organisation.js';
import { actorRef, citation, citations, fallbackFact, fallbackOf, memo, resolveActor, reviewOf, type Index } from '../internal/registry.js';
import type { Subject } from './reports-to.js';

/**
 * Who acts for a unit head or office holder when they are away (vekalet), and under what
 * condition. `not-regulated` where the text names nobody, with `fallback` citing the
 * regulation's "matters not covered" clause if it has one. What the text does say about acting in
 * the subject's absence without making it vekâlet (Kocaeli m.6/f: the Şube Müdürü takes the
 * initiative "üst amirlerin bulunmadığı olaylarda") comes in `inAbsence`; what it says about
 * representing the subject in some matters (İzmir m.8/l: "Müdürü temsilen toplantı …"), in `represents`.
 * Vekâlet is asked of a post: for a unit or a collective body (Belediye Meclisi, Encümen, Üst
 * Yönetim) the answer is `not-regulated` with `notAPost` set (and, for a unit, the post that heads
 * it), a Turkish `note` saying so, and no fallback clause.
 *
 * @param regulation - Id or municipality name.
 * @param subject - Id, name or alias.
 * @returns The deputies and the provision naming them.
 * @throws {MevzuatError} `UNKNOWN_REGULATION`, `UNKNOWN_ENTITY`, `AMBIGUOUS`, `INVALID_ARGUMENT`.
 * @example
 * deputyOf('konak', 'Müdür')
 * //=> { status: 'explicit', deputies: [{ name: 'Şef' }],
 * //     condition: 'Müdürün herhangi bir sebeple bulunmadığı zamanlarda', citations: [{ label: 'm.9/t' }] }
 * deputyOf('konak', 'Özel Kalem Müdürlüğü').notAPost
 * //=> { kind: 'unit', head: { id: 'mudur', name: 'Müdür', kind: 'post' } }
 */
export function deputyOf<R extends RegulationRef>(regulation: R, subject: SubjectOf<R>): DeepReadonly<DeputyAnswer> {
  return deputyOfIn(builtins(), regulation, subject);
}

/** {@link deputyOf} over a given corpus (what `createMevzuat` binds). @internal */
export function deputyOfIn(corpus: Corpus, regulation: RegulationRef, subject: Subject): DeputyAnswer {
  const idx = corpus.index(regulation);
  const id = resolveActor(idx, subject);
  return memo(idx, `deputyOf:${id}`, () => answer(idx, id));
}

/** A unit (with the post heading it, where the data names exactly one) or a body: not a post vekâlet is asked of. */
function notAPostOf(idx: Index, id: string): DeputyAnswer['notAPost'] {
  const actor = idx.actors.get(id)!;
  if (actor.ref.kind === 'unit') {
    const heads = idx.reg.posts.filter((p) => p.unit === id && p.heads);
    return { kind: 'unit', ...(heads.length === 1 && { head: actorRef(idx, heads[0]!.id) }) };
  }
  return actor.ref.kind === 'office' && 'body' in actor.data && actor.data.body ? { kind: 'body' } : undefined;
}

/** Why vekâlet is not asked of the subject, in Turkish, naming the post to ask of where there is one. */
function notAPostNote(subject: ActorRef, n: NonNullable<DeputyAnswer['notAPost']>): string {
  // the name is not put first: it is verbatim, and may begin in lower case ("şeflik")
  if (n.kind === 'body') return `Vekâlet, bir kişinin yürüttüğü makam için sorulur; sorulan ${subject.name} bir makam değil, bir kurul ya da kurumdur.`;
  const unit = `Vekâlet bir birim için değil, birimin başındaki kadro için sorulur; sorulan ${subject.name} bir birimdir.`;
  return n.head ? `${unit} Bu birimin başındaki kadro: ${n.head.name}.` : `${unit} Metin bu birimin başında bir kadro belirtmiyor.`;
}

function answer(idx: Index, id: string): DeputyAnswer {
  const all = idx.deputiesFor.get(id) ?? [];
  const rules = all.filter((r) => (r.kind ?? 'vekalet') === 'vekalet');
  const other = all.filter((r) => r.kind === 'in-absence');
  const representing = all.filter((r) => r.kind === 'represents');
  const out: DeputyAnswer = {
    regulation: idx.reg.id,
    subject: actorRef(idx, id),
    status: rules.length ? 'explicit' : 'not-regulated',
    deputies: [...new Set(rules.flatMap((r) => r.deputies))].map((d) => actorRef(idx, d)),
    inAbsence: other.flatMap((r) => r.deputies.map((d) => ({
      actor: actorRef(idx, d),
      ...(r.condition && { condition: r.condition }),
      ...(r.note && { note: r.note }),
      citation: citation(idx, r.cites[0]!),
    }))),
    ...(representing.length && {
      represents: representing.flatMap((r) => r.deputies.map((d) => ({
        actor: actorRef(idx, d),
        ...(r.note && { note: r.note }),
        citation: citation(idx, r.cites[0]!),
      }))),
    }),
    citations: citations(idx, [...new Set(all.flatMap((r) => r.cites))]),
  };
  const conditions = [...new Set(rules.map((r) => r.condition).filter((c): c is string => !!c))];
  if (conditions.length) out.condition = conditions.join('; ');
  const notes = [...new Set(rules.map((r) => r.note).filter((c): c is string => !!c))];
  if (notes.length) out.note = notes.join(' ');
  const notAPost = rules.length ? undefined : notAPostOf(idx, id);
  if (notAPost) {
    out.notAPost = notAPost;
    out.note = notAPostNote(out.subject, notAPost);
  } else if (!rules.length) {
    const fb = fallbackOf(idx);
    if (fb) out.fallback = fb;
  }
  return { ...out, ...reviewOf(idx, [...all, out.fallback && fallbackFact(idx)], [id, ...all.flatMap((r) => r.deputies)]) };
}
