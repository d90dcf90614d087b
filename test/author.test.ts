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

function draftFolder(id: string, sourcePath: string) {
  const bytes = readFileSync(sourcePath);
  const { files, summary } = draftRegulation({ id, raw: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex'), receivedAs: 'source.txt' });
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
  it.each(Object.keys(left))('%s: every file reads; only the fields marked YAZILACAK stop a draft', (id) => {
    const { dir, files } = draftFolder(id, join(root, 'regulations', id, 'source.txt'));
    const { problems } = checkRegulationDir(dir, { draft: true });
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.message.match(/^"([^"]+)"/)?.[1])).toEqual(left[id]);
    // each is marked in the file, on its line
    for (const e of errors) {
      const line = files[e.file]!.split('\n')[e.line! - 1]!;
      expect(line, `${e.file}:${e.line}`).toContain('# YAZILACAK:');
    }
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
      legalBasis: [{ kind: 'kanun', number: '5393', cites: ['art_3'] }],
      entryIntoForce: { rule: 'on-event', cites: ['art_20'] },
      executor: { actor: 'belediye-baskani', cites: ['art_21'] },
      fallback: 'art_18',
    });
    for (const key of ['kind', 'organisation', 'fallback']) expect(files['regulation.yaml']).toMatch(new RegExp(`^${key}: .* # GÖZDEN GEÇİRİN: `, 'm'));
    const izmir = parse(draftFolder('izmir-kentsel-adalet', join(root, 'regulations/izmir-kentsel-adalet/source.txt')).files['regulation.yaml']!);
    expect(izmir).toMatchObject({ kind: 'yonerge', municipality: { name: 'İzmir Büyükşehir Belediyesi', kind: 'buyuksehir-belediyesi', province: 'İzmir' } });
  });

  it('takes the Tanımlar entries as definition candidates whose meaning is verbatim', () => {
    const { files } = draftFolder('kocaeli-stk', join(root, 'regulations/kocaeli-stk/source.txt'));
    const defs = parse(files['rules.yaml']!).definitions as { term: string; meaning: string; cites: string[] }[];
    expect(defs.map((d) => d.term)).toEqual(['Başkan', 'Belediye', 'Belediye Meclisi', 'Daire Başkanı', 'Personel', 'Şef', 'Şube Müdürü', 'Üst Yönetim']);
    expect(defs.at(-1)).toMatchObject({ meaning: 'Kocaeli Büyükşehir Belediyesi Başkanı, Genel Sekreteri ve Genel Sekreter Yardımcılarını ifade eder', cites: ['art_3__para_1__point_g'] });
  });
});

describe('a text the parser cannot fully decide', () => {
  it('an article printed without a number: reported at the top of text.yaml; the skeleton cites it by its position', () => {
    const { files, summary } = draftFolder('deneme', join(root, 'test/fixtures/parse/missing-number.txt'));
    expect(summary.parseProblems).toMatchObject([{ line: 4, message: expect.stringContaining('"number: 2"') }]);
    expect(files['text.yaml']).toMatch(/^# {3}satır 4: "MADDE –": maddenin numarası yazılmamış\./m);
    expect(parse(files['text.yaml']!).nodes[1]).not.toHaveProperty('number');
    expect(parse(files['regulation.yaml']!).legalBasis[0].cites).toEqual(['art_2']);
  });
});

it('title case keeps Turkish letters and small words', () => {
  expect(titleCase('HALKLA İLİŞKİLER MÜDÜRLÜĞÜ')).toBe('Halkla İlişkiler Müdürlüğü');
  expect(titleCase('KENTSEL ADALET VE EŞİTLİK ŞUBE MÜDÜRLÜĞÜ')).toBe('Kentsel Adalet ve Eşitlik Şube Müdürlüğü');
});
