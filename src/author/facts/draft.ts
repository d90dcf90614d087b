/**
 * What every part of the drafting shares: the text, the actors, the facts drafted so far, the
 * ids already given out, and the todos.
 */
import { slugify } from '../../fold.js';
import type { DutyInput, RulesInput } from '../../schema/facts.js';
import type { DraftedFacts, DraftTodo } from './index.js';
import { ActorBook, type DraftActor } from './actors.js';
import { Doc } from './text.js';

/** The working state of one drafting run. */
export class Drafting {
  readonly duties: DutyInput[] = [];
  readonly rules: RulesInput = { reporting: [], deputies: [], correspondence: [], routing: [], definitions: [] };
  readonly meta: DraftedFacts['meta'] = {};
  readonly todos: DraftTodo[] = [];
  /** The holder each duty provision was given (provision id → actor), for the rules read from duty lists. */
  readonly holders = new Map<string, DraftActor>();
  private readonly ids = new Set<string>();
  /** The next suffix to try for each base id (ids only grow, so a suffix once taken stays taken). */
  private readonly next = new Map<string, number>();
  /** Keys already seen per kind of fact, for {@link Drafting.once}. */
  private readonly seen = new Map<string, Set<string>>();

  constructor(readonly doc: Doc, readonly book: ActorBook) {}

  /** A fresh id from the words given (slugified, at most `words` words), unique in this draft. */
  id(text: string, words = 6): string {
    const base = slugify(text).split('-').filter(Boolean).slice(0, words).join('-') || 'olgu';
    let id = base;
    let k = this.next.get(base) ?? 2;
    if (this.ids.has(id)) for (id = `${base}-${k}`; this.ids.has(id); id = `${base}-${k}`) k++;
    this.next.set(base, k);
    this.ids.add(id);
    return id;
  }

  /**
   * True the first time a fact of `kind` with these parts is met in this drafting run, false after:
   * the readers draft a fact once however many sentences state it.
   */
  once(kind: string, ...parts: string[]): boolean {
    let keys = this.seen.get(kind);
    if (!keys) this.seen.set(kind, (keys = new Set()));
    const key = parts.join('\u0000');
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  }

  /** Records a provision read but not turned into a fact, once per provision and message. */
  todo(provision: string, message: string): void {
    if (this.once('todo', provision, message)) this.todos.push({ provision, message });
  }
}
