// `draftRegulation` (the pure part of `mevzuat new`): the skeletons it writes are valid files that
// the compiler reads, every guess is marked for review, and only what a person must write is left.
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftRegulation, titleCase } from '../src/author/skeleton.js';
import { checkRegulationDir } from '../src/compile/regulation.js';
import { root } from './cli-support.js';
import type { DraftedFacts } from '../src/author/facts/index.js';

const noFacts = (): DraftedFacts => ({ organisation: { units: [], posts: [], offices: [] }, duties: [], rules: { reporting: [], deputies: [], correspondence: [], routing: [], definitions: [] }, meta: {}, todos: [] });

function draftFolder(id: string, sourcePath: string) {
  const bytes = readFileSync(sourcePath);
  // the skeleton's own reading, without the fact drafting (test/author-draft.test.ts runs both)
  const { files, summary } = draftRegulation({ id, raw: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex'), receivedAs: 'source.txt' }, { draftFacts: noFacts });
  const dir = join(mkdtempSync(join(tmpdir(), 'mevzuat-draft-')), id);
  mkdirSync(dir);
  writeFileSync(join(dir, 'source.txt'), bytes);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, files, summary };
}

describe('skeletons of the four built-in texts', () => {
  // what a person must write, by regulation: Kocaeli's text has no title lines at all
  const left: Record<string, string[]> = {
    'izmir-kentsel-adalet': ['summary'],
    'karsiyaka-halkla-iliskiler': ['summary'],
    'kocaeli-stk': ['title', 'municipality.name', 'municipality.province', 'aliases', 'summary', 'units[0].name'],
    'konak-ozel-kalem': ['summary'],
  };
  it.each(Object.keys(left))('%s: every file reads; the fields marked YAZILACAK are the to-dos of a draft, and errors without it', (id) => {
    const { dir, files } = draftFolder(id, join(root, 'regulations', id, 'source.txt'));
    const { problems } = checkRegulationDir(dir, { draft: true });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const unwritten = problems.filter((p) => p.severity === 'todo' && /henüz yazılmadı/.test(p.message));
    expect(unwritten.map((p) => p.message.match(/^"([^"]+)"/)?.[1])).toEqual(left[id]);
    // each is marked in the file, on its line
    for (const e of unwritten) {
      const line = files[e.file]!.split('\n')[e.line! - 1]!;
      expect(line, `${e.file}:${e.line}`).toContain('# YAZILACAK:');
    }
    const strict = checkRegulationDir(dir).problems.filter((p) => p.severity === 'error' && p.file !== 'text.yaml');
    for (const e of unwritten) expect(strict.some((p) => p.file === e.file && p.line === e.line), `${e.file}:${e.line}`).toBe(true);
    // and the text tree is the hand-built one
    expect(parse(files['text.yaml']!).nodes).toEqual(parse(readFileSync(join(root, 'regulations', id, 'text.yaml'), 'utf8')).nodes);
  });

  it('reads title, kind, municipality, dayanak, yürürlük and yürütme where the text gives them, each marked for review', () => {
    const { files } = draftFolder('konak-ozel-kalem', join(root, 'regulations/konak-ozel-kalem/source.txt'));
    const meta = parse(files['regulation.yaml']!);
    expect(meta).toMatchObject({
      kind: 'yonetmelik',
      municipality: { name: 'Konak Belediyesi', kind: 'belediye', province: 'İzmir' },
      organisation: 'ozel-kalem-mudurlugu',
      legalBasis: [{ kind: 'kanun', number: '5393', cites: ['art_3'], review: 'pending' }],
      entryIntoForce: { rule: 'on-event', cites: ['art_20'], review: 'pending' },
      executor: { actor: 'belediye-baskani', cites: ['art_21'], review: 'pending' },
      fallback: { provision: 'art_18', review: 'pending' },
    });
    for (const key of ['kind', 'organisation', 'fallback']) expect(files['regulation.yaml']).toMatch(new RegExp(`^${key}: (?:.* )?# GÖZDEN GEÇİRİN: `, 'm'));
    const izmir = parse(draftFolder('izmir-kentsel-adalet', join(root, 'regulations/izmir-kentsel-adalet/source.txt')).files['regulation.yaml']!);
    expect(izmir).toMatchObject({ kind: 'yonerge', municipality: { name: 'İzmir Büyükşehir Belediyesi', kind: 'buyuksehir-belediyesi', province: 'İzmir' } });
  });

  it('a unit the Teşkilat list names in the accusative ("ç) Diyalog Merkezini kapsar.") is the unit in the nominative, once', () => {
    const { files } = draftFolder('izmir-kentsel-adalet', join(root, 'regulations/izmir-kentsel-adalet/source.txt'));
    const units = (parse(files['organisation.yaml']!) as { units: { id: string; name: string; cites: string[] }[] }).units;
    expect(units.filter((u) => /diyalog/.test(u.id)).map((u) => [u.id, u.name, u.cites])).toEqual([['diyalog-merkezi', 'Diyalog Merkezi', ['art_4__para_1__point_cc']]]);
  });

  it('every fact the skeleton reads itself is marked review: pending, like the drafted ones', () => {
    for (const id of ['konak-ozel-kalem', 'kocaeli-stk', 'izmir-kentsel-adalet', 'karsiyaka-halkla-iliskiler']) {
      const { files } = draftFolder(id, join(root, `regulations/${id}/source.txt`));
      const org = parse(files['organisation.yaml']!) as Record<string, { id: string; review?: string }[]>;
      for (const kind of ['units', 'posts', 'offices']) for (const a of org[kind] ?? []) expect(a.review, `${id} ${kind} ${a.id}`).toBe('pending');
      const rules = parse(files['rules.yaml']!) as Record<string, { id: string; review?: string }[]>;
      for (const kind of ['reporting', 'deputies', 'correspondence', 'routing', 'definitions']) for (const f of rules[kind] ?? []) expect(f.review, `${id} ${kind} ${f.id}`).toBe('pending');
      const meta = parse(files['regulation.yaml']!) as Record<string, { review?: string } | { review?: string }[] | undefined>;
      for (const key of ['executor', 'entryIntoForce', 'fallback']) if (meta[key] && typeof meta[key] === 'object') expect((meta[key] as { review?: string }).review, `${id} ${key}`).toBe('pending');
      for (const b of (meta.legalBasis as { review?: string }[] | undefined) ?? []) expect(b.review, `${id} legalBasis`).toBe('pending');
    }
  });

  it('guesses no single executor from a joint one: a list of actors is left to the drafting or to a person', () => {
    const { files } = draftFolder('ornek', join(root, 'test/fixtures/gebze/03-burhanettındemırcı.txt'));
    const meta = parse(files['regulation.yaml']!) as { executor?: { actor: string; jointWith?: string[] } };
    // "Gençlik ve Spor Hizmetleri Müdürü, bağlı olduğu Başkan Yardımcısı ve Belediye Başkanı" (m.22)
    expect(meta.executor?.actor ?? '').not.toMatch(/-ve-/);
  });

  it('takes the Tanımlar entries as definition candidates whose meaning is verbatim', () => {
    const { files } = draftFolder('kocaeli-stk', join(root, 'regulations/kocaeli-stk/source.txt'));
    const defs = parse(files['rules.yaml']!).definitions as { term: string; meaning: string; cites: string[] }[];
    expect(defs.map((d) => d.term)).toEqual(['Başkan', 'Belediye', 'Belediye Meclisi', 'Daire Başkanı', 'Personel', 'Şef', 'Şube Müdürü', 'Üst Yönetim']);
    expect(defs.at(-1)).toMatchObject({ meaning: 'Kocaeli Büyükşehir Belediyesi Başkanı, Genel Sekreteri ve Genel Sekreter Yardımcılarını ifade eder', cites: ['art_3__para_1__point_g'] });
  });
});

describe('a text the parser cannot fully decide', () => {
  it('an article printed without a number: reported at the top of text.yaml; the skeleton numbers it by its position, so the draft loads', () => {
    const { files, summary } = draftFolder('deneme', join(root, 'test/fixtures/parse/missing-number.txt'));
    expect(summary.parseProblems).toMatchObject([{ line: 4, message: expect.stringContaining('"number: 2"') }]);
    expect(files['text.yaml']).toMatch(/^# {3}satır 4: "MADDE –": maddenin numarası yazılmamış\./m);
    expect(parse(files['text.yaml']!).nodes[1]).toMatchObject({ num: 'MADDE –', number: 2 });
    expect(parse(files['regulation.yaml']!).legalBasis[0].cites).toEqual(['art_2']);
  });
});

it('title case keeps Turkish letters and small words', () => {
  expect(titleCase('HALKLA İLİŞKİLER MÜDÜRLÜĞÜ')).toBe('Halkla İlişkiler Müdürlüğü');
  expect(titleCase('KENTSEL ADALET VE EŞİTLİK ŞUBE MÜDÜRLÜĞÜ')).toBe('Kentsel Adalet ve Eşitlik Şube Müdürlüğü');
});
