// Issue 17.2: a fresh skeleton always loads as a draft. Every text we have — the seven Gebze texts,
// the four built-in sources, the parser's and ornekkoy's fixtures — goes through draftRegulation
// (validated as `mevzuat new` validates it), then checkRegulationDir under draft, then
// loadRegulationDir(dir, { draft: true }); and every query accepts the drafted regulation.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftRegulation } from '../src/author/skeleton.js';
import { checkRegulationDir } from '../src/compile/regulation.js';
import { createMevzuat, isMevzuatError } from '../src/index.js';
import { recipientClassIds as recipientClasses } from '../src/schema/values.js';
import { loadRegulationDir } from '../src/node.js';
import { root } from './cli-support.js';
import { newFolder } from './author-support.js';

const texts = [
  ...readdirSync(join(root, 'test/fixtures/gebze')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'test/fixtures/gebze', f)),
  ...readdirSync(join(root, 'regulations'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, 'regulations', d.name, 'source.txt')),
  join(root, 'test/fixtures/ornekkoy/source.txt'),
  ...readdirSync(join(root, 'test/fixtures/parse')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'test/fixtures/parse', f)),
];
/** Runs every query over a regulation with the inputs its own data suggests; only MevzuatError may be thrown, and only for unknown input. */
function everyQuery(dir: string, id: string) {
  const reg = loadRegulationDir(dir, { draft: true });
  const m = createMevzuat({ regulations: [reg] });
  const subjects = [...reg.units, ...reg.posts, ...reg.offices].map((a) => a.name);
  let answers = 0;
  const ok = (f: () => unknown) => { f(); answers++; };
  ok(() => m.getRegulation(id));
  for (const r of recipientClasses) ok(() => m.whoSigns(id, r));
  for (const s of subjects) {
    ok(() => m.reportsTo(id, s)); ok(() => m.chainOfCommand(id, s)); ok(() => m.deputyOf(id, s)); ok(() => m.dutiesOf(id, s));
  }
  ok(() => m.whoRoutesIncoming(id));
  ok(() => m.inForce(id, '2026-01-01'));
  for (const d of reg.definitions) ok(() => m.define(id, d.term));
  for (const p of reg.provisions) ok(() => m.cite(id, p.label));
  ok(() => m.findDuties('evrak', { regulation: id }));
  ok(() => m.compare(() => 1));
  // unknown input: MevzuatError, nothing else
  for (const bad of [() => m.reportsTo(id, 'Böyle Bir Kadro Yok'), () => m.cite(id, 'm.9999'), () => m.whoSigns(id, 'hiçkimse')]) {
    try { bad(); } catch (e) { expect(isMevzuatError(e), String(e)).toBe(true); }
  }
  return { reg, answers };
}

describe('every fresh skeleton loads as a draft', () => {
  it.each(texts.map((t) => [t.slice(root.length + 1), t]))('%s', (_name, path) => {
    const { dir, id, summary } = newFolder(path);
    const { problems } = checkRegulationDir(dir, { draft: true });
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors, JSON.stringify(errors.slice(0, 3))).toEqual([]);
    const { reg, answers } = everyQuery(dir, id);
    expect(reg.articles.length).toBe(summary.articles);
    expect(answers).toBeGreaterThan(reg.provisions.length);
    // without --draft the same folder is refused: its todos are errors there
    expect(checkRegulationDir(dir).problems.some((p) => p.severity === 'error')).toBe(true);
  }, 60_000);
});

describe('placeholders are todos under draft, errors otherwise, and compile to what is honestly known', () => {
  it('a text with no title, no dayanak, no yürürlük and no yürütme: each a todo at its line; the answers say they are unwritten', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'mevzuat-draft-')), 'yalin');
    mkdirSync(dir);
    const raw = 'MADDE 1 – (1) Müdürlük evrakı kaydeder.\nMADDE 2 – (1) Müdür evrakı havale eder.\n';
    const path = join(dir, 'in.txt');
    writeFileSync(path, raw);
    const { dir: folder, id, files } = newFolder(path, 'yalin');
    const { problems, regulation } = checkRegulationDir(folder, { draft: true });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const todos = problems.filter((p) => p.severity === 'todo' && p.file === 'regulation.yaml');
    for (const field of ['title', 'municipality.name', 'municipality.province', 'aliases', 'summary', 'legalBasis', 'entryIntoForce', 'executor']) {
      const t = todos.find((p) => p.message.startsWith(`"${field}" henüz yazılmadı`));
      expect(t, field).toBeDefined();
      // by file and line: the line names the field
      expect(files['regulation.yaml']!.split('\n')[t!.line! - 1]).toMatch(new RegExp(`^\\s*${field.split('.').at(-1)}:`));
    }
    expect(regulation).toMatchObject({ titleSource: 'supplied', legalBasis: [], aliases: [] });
    expect(regulation?.executor).toBeUndefined();
    const m = createMevzuat({ regulations: [loadRegulationDir(folder, { draft: true })] });
    expect(m.inForce(id, '2026-01-01')).toMatchObject({ status: 'unknown', citations: [] });
    expect(m.inForce(id).condition).toContain('henüz kodlanmadı');
    // not a draft: every one of them stops the build
    const strict = checkRegulationDir(folder).problems.filter((p) => p.severity === 'error' && p.file === 'regulation.yaml');
    expect(strict.length).toBeGreaterThanOrEqual(5);
  });

  it('the word YAZILACAK as a value and a "# YAZILACAK:" comment: todos under draft, errors without it', () => {
    const { dir } = newFolder(join(root, 'test/fixtures/ornekkoy/source.txt'), 'ornekkoy');
    const meta = readFileSync(join(dir, 'regulation.yaml'), 'utf8').replace(/^summary: .*$/m, 'summary: YAZILACAK');
    writeFileSync(join(dir, 'regulation.yaml'), meta);
    const line = meta.split('\n').findIndex((l) => l.startsWith('summary:')) + 1;
    const draft = checkRegulationDir(dir, { draft: true }).problems.filter((p) => p.line === line && p.file === 'regulation.yaml');
    expect(draft.map((p) => p.severity)).toEqual(['todo']);
    const strict = checkRegulationDir(dir).problems.filter((p) => p.line === line && p.file === 'regulation.yaml');
    expect(strict.map((p) => [p.severity, p.message])).toEqual([['error', '"summary" henüz yazılmadı.']]);
    // a marker comment alone, as the skeleton writes where a person must write something
    const duties = `# YAZILACAK: görev maddeleri\n${readFileSync(join(dir, 'duties.yaml'), 'utf8')}`;
    writeFileSync(join(dir, 'duties.yaml'), duties);
    const marker = duties.split('\n').findIndex((l) => l.startsWith('# YAZILACAK:')) + 1;
    expect(marker).toBeGreaterThan(0);
    expect(checkRegulationDir(dir, { draft: true }).problems.find((p) => p.file === 'duties.yaml' && p.line === marker)?.severity).toBe('todo');
    expect(checkRegulationDir(dir).problems.find((p) => p.file === 'duties.yaml' && p.line === marker)?.severity).toBe('error');
  });
});

describe('the drafted facts meet the skeleton at one seam (src/author/merge.ts)', () => {
  it('a drafted fact the compiler refuses is left out and reported; duplicates merged; everything written is pending', () => {
    const path = join(root, 'test/fixtures/ornekkoy/source.txt');
    const bytes = readFileSync(path);
    const dir = join(mkdtempSync(join(tmpdir(), 'mevzuat-draft-')), 'ornekkoy');
    mkdirSync(dir);
    writeFileSync(join(dir, 'source.txt'), bytes);
    const check = (files: Record<string, string>) => {
      for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
      return checkRegulationDir(dir, { draft: true }).problems;
    };
    const { files, summary } = draftRegulation({ id: 'ornekkoy', raw: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex'), receivedAs: 'source.txt' }, {
      check,
      draftFacts: () => ({
        organisation: { units: [], posts: [{ id: 'mudur', name: 'Müdür', cites: ['art_5__para_1'], unit: 'yazi-isleri-mudurlugu', heads: true }, { id: 'mudur', name: 'Müdür', cites: ['art_5__para_1__point_a'] }], offices: [] },
        duties: [
          { id: 'mudur-yonetir', holder: 'mudur', cites: ['art_5__para_1__point_a'], topics: ['coordination'] },
          { id: 'hayalet-gorev', holder: 'olmayan-kadro', cites: ['art_5__para_1__point_b'], topics: ['documents'] },
          { id: 'mudur-yonetir', holder: 'mudur', cites: ['art_5__para_1__point_c'], topics: ['coordination'] },
        ],
        rules: { reporting: [], deputies: [], correspondence: [], routing: [], definitions: [] },
        meta: {},
        todos: [{ provision: 'art_6', message: 'okunamadı' }],
      }),
    });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    expect(summary.rejected).toEqual([expect.objectContaining({ file: 'duties.yaml', what: 'duties: hayalet-gorev', message: expect.stringContaining('olmayan-kadro') })]);
    expect(summary.draftTodos).toEqual([{ provision: 'art_6', message: 'okunamadı', label: 'm.6' }]);
    const reg = loadRegulationDir(dir, { draft: true });
    // one Müdür (the skeleton's from Tanımlar and the drafted one are the same post), its cites merged
    expect(reg.posts.filter((p) => p.name === 'Müdür').map((p) => [p.id, p.review])).toEqual([['mudur', 'pending']]);
    expect(reg.posts.find((p) => p.id === 'mudur')!.cites).toEqual(expect.arrayContaining(['art_5__para_1', 'art_5__para_1__point_a', 'art_3__para_1__point_cc']));
    // ids made unique, every drafted duty pending
    // the third is the executor's duty of executing the regulation, derived from the yürütme article with the executor's review state
    expect(reg.duties.map((d) => [d.id, d.review])).toEqual([['mudur-yonetir', 'pending'], ['mudur-yonetir-2', 'pending'], [expect.stringMatching(/-duzenlemeyi-yurutur$/), 'pending']]);
    expect(reg.definitions.find((d) => d.term === 'Müdür')?.actor).toBe('mudur');
  });
});
