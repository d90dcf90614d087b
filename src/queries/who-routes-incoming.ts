import type { DeepReadonly } from '../types.js';
import { builtins } from '../builtins.js';
import type { Corpus } from '../corpus.js';
import type { RegulationRef } from '../data.js';
import type { RoutingAnswer } from '../schema/answers.js';
import { actorRef, citation, citations, fallbackFact, fallbackOf, memo, reviewOf, type Index } from '../internal/registry.js';

/**
 * Who receives, registers and distributes (havale: assigns to whoever is to act on it) the
 * unit's incoming documents, step by step as the text gives them, each step with the actor the
 * text names (none where the text is in the passive: "kaydedilir") and to whom the document goes
 * where the text says so. `not-regulated` where the text names nobody for it.
 *
 * @param regulation - Id or municipality name.
 * @returns The routers (actors named in the steps, in text order), the steps and their citations.
 * @throws {MevzuatError} `UNKNOWN_REGULATION`, `INVALID_ARGUMENT`.
 * @example
 * whoRoutesIncoming('konak').routers.map((a) => a.name)
 * //=> ['Şef', 'Müdür']
 */
export function whoRoutesIncoming(regulation: RegulationRef): DeepReadonly<RoutingAnswer> {
  return whoRoutesIncomingIn(builtins(), regulation);
}

/** {@link whoRoutesIncoming} over a given corpus (what `createMevzuat` binds). @internal */
export function whoRoutesIncomingIn(corpus: Corpus, regulation: RegulationRef): RoutingAnswer {
  const idx = corpus.index(regulation);
  return memo(idx, 'routing', () => answer(idx));
}

function answer(idx: Index): RoutingAnswer {
  const steps = idx.reg.routing;
  const named = steps.filter((s) => s.actor);
  const out: RoutingAnswer = {
    regulation: idx.reg.id,
    status: named.length ? 'explicit' : 'not-regulated',
    routers: [...new Set(named.map((s) => s.actor!))].map((a) => actorRef(idx, a)),
    steps: steps.map((s) => ({
      ...(s.actor && { actor: actorRef(idx, s.actor) }),
      action: s.action,
      ...(s.to && { to: s.to.map((t) => actorRef(idx, t)) }),
      ...(s.toText && { toText: s.toText }),
      ...(s.note && { note: s.note }),
      citation: citation(idx, s.cites[0]!),
      ...reviewOf(idx, [s], [s.actor, ...(s.to ?? [])]),
    })),
    citations: citations(idx, [...new Set(steps.flatMap((s) => s.cites))]),
  };
  if (!named.length) {
    const fb = fallbackOf(idx);
    if (fb) out.fallback = fb;
  }
  return { ...out, ...reviewOf(idx, [...out.steps, out.fallback && fallbackFact(idx)]) };
}
