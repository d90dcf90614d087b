import type { RegulationRef } from '../data.js';
import type { Duty } from '../schema/regulation.js';
import type { DutyInput } from '../schema/facts.js';
import { Topic } from '../schema/common.js';
import { actorRef, citation, duty, indexOf, resolveActor, type Index } from '../internal/registry.js';
import { fail, nearest, show } from '../internal/lookup.js';
import type { Subject } from './reports-to.js';

/**
 * Options for duty queries.
 *
 * @example
 * dutiesOf('konak', 'Şef', { topic: 'procurement' }).length  //=> 1
 */
export type DutyFilter = { topic?: Topic };

/** Validates a topic option; throws INVALID_ARGUMENT with the nearest topics. */
export function checkTopic(options: unknown): Topic | undefined {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== 'object') fail('INVALID_ARGUMENT', `options must be an object, got ${show(options)}`, options);
  const topic = (options as { topic?: unknown }).topic;
  if (topic === undefined) return undefined;
  const r = Topic.safeParse(topic);
  if (r.success) return r.data;
  const key = typeof topic === 'string' ? topic.toLocaleLowerCase('tr-TR') : '';
  const near = key ? nearest(key, Topic.options.map((t): [string, string] => [t, t])) : [];
  return fail('INVALID_ARGUMENT', `unknown topic ${show(topic)}`, topic, near.length ? near : [...Topic.options]);
}

const noted = new WeakMap<Duty, Duty>();

/** The query-facing duty, with the data's note where it has one (why this holder). */
export function dutyWithNote(idx: Index, d: DutyInput): Duty {
  const base = duty(idx, d);
  if (!d.note) return base;
  let out = noted.get(base);
  if (!out) noted.set(base, (out = Object.freeze({ ...base, note: d.note })));
  return out;
}

/** Duties of an actor and, through its inclusions, of the actors it takes duties from. */
export function collectDuties(idx: Index, id: string): Duty[] {
  const out: Duty[] = [];
  const seen = new Set<string>();
  const visit = (actor: string, via: Duty['via'] | undefined, path: Set<string>) => {
    for (const d of idx.dutiesByHolder.get(actor) ?? []) {
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      const base = dutyWithNote(idx, d);
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
export function dutiesOf(regulation: RegulationRef, subject: Subject, options?: DutyFilter): Duty[] {
  const idx = indexOf(regulation);
  const id = resolveActor(idx, subject);
  const topic = checkTopic(options);
  const all = collectDuties(idx, id);
  return topic ? all.filter((d) => d.topics.includes(topic)) : all;
}
