// findDuties with Turkish stemming and the prebuilt index: the quoted queries of issues 18 and 19,
// the holder's name kept out of the match, and an index that does not fit its regulation rebuilt.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { builtinRegulations, createMevzuat, findDuties, getRegulation, regulationIds } from '../src/index.js';
import { loadRegulationDir } from '../src/node.js';
import { buildSearchIndex, expandSearchIndex, PREBUILT_SEARCH, storeSearchIndex } from '../src/internal/search.js';
import { fold } from '../src/fold.js';
import type { Regulation } from '../src/types.js';

const root = join(import.meta.dirname, '..');
const ornekkoy = loadRegulationDir(join(root, 'test/fixtures/ornekkoy/encoded/ornekkoy'));

/**
 * Örnekköy with the text of some of its provisions replaced, and a unit renamed: a test corpus for
 * the search alone (the search reads provision text, duty holders and nothing else).
 */
function variant(texts: Record<string, string>, id = 'ornekkoy-arama'): Regulation {
  const r = JSON.parse(JSON.stringify(ornekkoy)) as Regulation;
  const out = { ...r, id, provisions: r.provisions.map((p) => (texts[p.id] ? { ...p, text: texts[p.id]! } : p)), duties: r.duties.map(({ excerpt: _e, ...d }) => d),
    units: r.units.map((u) => (u.id === 'arsiv-birimi' ? { ...u, name: 'Satınalma Birimi' } : u)) };
  return out as Regulation;
}
const cited = (id: string) => ornekkoy.duties.find((d) => d.id === id)!.cites[0]!;

const texts = {
  [cited('mudur-mudurlugu-yonetir')]: 'Müdürlüğün ihtiyacı olan malzemelerin satın alınması işlemlerini yürütmek,',
  [cited('mudur-evraki-havale-eder')]: 'Kırtasiye ve temizlik malzemesi satın alımlarını planlamak,',
  [cited('mudur-faaliyet-raporu')]: 'Gerekli görülen hizmet satın alımı işlerini takip etmek,',
  [cited('evrak-kayit-birimi-kaydeder')]: 'Satınalma işlemlerinde piyasa araştırması yapmak,',
  [cited('mudur-baskana-karsi-sorumlu')]: 'Satış işlemlerini ve alım kayıtlarını ayrı ayrı tutmak,',
};
const m = createMevzuat({ regulations: [variant(texts)] });
const labels = (q: string) => m.findDuties(q).map((d) => d.id);

describe('findDuties with Turkish stemming', () => {
  it('"satın alma" finds "satın alınması", "satın alımlarını", "hizmet satın alımı" and "Satınalma"', () => {
    const hits = labels('satın alma');
    expect(hits).toEqual(expect.arrayContaining(['mudur-mudurlugu-yonetir', 'mudur-evraki-havale-eder', 'mudur-faaliyet-raporu', 'evrak-kayit-birimi-kaydeder']));
  });

  it('the root alone is not enough: "satış … alım" are not "satın alma"', () => {
    // both words have the right roots, but not side by side as a phrase
    expect(labels('satın alma')).not.toContain('mudur-baskana-karsi-sorumlu');
  });

  it('a holder named "Satınalma Birimi" does not make its unrelated duty a "satın alma" duty', () => {
    const archive = m.dutiesOf('ornekkoy-arama', 'Satınalma Birimi');
    expect(archive.length).toBeGreaterThan(0);
    expect(archive[0]!.holder.name).toBe('Satınalma Birimi');
    const hits = labels('satın alma');
    for (const d of archive) expect(hits).not.toContain(d.id);
    expect(labels('satınalma')).not.toContain(archive[0]!.id);
  });

  it('a short query word is not matched by its root alone ("medya her" does not find "medya hesaplarının")', () => {
    for (const d of findDuties('medya her')) expect(fold(d.text).split(' ').some((w) => w.startsWith('her'))).toBe(true);
  });

  it('an inflected query word finds its stem (yazışmaları → yazışma) on the built-ins', () => {
    const base = findDuties('yazışma').map((d) => d.id);
    const inflected = findDuties('yazışmaları').map((d) => d.id);
    expect(inflected.length).toBeGreaterThan(0);
    for (const id of inflected) expect(base).toContain(id);
  });

  it('the built-ins\' "satın alma" duties all say it in their text', () => {
    const hits = findDuties('satın alma');
    expect(hits.length).toBeGreaterThan(0);
    for (const d of hits) expect(d.text.toLocaleLowerCase('tr-TR')).toMatch(/satın ?al/);
  });
});

describe('the prebuilt search index', () => {
  const queries = ['satın alma', 'evrak', 'harcama yetkilisi', 'sosyal medya', 'yazışmaları', 'belediye başkanı', 've'];

  it('the built-ins carry one, and it answers exactly as an index built from the regulation', () => {
    for (const e of builtinRegulations) expect(typeof (e as { [PREBUILT_SEARCH]?: unknown })[PREBUILT_SEARCH]).toBe('function');
    // compiled objects carry no prebuilt index: this corpus builds each from the regulation
    const rebuilt = createMevzuat({ regulations: regulationIds.map((id) => getRegulation(id)) });
    for (const q of queries) expect(rebuilt.findDuties(q).map((d) => `${d.regulation}/${d.id}`)).toEqual(findDuties(q).map((d) => `${d.regulation}/${d.id}`));
  });

  it('is the one the build would make today, and expands to exactly the index built from the regulation', () => {
    for (const e of builtinRegulations) {
      const pre = (e as unknown as { [PREBUILT_SEARCH]: () => unknown })[PREBUILT_SEARCH]();
      const built = buildSearchIndex(getRegulation(e.id));
      expect(pre).toEqual(storeSearchIndex(built));
      // the stored form leaves out what it derives: postings and stems come back identical
      expect(expandSearchIndex(pre)).toEqual(built);
      expect(Object.keys(pre as object).sort()).toEqual(['duties', 'stemLengths', 'texts', 'v', 'words']);
    }
  });

  it('expands what any regulation stores, the fixture as well as the built-ins', () => {
    const reg = variant(texts, 'ornekkoy-genis');
    const built = buildSearchIndex(reg);
    expect(expandSearchIndex(JSON.parse(JSON.stringify(storeSearchIndex(built))))).toEqual(built);
  });

  it('an index naming a duty its regulation lacks, or malformed, is rebuilt, not trusted', () => {
    const reg = variant(texts, 'ornekkoy-bozuk');
    const good = storeSearchIndex(buildSearchIndex(reg));
    const stale = { ...good, duties: good.duties.map((d, i) => (i === 0 ? 'yok-boyle-gorev' : d)) };
    const base = createMevzuat({ regulations: [reg] });
    const outOfRange = { ...good, texts: good.texts.map((t) => t.map((i) => i + 100000)) };
    const notLists = { ...good, texts: good.texts.map(() => 7) };
    const longStem = { ...good, stemLengths: good.stemLengths.map((n, i) => (i === 0 ? good.words[0]!.length + 1 : n)) };
    const unsorted = { ...good, words: [...good.words].reverse() };
    const fewer = { ...good, stemLengths: good.stemLengths.slice(1) };
    const oldForm = buildSearchIndex(reg);
    for (const bad of [outOfRange, notLists, longStem, unsorted, fewer, oldForm, { v: 3, duties: 'x' }, null]) expect(expandSearchIndex(bad)).toBeUndefined();
    for (const pre of [stale, outOfRange, notLists, longStem, unsorted, fewer, oldForm, { v: 3, duties: 'x' }, null]) {
      const entry = { id: reg.id, aliases: reg.aliases, load: () => reg, [PREBUILT_SEARCH]: () => pre };
      const c = createMevzuat({ regulations: [entry] });
      for (const q of ['satın alma', 'evrak', 'rapor']) expect(c.findDuties(q).map((d) => d.id)).toEqual(base.findDuties(q).map((d) => d.id));
    }
  });

  it('a corpus-wide search reads the prebuilt indexes without loading a regulation that has no hit', () => {
    let loads = 0;
    const entries = regulationIds.map((id) => {
      const e = builtinRegulations.find((x) => x.id === id)!;
      return { id, aliases: e.aliases, load: () => { loads++; return e.load(); }, [PREBUILT_SEARCH]: (e as unknown as { [PREBUILT_SEARCH]: () => unknown })[PREBUILT_SEARCH] };
    });
    const c = createMevzuat({ regulations: entries });
    const hits = c.findDuties('puantaj');
    expect(hits.length).toBeGreaterThan(0);
    expect(loads).toBe(new Set(hits.map((d) => d.regulation)).size);
  });
});
