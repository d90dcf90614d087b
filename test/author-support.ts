// What `mevzuat new` does, in process, for the author tests.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { draftRegulation } from '../src/author/skeleton.js';
import { checkRegulationDir } from '../src/compile/regulation.js';

const idOf = (path: string) => `t-${createHash('sha256').update(path).digest('hex').slice(0, 10)}`;

/** What `mevzuat new` does, in process: draft, validating each round on a scratch folder, then write. */
export function newFolder(path: string, id = idOf(path)) {
  const bytes = readFileSync(path);
  const dir = join(mkdtempSync(join(tmpdir(), 'mevzuat-draft-')), id);
  mkdirSync(dir);
  writeFileSync(join(dir, 'source.txt'), bytes);
  const check = (files: Record<string, string>) => {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return checkRegulationDir(dir, { draft: true }).problems;
  };
  const { files, summary } = draftRegulation({ id, raw: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex'), receivedAs: basename(path) }, { check });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, files, summary, id };
}

