import type { DeepReadonly } from '../types.js';
import { builtins } from '../builtins.js';
import type { Corpus } from '../corpus.js';
import type { RegulationRef, SubjectOf } from '../data.js';
import type { DeputyAnswer } from '../schema/answers.js';
import { actorRef, citation, citations, fallbackFact, fallbackOf, memo, resolveActor, reviewOf, type Index } from '../internal/registry.js';
import type { Subject } from './reports-to.js';

/**
 * Who acts for a unit head or office holder when they are away (vekalet), and under what
 * condition. `not-regulated` where the text names nobody, with `fallback` citing the
 * regulation's "matters not covered" clause if it has one. What the text does say about acting in
 * the subject's absence without making it vekâlet (Kocaeli m.6/f: the Şube Müdürü takes the
 * initiative "üst amirlerin bulunmadığı olaylarda") comes in `inAbsence`; what it says about
 * representing the subject in some matters (İzmir m.8/l: "Müdürü temsilen toplantı …"), in `represents`.
 *
 * @param regulation - Id or municipality name.
 * @param subject - Id, name or alias.
 * @returns The deputies and the provision naming them.
 * @throws {MevzuatError} `UNKNOWN_REGULATION`, `UNKNOWN_ENTITY`, `AMBIGUOUS`, `INVALID_ARGUMENT`.
 * @example
 * deputyOf('konak', 'Müdür')
 * //=> { status: 'explicit', deputies: [{ name: 'Şef' }],
 * //     condition: 'Müdürün herhangi bir sebeple bulunmadığı zamanlarda', citations: [{ label: 'm.9/t' }] }
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
  if (!rules.length) {
    const fb = fallbackOf(idx);
    if (fb) out.fallback = fb;
  }
  return { ...out, ...reviewOf(idx, [...all, out.fallback && fallbackFact(idx)], [id, ...all.flatMap((r) => r.deputies)]) };
}
