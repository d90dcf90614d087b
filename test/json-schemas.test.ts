// The JSON Schemas shipped as belediye-mevzuat/schemas/json/*.json (built by scripts/json-schemas.ts
// from the zod schemas) accept the library's real answers and errors, and reject what is not one.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// ajv: the JSON Schema validator @seriousme/openapi-schema-validator is built on
import { Ajv2020 } from 'ajv/dist/2020.js';
import {
  MevzuatError, about, chainOfCommand, cite, define, deputyOf, dutiesOf, inForce, regulations, reportsTo, whoRoutesIncoming, whoSigns,
} from '../src/index.js';
import { jsonSchemas } from '../src/schema/json.js';

const dir = 'dist/schemas/json';
const ajv = new Ajv2020({ strict: false, allErrors: true });
const schema = (name: string) => {
  expect(existsSync(join(dir, `${name}.json`)), 'run npm run build first').toBe(true);
  return ajv.compile(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')));
};
const plain = (v: unknown) => JSON.parse(JSON.stringify(v));

describe('JSON Schemas of the answers and the error', () => {
  it('one file per published schema, each a draft 2020-12 schema', () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(jsonSchemas).map((n) => `${n}.json`).sort());
    for (const f of readdirSync(dir)) expect(JSON.parse(readFileSync(join(dir, f), 'utf8')).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('accept every built-in answer', () => {
    const v = Object.fromEntries(Object.keys(jsonSchemas).map((n) => [n, schema(n)]));
    let checked = 0;
    const ok = (name: string, value: unknown) => { expect(v[name]!(plain(value)), `${name}: ${JSON.stringify(v[name]!.errors)}`).toBe(true); checked++; };
    for (const r of regulations) {
      for (const to of ['inter-directorate', 'public-institution', 'private-party']) ok('who-signs-answer', whoSigns(r.id, to));
      ok('routing-answer', whoRoutesIncoming(r.id));
      ok('about-answer', about(r.id));
      ok('in-force-answer', inForce(r.id, '2024-01-01'));
      for (const d of r.definitions.slice(0, 3)) ok('definition-answer', define(r.id, d.term));
      for (const p of r.posts.slice(0, 4)) {
        ok('reports-to-answer', reportsTo(r.id, p.id));
        ok('deputy-answer', deputyOf(r.id, p.id));
        for (const a of chainOfCommand(r.id, p.id)) ok('chain-step', a);
        for (const d of dutiesOf(r.id, p.id)) ok('duty', d);
      }
      ok('citation', cite(r.id, r.provisions[0]!.id));
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('accept the error as JSON, and reject an answer that is not one', () => {
    let e: MevzuatError | undefined;
    try { whoSigns('konak', ''); } catch (x) { e = x as MevzuatError; }
    const error = schema('error');
    expect(error(plain(e))).toBe(true);
    expect(schema('http-error')({ error: plain(e) })).toBe(true);
    expect(error({ ...plain(e), code: 'NOPE' })).toBe(false);
    expect(schema('who-signs-answer')({ ...plain(whoSigns('konak', 'valilik')), status: 'maybe' })).toBe(false);
  });
});
