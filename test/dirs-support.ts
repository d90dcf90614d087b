// Regulation folders for the cache and lazy-loading tests: the Örnekköy fixture copied under new
// ids (and names, so that they never collide), the way a municipality's set of folders looks.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMevzuat } from '../src/index.js';
import { compiler } from '../src/node/compiler.js';
import type { FolderCompiler } from '../src/node/dirs.js';

export const fixture = join(import.meta.dirname, 'fixtures/ornekkoy/encoded/ornekkoy');

/** Copies the fixture to `<root>/<id>` with that id and the alias `Örnekköy <n>`. */
export function copyAs(root: string, id: string, n: number): string {
  const dir = join(root, id);
  cpSync(fixture, dir, { recursive: true });
  const file = join(dir, 'regulation.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^id: ornekkoy$/m, `id: ${id}`).replace(/^aliases: .*$/m, `aliases: [Örnekköy ${n}]`));
  return dir;
}

/** A fresh folder of `n` regulation folders (`ornekkoy-01` …). */
export function municipality(n: number): { root: string; ids: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'mevzuat-dirs-'));
  const ids = Array.from({ length: n }, (_, i) => `ornekkoy-${String(i + 1).padStart(2, '0')}`);
  ids.forEach((id, i) => copyAs(root, id, i + 1));
  return { root, ids };
}

/** The compiler, counting what it is asked to do. */
export function countingCompiler(): { compiler: () => FolderCompiler; headers: string[]; compiles: string[] } {
  const headers: string[] = [];
  const compiles: string[] = [];
  const c: FolderCompiler = {
    header: (dir) => { headers.push(dir); return compiler.header(dir); },
    compile: (dir, draft) => { compiles.push(dir); return compiler.compile(dir, draft); },
  };
  return { compiler: () => c, headers, compiles };
}

/** Answers that show a folder was read right: who signs, the chain, a search, the title. */
export function answers(regulations: Parameters<typeof createMevzuat>[0]['regulations'], id: string): unknown {
  const m = createMevzuat({ regulations });
  return JSON.parse(JSON.stringify({
    title: m.getRegulation(id).title,
    signs: m.whoSigns(id, 'valilik'),
    chain: m.chainOfCommand(id, 'Müdür'),
    search: m.findDuties('evrak', { regulation: id }).map((d) => d.id),
    cite: m.cite(id, 'm.6/1').text,
  }));
}
