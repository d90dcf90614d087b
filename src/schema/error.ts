import { z } from 'zod';

/** The library's error codes, as `MevzuatErrorCode`. */
export const mevzuatErrorCodes = ['UNKNOWN_REGULATION', 'UNKNOWN_ENTITY', 'AMBIGUOUS', 'UNKNOWN_CITATION', 'INVALID_ARGUMENT', 'INVALID_REGULATION'] as const;

/**
 * One problem in a regulation's data (`RegulationProblem`).
 *
 * @example
 * RegulationProblemSchema.parse({ file: 'rules.yaml', line: 12, message: 'bilinmeyen birim' })
 */
export const RegulationProblemSchema = z.strictObject({
  file: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  path: z.string().optional(),
  message: z.string(),
  value: z.string().optional(),
  suggestion: z.string().optional(),
  severity: z.enum(['error', 'todo']).optional(),
});

/**
 * A `MevzuatError` as JSON (`error.toJSON()`, `JSON.stringify(error)`).
 *
 * @example
 * MevzuatErrorJson.parse(JSON.parse(JSON.stringify(err))).code  //=> 'UNKNOWN_REGULATION'
 */
export const MevzuatErrorJson = z.strictObject({
  code: z.enum(mevzuatErrorCodes),
  /** In the error's locale (or the one asked for). */
  message: z.string(),
  /** Nearest valid names or ids, best first; for `AMBIGUOUS`, every candidate. */
  suggestions: z.array(z.string()),
  /** What was given, escaped and cut at 80 characters. */
  input: z.string(),
  /** For `INVALID_REGULATION`: every problem found. */
  problems: z.array(RegulationProblemSchema),
  /** For `INVALID_ARGUMENT`: the parameter at fault; otherwise null. */
  parameter: z.string().nullable(),
});

/** The codes only the HTTP server answers with (routing, limits, its own failures). */
export const httpOnlyErrorCodes = ['NOT_FOUND', 'METHOD_NOT_ALLOWED', 'PAYLOAD_TOO_LARGE', 'URI_TOO_LONG', 'INTERNAL'] as const;

/**
 * What `mevzuat serve` answers on any error: `{ error: { … } }`, the library's error fields, with
 * the codes of the server's own (an unknown path, a request over its limits).
 *
 * @example
 * HttpError.parse(await (await fetch('http://127.0.0.1:8080/regulations/konya')).json())
 */
export const HttpError = z.strictObject({
  error: MevzuatErrorJson.extend({ code: z.enum([...mevzuatErrorCodes, ...httpOnlyErrorCodes]) }),
});
