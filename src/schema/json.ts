// The zod schemas published as JSON Schema (scripts/json-schemas.ts writes them at build time):
// the file name of each, and the schema it is generated from.
import type { z } from 'zod';
import { Citation } from './citation.js';
import { ActorRef } from './organisation.js';
import { Duty } from './regulation.js';
import { AboutAnswer, ChainStep, DefinitionAnswer, DeputyAnswer, InForceAnswer, ReportsToAnswer, RoutingAnswer, WhoSignsAnswer } from './answers.js';
import { HttpError, MevzuatErrorJson } from './error.js';

/** `belediye-mevzuat/schemas/json/<name>.json` → the zod schema it is generated from. */
export const jsonSchemas: Readonly<Record<string, z.ZodType>> = {
  'who-signs-answer': WhoSignsAnswer,
  'reports-to-answer': ReportsToAnswer,
  'deputy-answer': DeputyAnswer,
  'routing-answer': RoutingAnswer,
  'definition-answer': DefinitionAnswer,
  'in-force-answer': InForceAnswer,
  'about-answer': AboutAnswer,
  citation: Citation,
  duty: Duty,
  'actor-ref': ActorRef,
  'chain-step': ChainStep,
  error: MevzuatErrorJson,
  'http-error': HttpError,
};
