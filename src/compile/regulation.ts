/**
 * Reads one `regulations/<id>/` folder, validates every file against the zod schemas, checks the
 * rules the data must obey (references resolve, every provision covered, verbatim excerpts, no
 * cycles, the structure holds the whole source) and returns the compiled {@link Regulation}.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { TextInput } from '../schema/text.js';
import { OrganisationInput } from '../schema/organisation.js';
import { CoverageInput, DutiesInput, RulesInput } from '../schema/facts.js';
import { Regulation, RegulationMetaInput, type ReportingLine } from '../schema/regulation.js';
import { compileText, completenessGap } from './text.js';
import { genitive } from '../internal/turkish.js';

export const REGULATIONS_DIR = new URL('../../regulations/', import.meta.url).pathname;

export class DataError extends Error {}

function load<T extends z.ZodType>(dir: string, file: string, schema: T): z.infer<T> {
  const path = join(dir, file);
  if (!existsSync(path)) throw new DataError(`${path}: missing`);
  const raw = parse(readFileSync(path, 'utf8'));
  const r = schema.safeParse(raw);
  if (!r.success) throw new DataError(`${path}:\n${z.prettifyError(r.error)}`);
  return r.data;
}

export function regulationDirs(root = REGULATIONS_DIR): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'regulation.yaml')))
    .map((d) => join(root, d.name))
    .sort();
}

export const sha256 = (buf: Buffer | string) => createHash('sha256').update(buf).digest('hex');

/** Loads the raw source text the structure was made from. */
export function readSource(dir: string): string {
  const text = load(dir, 'text.yaml', TextInput);
  return readFileSync(join(dir, text.source), 'utf8');
}

export function compileRegulation(dir: string): Regulation {
  const meta = load(dir, 'regulation.yaml', RegulationMetaInput);
  const text = load(dir, 'text.yaml', TextInput);
  const org = load(dir, 'organisation.yaml', OrganisationInput);
  const { duties } = load(dir, 'duties.yaml', DutiesInput);
  const rules = load(dir, 'rules.yaml', RulesInput);
  const { noFact } = load(dir, 'coverage.yaml', CoverageInput);
  const problems: string[] = [];
  const where = meta.id;

  if (!dir.endsWith(`/${meta.id}`)) problems.push(`folder name must equal id ${meta.id}`);
  for (const s of meta.sources) {
    const path = join(dir, s.file);
    if (!existsSync(path)) { problems.push(`source ${s.file} missing`); continue; }
    const got = sha256(readFileSync(path));
    if (got !== s.sha256) problems.push(`source ${s.file}: sha256 ${got} ≠ recorded ${s.sha256}`);
  }
  const authoritative = meta.sources.filter((s) => s.role === 'authoritative');
  if (authoritative.length !== 1 || authoritative[0]!.file !== text.source) problems.push('exactly one authoritative source, the one text.yaml is made from');

  let compiled;
  try { compiled = compileText(text.nodes); } catch (e) { throw new DataError(`${where}/text.yaml: ${(e as Error).message}`); }
  const gap = completenessGap(readFileSync(join(dir, text.source), 'utf8'), text.nodes);
  if (gap) problems.push(`text.yaml does not hold the whole source: ${gap}`);

  const provisionIds = new Set<string>();
  const labels = new Map<string, string>();
  for (const p of compiled.provisions) {
    if (provisionIds.has(p.id)) problems.push(`duplicate provision id ${p.id}`);
    provisionIds.add(p.id);
    for (const l of [p.label, ...p.altLabels]) {
      if (labels.has(l)) problems.push(`label ${l} given to ${labels.get(l)} and ${p.id}`);
      labels.set(l, p.id);
    }
  }
  const byId = new Map(compiled.provisions.map((p) => [p.id, p]));

  // actors
  const actors = new Map<string, string>();
  for (const [kind, list] of [['unit', org.units], ['post', org.posts], ['office', org.offices]] as const) {
    for (const a of list) {
      if (actors.has(a.id)) problems.push(`duplicate actor id ${a.id}`);
      actors.set(a.id, kind);
    }
  }
  const actor = (id: string | undefined, ctx: string) => {
    if (id !== undefined && !actors.has(id)) problems.push(`${ctx}: unknown actor ${id}`);
  };
  const cited = new Set<string>();
  const cites = (ids: readonly string[], ctx: string) => {
    for (const id of ids) {
      if (!provisionIds.has(id)) problems.push(`${ctx}: citation ${id} does not resolve`);
      cited.add(id);
    }
  };
  const factIds = new Set<string>();
  const fact = (id: string, ctx: string) => {
    if (factIds.has(id)) problems.push(`duplicate fact id ${id} (${ctx})`);
    factIds.add(id);
  };

  const unitIds = new Set(org.units.map((u) => u.id));
  if (!unitIds.has(meta.organisation)) problems.push(`organisation ${meta.organisation} is not a unit`);
  for (const u of org.units) {
    cites(u.cites, `unit ${u.id}`);
    if (u.parent !== undefined && !unitIds.has(u.parent)) problems.push(`unit ${u.id}: parent ${u.parent} is not a unit`);
    for (const inc of u.includesDutiesOf ?? []) { actor(inc.actor, `unit ${u.id}`); cites(inc.cites, `unit ${u.id}`); }
  }
  for (const p of org.posts) {
    cites(p.cites, `post ${p.id}`);
    if (p.unit !== undefined && !unitIds.has(p.unit)) problems.push(`post ${p.id}: unit ${p.unit} is not a unit`);
    if (p.heads && !p.unit) problems.push(`post ${p.id}: heads without unit`);
    for (const inc of p.includesDutiesOf ?? []) { actor(inc.actor, `post ${p.id}`); cites(inc.cites, `post ${p.id}`); }
  }
  for (const o of org.offices) cites(o.cites, `office ${o.id}`);
  const heads = new Map<string, string>();
  for (const p of org.posts) if (p.heads) {
    if (heads.has(p.unit!)) problems.push(`unit ${p.unit} has two heads`);
    heads.set(p.unit!, p.id);
  }
  // unit cycles
  for (const u of org.units) {
    const seen = new Set<string>();
    let cur: string | undefined = u.id;
    while (cur) {
      if (seen.has(cur)) { problems.push(`unit cycle through ${u.id}`); break; }
      seen.add(cur);
      cur = org.units.find((x) => x.id === cur)?.parent;
    }
  }

  for (const d of duties) {
    fact(d.id, 'duty'); actor(d.holder, `duty ${d.id}`); cites(d.cites, `duty ${d.id}`);
    const p = byId.get(d.cites[0]!);
    if (d.excerpt && p && !p.text.includes(d.excerpt)) problems.push(`duty ${d.id}: excerpt is not verbatim in ${p.label}`);
  }
  for (const r of rules.reporting) {
    fact(r.id, 'reporting'); actor(r.from, r.id); actor(r.to, r.id); cites(r.cites, r.id);
    if (r.from === r.to) problems.push(`${r.id}: a line to itself`);
  }
  for (const r of rules.deputies) { fact(r.id, 'deputy'); actor(r.for, r.id); r.deputies.forEach((a) => actor(a, r.id)); cites(r.cites, r.id); }
  for (const r of rules.correspondence) {
    fact(r.id, 'correspondence'); cites(r.cites, r.id);
    [...r.signers.map((s) => s.actor), ...r.paraf, ...r.responsible].forEach((a) => actor(a, r.id));
  }
  for (const r of rules.routing) { fact(r.id, 'routing'); actor(r.actor, r.id); cites(r.cites, r.id); }
  for (const d of rules.definitions) {
    fact(d.id, 'definition'); actor(d.actor, d.id); cites(d.cites, d.id);
    const p = byId.get(d.cites[0]!);
    if (p && !p.text.includes(d.meaning)) problems.push(`definition ${d.id}: meaning is not verbatim in ${p.label}`);
  }
  for (const lb of meta.legalBasis) cites(lb.cites, 'legalBasis');
  if (meta.adoption) cites(meta.adoption.cites, 'adoption');
  cites(meta.entryIntoForce.cites, 'entryIntoForce');
  for (const r of meta.repeals) cites(r.cites, 'repeals');
  cites(meta.executor.cites, 'executor');
  actor(meta.executor.actor, 'executor'); actor(meta.executor.onBehalfOf, 'executor');
  if (meta.fallback) cites([meta.fallback], 'fallback');
  for (const s of meta.sic ?? []) {
    const p = byId.get(s.provision);
    if (!p) problems.push(`sic: ${s.provision} does not resolve`);
    else if (!p.text.includes(s.reading)) problems.push(`sic: "${s.reading}" is not in ${p.label}`);
  }

  // coverage: every leaf provision carries a fact or is marked as carrying none
  const marked = new Set<string>();
  for (const n of noFact) {
    if (!provisionIds.has(n.provision)) problems.push(`noFact ${n.provision} does not resolve`);
    if (marked.has(n.provision)) problems.push(`noFact ${n.provision} twice`);
    marked.add(n.provision);
  }
  for (const p of compiled.provisions) {
    if (!p.leaf) continue;
    if (!cited.has(p.id) && !marked.has(p.id)) problems.push(`${p.label} (${p.id}) carries no fact and is not marked noFact`);
    if (cited.has(p.id) && marked.has(p.id)) problems.push(`${p.label} (${p.id}) is cited by a fact and also marked noFact`);
  }

  // reporting lines: what the text states (explicit), the inferences authored as such, and the
  // structural lines the unit tree gives where the text states none
  const reporting: ReportingLine[] = rules.reporting.map(({ inferred, ...r }) => ({ ...r, basis: inferred ? 'structural' as const : 'explicit' as const }));
  const hasExplicit = (from: string) => rules.reporting.some((r) => r.from === from);
  const unitById = new Map(org.units.map((u) => [u.id, u]));
  const nameOf = (id: string) => unitById.get(id)?.name ?? org.posts.find((p) => p.id === id)?.name ?? id;
  /** The nearest unit at or above `unit` that has a head, and that head. */
  const headAt = (unit: string | undefined): [string, string] | undefined => {
    for (let u = unit; u; u = unitById.get(u)?.parent) {
      const h = heads.get(u);
      if (h) return [u, h];
    }
    return undefined;
  };
  for (const u of org.units) {
    if (u.parent && !hasExplicit(u.id)) {
      reporting.push({ id: `structural-${u.id}`, from: u.id, to: u.parent, relation: 'attached-to', cites: [u.cites[0]!], basis: 'structural' });
    }
  }
  // a post answers to the head of its unit; in a sub-unit without a head (Karşıyaka's Müdürlük
  // Ofisi), to the head of the nearest enclosing unit that has one; a head, to the head above
  for (const p of org.posts) {
    if (!p.unit || hasExplicit(p.id)) continue;
    const found = headAt(p.heads ? unitById.get(p.unit)?.parent : p.unit);
    if (!found || found[1] === p.id) continue;
    const [unit, target] = found;
    const line: ReportingLine = { id: `structural-${p.id}`, from: p.id, to: target, relation: 'superior', cites: [p.cites[0]!], basis: 'structural' };
    if (!p.heads && unit !== p.unit) line.note = `Metin ${nameOf(p.unit)} için bir amir göstermez; ${nameOf(target)}, bu birimi kapsayan ${genitive(nameOf(unit))} başıdır.`;
    reporting.push(line);
  }
  // a unit's line to an office outside the organisation reaches the unit's head (Karşıyaka: the
  // Müdürlük works attached to the Başkan Yardımcısı, m.5/2; so does its Müdür)
  const officeIds = new Set(org.offices.map((o) => o.id));
  for (const r of rules.reporting) {
    const head = heads.get(r.from);
    if (!head || !officeIds.has(r.to) || reporting.some((l) => l.from === head && l.to === r.to)) continue;
    const line: ReportingLine = {
      id: `structural-${head}-${r.id}`, from: head, to: r.to, relation: r.relation, cites: r.cites, basis: 'structural',
      note: `Metin bunu ${nameOf(r.from)} için söyler; ${nameOf(head)} bu birimin başıdır.`,
    };
    if (r.condition) line.condition = r.condition;
    reporting.push(line);
  }
  // no cycles among unconditional lines
  const up = new Map<string, string[]>();
  for (const r of reporting) if (!r.condition) up.set(r.from, [...(up.get(r.from) ?? []), r.to]);
  const visiting = new Set<string>(); const done = new Set<string>();
  const visit = (a: string): void => {
    if (done.has(a)) return;
    if (visiting.has(a)) { problems.push(`reporting cycle through ${a}`); return; }
    visiting.add(a); (up.get(a) ?? []).forEach(visit); visiting.delete(a); done.add(a);
  };
  [...up.keys()].forEach(visit);

  if (problems.length) throw new DataError(`${where}:\n  - ${problems.join('\n  - ')}`);

  const out: Regulation = {
    ...meta,
    units: org.units, posts: org.posts, offices: org.offices,
    duties, reporting,
    deputies: rules.deputies, correspondence: rules.correspondence, routing: rules.routing, definitions: rules.definitions,
    noFact,
    document: compiled.document, articles: compiled.articles, provisions: compiled.provisions,
  };
  const check = Regulation.safeParse(out);
  if (!check.success) throw new DataError(`${where}: compiled form fails the schema:\n${z.prettifyError(check.error)}`);
  return out;
}
