/**
 * Build step (after tsup): the JSON Schemas of every answer and of the error object, generated
 * from the zod schemas with `z.toJSONSchema`, written to dist/schemas/json/ and shipped as
 * `belediye-mevzuat/schemas/json/<name>.json` for consumers in any language.
 *
 *   tsx scripts/json-schemas.ts [--out <dir>]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { jsonSchemas } from '../src/schema/json.js';

const at = process.argv.indexOf('--out');
const out = at > 0 ? process.argv[at + 1]! : 'dist/schemas/json';
mkdirSync(out, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas)) {
  const doc = { title: name, ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }) };
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(doc, null, 2)}\n`);
}
if (process.env.MEVZUAT_VERBOSE) console.error(`wrote ${Object.keys(jsonSchemas).length} JSON Schemas to ${out}`);
