/**
 * Writes docs/openapi.json: the OpenAPI 3.1 description `mevzuat serve` serves at /openapi.json,
 * generated from the zod schemas. A test checks the committed file against a fresh one.
 *
 *   npm run openapi
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { builtinRegulations, createMevzuat } from '../src/index.js';
import { openApiDocument } from '../src/server/app.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const doc = await openApiDocument(createMevzuat({ regulations: builtinRegulations }), version);
writeFileSync(new URL('../docs/openapi.json', import.meta.url), `${JSON.stringify(doc, null, 2)}\n`);
