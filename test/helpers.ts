import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGULATIONS_DIR } from '../src/compile/regulation.js';

/** The folder of a regulation in the repo. */
export const folder = (id: string) => join(REGULATIONS_DIR, id);

/** The authoritative source text of a regulation, as received. */
export function sourceOf(reg: { id: string; sources: readonly { file: string; role: string }[] }): string {
  const s = reg.sources.find((x) => x.role === 'authoritative')!;
  return readFileSync(join(folder(reg.id), s.file), 'utf8');
}

/** Every fact's citations, with where they come from. */
export function allCites(reg: import('../src/index.js').Regulation): [where: string, id: string][] {
  const out: [string, string][] = [];
  const add = (where: string, ids: readonly string[]) => ids.forEach((id) => out.push([where, id]));
  for (const a of [...reg.units, ...reg.posts, ...reg.offices]) {
    add(`actor ${a.id}`, a.cites);
    a.includesDutiesOf?.forEach((i) => add(`actor ${a.id} includes`, i.cites));
  }
  reg.duties.forEach((d) => add(`duty ${d.id}`, d.cites));
  reg.reporting.forEach((d) => add(`reporting ${d.id}`, d.cites));
  reg.deputies.forEach((d) => add(`deputy ${d.id}`, d.cites));
  reg.correspondence.forEach((d) => add(`correspondence ${d.id}`, d.cites));
  reg.routing.forEach((d) => add(`routing ${d.id}`, d.cites));
  reg.definitions.forEach((d) => add(`definition ${d.id}`, d.cites));
  reg.legalBasis.forEach((d, i) => add(`legalBasis ${i}`, d.cites));
  if (reg.adoption) add('adoption', reg.adoption.cites);
  add('entryIntoForce', reg.entryIntoForce.cites);
  reg.repeals.forEach((d, i) => add(`repeals ${i}`, d.cites));
  if (reg.executor) add('executor', reg.executor.cites);
  if (reg.fallback) add('fallback', [reg.fallback]);
  return out;
}
