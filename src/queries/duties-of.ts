import type { DeepReadonly } from '../types.js';
import { builtins } from '../builtins.js';
import type { Corpus } from '../corpus.js';
import type { RegulationRef, SubjectOf } from '../data.js';
import type { Duty } from '../schema/regulation.js';
import type { DutyInput } from '../schema/facts.js';
import type { Topic } from '../schema/common.js';
import { topicIds, topicNames } from '../schema/values.js';
import { fold } from '../fold.js';
import { actorRef, citation, duty, memo, resolveActor, type Index } from '../internal/registry.js';
import { fail, foldArg, nearest, show } from '../internal/lookup.js';
import type { Subject } from './reports-to.js';

/**
 * A duty topic as a query accepts it: the topic id (`'procurement'`) or its Turkish name
 * (`'satın alma'`, folded: `'SATIN ALMA'`, `'satin alma'`). Any string compiles; an unknown one throws
 * `INVALID_ARGUMENT` with the nearest topics.
 *
 * @example
 * dutiesOf('konak', 'Şef', { topic: 'satın alma' }).length  //=> 1
 */
export type TopicRef = Topic | (string & {});

/**
 * Options for duty queries.
 *
 * @example
 * dutiesOf('konak', 'Şef', { topic: 'procurement' }).length  //=> 1
 */
export type DutyFilter = { readonly topic?: TopicRef };

let topicKeys: Map<string, Topic> | undefined;

/** Reads a topic: an id or a Turkish name, folded; throws INVALID_ARGUMENT with the nearest topics. */
export function resolveTopic(topic: unknown): Topic {
  if (typeof topic === 'string' && (topicIds as readonly string[]).includes(topic)) return topic as Topic;
  const key = foldArg(topic, 'topic');
  if (!topicKeys) {
    topicKeys = new Map();
    for (const t of topicIds) { topicKeys.set(fold(t), t); topicKeys.set(fold(topicNames[t]), t); }
  }
  const hit = topicKeys.get(key);
  if (hit) return hit;
  const near = nearest(key, topicIds.flatMap((t): [string, string][] => [[fold(t), t], [fold(topicNames[t]), topicNames[t]]]));
  return fail('INVALID_ARGUMENT', { en: `unknown topic "${show(topic)}"`, tr: `bilinmeyen konu "${show(topic)}"` }, topic, near.length ? near : [...topicIds], 'topic');
}

/**
 * Reads an options argument: `undefined`, or a plain object whose keys are all in `allowed`.
 * Anything else (an array, a misspelt key such as `topik`) throws INVALID_ARGUMENT with the
 * nearest allowed key.
 */
export function checkOptions(options: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (options === undefined || options === null) return {};
  let isArray = true;
  try { isArray = Array.isArray(options); } catch { /* a revoked proxy: not an options object */ }
  if (typeof options !== 'object' || isArray) fail('INVALID_ARGUMENT', { en: `options must be an object such as { ${allowed[0]}: … }, got ${show(options)}`, tr: `seçenekler { ${allowed[0]}: … } gibi bir nesne olmalı, verilen: ${show(options)}` }, options, allowed.map((k) => `{ ${k}: … }`), 'options');
  const out: Record<string, unknown> = {};
  let keys: string[];
  try { keys = Object.keys(options); } catch { return fail('INVALID_ARGUMENT', { en: 'options could not be read', tr: 'seçenekler okunamadı' }, options, [], 'options'); }
  for (const k of keys) {
    if (!allowed.includes(k)) {
      const near = nearest(fold(k.slice(0, 40)) || k.slice(0, 40), allowed.map((a): [string, string] => [fold(a), a]));
      fail('INVALID_ARGUMENT', { en: `unknown option "${show(k)}": allowed ${allowed.join(', ')}`, tr: `bilinmeyen seçenek "${show(k)}": geçerli olanlar ${allowed.join(', ')}` }, k, near.length ? near : [...allowed], 'options');
    }
    let v: unknown;
    try { v = (options as Record<string, unknown>)[k]; } catch { return fail('INVALID_ARGUMENT', { en: `option ${k} could not be read`, tr: `${k} seçeneği okunamadı` }, options, [], 'options'); }
    out[k] = v;
  }
  return out;
}

/** Validates a `{ topic }` options argument. */
export function checkTopic(options: unknown): Topic | undefined {
  const { topic } = checkOptions(options, ['topic']);
  return topic === undefined ? undefined : resolveTopic(topic);
}

/** Duties of an actor and, through its inclusions, of the actors it takes duties from. */
export function collectDuties(idx: Index, id: string): Duty[] {
  const out: Duty[] = [];
  const seen = new Set<string>();
  const visit = (actor: string, via: Duty['via'] | undefined, path: Set<string>) => {
    for (const d of idx.dutiesByHolder.get(actor) ?? []) {
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      const base = duty(idx, d);
      out.push(via ? Object.freeze({ ...base, via }) : base);
    }
    const data = idx.actors.get(actor)!.data;
    for (const inc of data.includesDutiesOf ?? []) {
      if (path.has(inc.actor)) continue;
      visit(inc.actor, via ?? Object.freeze({ actor: actorRef(idx, inc.actor), citation: citation(idx, inc.cites[0]!) }), new Set([...path, inc.actor]));
    }
  };
  visit(id, undefined, new Set([id]));
  return out;
}

/**
 * The duties the text gives a unit or post, in text order, each with its verbatim text and
 * citation. Where the text extends another actor's duties to the subject ("Madde 6’da belirtilen
 * genel görevlerinin yanında"), those come too, marked with `via` and the provision that extends
 * them.
 *
 * @param regulation - Id or municipality name.
 * @param subject - Id, name or alias.
 * @param options - `topic`: keep only duties with this topic.
 * @returns The duties; empty when the text gives the subject none.
 * @throws {MevzuatError} `UNKNOWN_REGULATION`, `UNKNOWN_ENTITY`, `AMBIGUOUS`, `INVALID_ARGUMENT` (also for an unknown topic).
 * @example
 * dutiesOf('konak', 'Şef', { topic: 'procurement' }).map((d) => d.citation.label)
 * //=> ['m.9/k']
 */
export function dutiesOf<R extends RegulationRef>(regulation: R, subject: SubjectOf<R>, options?: DutyFilter): DeepReadonly<Duty[]> {
  return dutiesOfIn(builtins(), regulation, subject, options);
}

/** {@link dutiesOf} over a given corpus (what `createMevzuat` binds). @internal */
export function dutiesOfIn(corpus: Corpus, regulation: RegulationRef, subject: Subject, options?: DutyFilter): Duty[] {
  const idx = corpus.index(regulation);
  const id = resolveActor(idx, subject);
  const topic = checkTopic(options);
  return memo(idx, `dutiesOf:${id}:${topic ?? ''}`, () => {
    const all = collectDuties(idx, id);
    return topic ? all.filter((d) => d.topics.includes(topic)) : all;
  });
}
