// The answer keys of test/fixtures/gebze-keys/ (facts reviewed by hand against the Gebze texts, scored
// by `npm run draft-eval`): every file has the schema's shape, carries no review state (a key is
// reviewed), and every provision it cites is a provision of the text as the parser reads it now.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileText } from '../src/compile/text.js';
import { parseRegulationText } from '../src/parse/text.js';
import { DutiesInput, RulesInput } from '../src/schema/facts.js';
import { OrganisationInput } from '../src/schema/organisation.js';
import { RegulationMetaInput } from '../src/schema/regulation.js';
import { root } from './cli-support.js';

const keys = join(root, 'test/fixtures/gebze-keys');
const Meta = RegulationMetaInput.pick({ organisation: true, executor: true, entryIntoForce: true, legalBasis: true, fallback: true, repeals: true });

/** Every string under a `cites` key, and every `fallback`, anywhere in a parsed file. */
function cited(x: unknown, out: string[] = []): string[] {
  if (Array.isArray(x)) x.forEach((v) => cited(v, out));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) {
    if (k === 'cites' && Array.isArray(v)) out.push(...v);
    else if (k === 'fallback' && typeof v === 'string') out.push(v);
    else cited(v, out);
  }
  return out;
}

describe.each(readdirSync(keys))('answer key %s', (id) => {
  const read = (f: string) => parse(readFileSync(join(keys, id, f), 'utf8'));
  const files = { organisation: read('organisation.yaml'), duties: read('duties.yaml'), rules: read('rules.yaml'), meta: read('meta.yaml') };

  it('has the shapes of a regulation folder, and no review state', () => {
    expect(OrganisationInput.safeParse(files.organisation).error).toBeUndefined();
    expect(DutiesInput.safeParse(files.duties).error).toBeUndefined();
    expect(RulesInput.safeParse(files.rules).error).toBeUndefined();
    expect(Meta.safeParse(files.meta).error).toBeUndefined();
    expect(JSON.stringify(files)).not.toMatch(/"review"|"readFrom"/);
  });

  it('cites only provisions of the current parse of its text', () => {
    const text = compileText(parseRegulationText(readFileSync(join(root, 'test/fixtures/gebze', `${id}.txt`), 'utf8')).nodes);
    const ids = new Set(text.provisions.map((p) => p.id));
    const missing = [...new Set(cited(files))].filter((c) => !ids.has(c));
    expect(missing, 'cites that no longer resolve: re-read the key against the new parse').toEqual([]);
  });

  it('names only actors its organisation lists', () => {
    const o = files.organisation;
    const actors = new Set([...o.units, ...o.posts, ...o.offices].map((a: { id: string }) => a.id));
    const named = [
      ...files.duties.duties.map((d: { holder: string }) => d.holder),
      ...files.rules.reporting.flatMap((r: { from: string; to: string }) => [r.from, r.to]),
      ...files.rules.deputies.flatMap((r: { for: string; deputies: string[] }) => [r.for, ...r.deputies]),
      ...files.rules.correspondence.flatMap((r: { paraf: string[]; responsible: string[]; signers: { actor: string }[] }) => [...r.paraf, ...r.responsible, ...r.signers.map((s) => s.actor)]),
      files.meta.executor.actor, files.meta.organisation,
    ];
    expect(named.filter((a: string) => !actors.has(a))).toEqual([]);
  });
});
