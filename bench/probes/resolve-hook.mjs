// Module customization hook (runs on the loader thread): logs each resolved URL.
import { appendFileSync } from 'node:fs';

let file;
export function initialize(data) { file = data.file; }
export async function resolve(specifier, context, next) {
  const out = await next(specifier, context);
  appendFileSync(file, `${out.url}\n`);
  return out;
}
