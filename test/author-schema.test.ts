// Issue 17.4: the schema for what real texts say — a joint executor, "ve/veya" between signers kept
// as written (data and whoSigns's sentence), a qualifier on a paraf holder, and define resolving
// another name of the post a term denotes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkRegulationDir } from '../src/compile/regulation.js';
import { createMevzuat } from '../src/index.js';
import { loadRegulationDir } from '../src/node.js';
import { newFolder } from './author-support.js';

const source = [
  'MADDE 1 – (1) Kalem Müdürlüğü, Müdür ve Personelden oluşur.',
  'MADDE 2 – (1) Kamu kurumlarıyla yazışmalar yazıyı tanzim eden personel ve Müdürün parafı ile Belediye Başkanı ve/veya Başkan Yardımcısının imzası ile yürütülür.',
  'MADDE 3 – (1) Bu Yönetmelik hükümlerini Belediye Başkanı ve yetki verdiği amirler yürütür.',
  'MADDE 4 – (1) Müdür: Kalem Müdürünü ifade eder.',
  '',
].join('\n');

function folder() {
  const base = mkdtempSync(join(tmpdir(), 'mevzuat-schema-'));
  writeFileSync(join(base, 'kalem.txt'), source);
  const { dir } = newFolder(join(base, 'kalem.txt'), 'kalem');
  const meta = parse(readFileSync(join(dir, 'regulation.yaml'), 'utf8'));
  Object.assign(meta, {
    title: 'Kalem Müdürlüğü Yönetmeliği', titleSource: 'supplied', municipality: { name: 'Örnekköy Belediyesi', kind: 'belediye', province: 'Ankara' }, aliases: ['Örnekköy'],
    organisation: 'kalem', summary: 'Deneme.',
    executor: { actor: 'belediye-baskani', jointWith: [{ actor: 'amirler', via: 'delegation' }], wording: 'Belediye Başkanı ve yetki verdiği amirler', cites: ['art_3__para_1'] },
  });
  delete meta.fallback;
  writeFileSync(join(dir, 'regulation.yaml'), stringify(meta));
  writeFileSync(join(dir, 'organisation.yaml'), stringify({
    units: [{ id: 'kalem', name: 'Kalem Müdürlüğü', kind: 'mudurluk', cites: ['art_1__para_1'] }],
    posts: [{ id: 'mali-hizmetler-muduru', name: 'Kalem Müdürü', aliases: ['Müdür Bey'], unit: 'kalem', heads: true, cites: ['art_1__para_1'] }, { id: 'personel', name: 'Personel', unit: 'kalem', cites: ['art_1__para_1'] }],
    offices: [{ id: 'belediye-baskani', name: 'Belediye Başkanı', cites: ['art_2__para_1'] }, { id: 'baskan-yardimcisi', name: 'Başkan Yardımcısı', cites: ['art_2__para_1'] }, { id: 'amirler', name: 'amirler', cites: ['art_3__para_1'] }],
  }));
  writeFileSync(join(dir, 'duties.yaml'), 'duties: []\n');
  const rules = {
    reporting: [], deputies: [], routing: [],
    correspondence: [{
      id: 'kamu', recipients: ['public-institution'], signers: [{ actor: 'belediye-baskani', via: 'own' }, { actor: 'baskan-yardimcisi', via: 'own' }], signersJoin: 've/veya',
      paraf: ['personel', 'mali-hizmetler-muduru'], parafQualifiers: [{ actor: 'personel', qualifier: 'yazıyı tanzim eden' }], responsible: [], cites: ['art_2__para_1'],
    }],
    definitions: [{ id: 'tanim-mudur', term: 'Kalem Müdürü', meaning: 'Kalem Müdürünü', actor: 'mali-hizmetler-muduru', cites: ['art_4__para_1'] }],
  };
  writeFileSync(join(dir, 'rules.yaml'), stringify(rules));
  writeFileSync(join(dir, 'coverage.yaml'), 'noFact: []\n');
  return dir;
}

describe('what real texts say', () => {
  it('compiles: a joint executor, ve/veya between signers, a qualified paraf holder', () => {
    const dir = folder();
    const { problems } = checkRegulationDir(dir, { draft: true });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const reg = loadRegulationDir(dir, { draft: true });
    expect(reg.executor).toMatchObject({ actor: 'belediye-baskani', jointWith: [{ actor: 'amirler', via: 'delegation' }], wording: 'Belediye Başkanı ve yetki verdiği amirler' });
    const a = createMevzuat({ regulations: [reg] }).whoSigns('kalem', 'valilik');
    expect(a.signersJoin).toBe('ve/veya');
    expect(a.paraf.map((p) => [p.name, p.qualifier])).toEqual([['Personel', 'yazıyı tanzim eden'], ['Kalem Müdürü', undefined]]);
    expect(a.explanation).toContain('yazıyı tanzim eden Personel ve Kalem Müdürü parafı ve Belediye Başkanının ve/veya Başkan Yardımcısının imzası ile yürütülür');
    expect(a.explanation).not.toMatch(/Başkanının veya/);
  });

  it('a qualifier not in the text, on a holder with no paraf, or a join with one signer: errors', () => {
    const dir = folder();
    const rules = parse(readFileSync(join(dir, 'rules.yaml'), 'utf8'));
    rules.correspondence[0].parafQualifiers = [{ actor: 'personel', qualifier: 'evrakı hazırlayan' }, { actor: 'baskan-yardimcisi', qualifier: 'sorumlu' }];
    writeFileSync(join(dir, 'rules.yaml'), stringify(rules));
    const messages = checkRegulationDir(dir, { draft: true }).problems.filter((p) => p.severity === 'error').map((p) => p.message);
    expect(messages).toEqual(expect.arrayContaining([expect.stringContaining('Paraf niteleyicisi'), 'baskan-yardimcisi paraf listesinde yok; niteleme yalnızca paraf atanlar için yazılır.']));
  });

  it('define finds the defined term by another name of the post it denotes, and says so', () => {
    const m = createMevzuat({ regulations: [loadRegulationDir(folder(), { draft: true })] });
    expect(m.define('kalem', 'Kalem Müdürü')?.note).toBeUndefined();
    const a = m.define('kalem', 'müdür bey');
    expect(a).toMatchObject({ term: 'Kalem Müdürü', meaning: 'Kalem Müdürünü', citation: { label: 'm.4/1' } });
    expect(a?.note).toBe('"müdür bey", metinde "Kalem Müdürü" diye tanımlanan kadronun adıdır.');
    expect(m.define('kalem', 'Başkan Yardımcısı')).toBeUndefined();
  });
});
