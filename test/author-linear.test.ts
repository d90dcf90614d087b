// Issue 22.6: `mevzuat new` is linear on any text. Each hostile input that made the skeleton
// quadratic (or worse) is drafted here at a size the old code could not finish in minutes; the
// bound is the input count (a size the old code took tens of seconds on), never a clock: the
// test's generous timeout only catches a return of the quadratic code.
import { describe, expect, it } from 'vitest';
import { draftRegulation } from '../src/author/skeleton.js';
import { executorWords, indexLeaves, splitDefinition } from '../src/author/scan.js';
import { compileText } from '../src/compile/text.js';
import { parseRegulationText } from '../src/parse/text.js';

const draft = (raw: string) => draftRegulation({ id: 'deneme', raw, sha256: '0'.repeat(64), receivedAs: 'deneme.txt' });

describe('the scanners agree with the patterns they replace, on ordinary input', () => {
  it('splitDefinition', () => {
    const old = (t: string) => { const m = /^([^:]{1,80}?)\s*:\s*(.+?)[\s,.;]*$/u.exec(t); return m ? { term: m[1]!.trim(), meaning: m[2]! } : undefined; };
    for (const t of ['Müdür: Destek Hizmetleri Müdürünü,', 'Başkan : Belediye Başkanını;', 'Belediye:Gebze Belediyesini.', 'Terim yok', ':boş terim', 'Uzun ' + 'a'.repeat(90) + ': anlam', 'Müdürlük: Kültür İşleri Müdürlüğünü, ifade eder.  ']) {
      expect(splitDefinition(t), t).toEqual(old(t)?.term ? old(t) : undefined);
    }
  });
  it('executorWords', () => {
    const old = (t: string) => /hükümlerini\s+(.+?)\s+yürütür/u.exec(t)?.[1];
    for (const t of ['Bu Yönetmelik hükümlerini Belediye Başkanı yürütür.', 'Bu yönetmelik hükümlerini Gebze Belediye Başkanı adına Başkan Yardımcısı yürütür', 'hükümlerini yürütür', 'Bu hükümlerini  Başkan   yürütür.', 'hükümleriniX Başkan yürütür']) {
      expect(executorWords(t), t).toBe(old(t));
    }
  });
});

describe('hostile input stays linear', () => {
  it('a definition bent of 160 KB of commas (82 s before)', () => {
    const raw = `Tanımlar\nMADDE 1 – (1) Bu yönetmelikte geçen;\na) Müdür: ${','.repeat(160_000)}\n`;
    expect(splitDefinition(`Müdür${','.repeat(160_000)}`)).toBeUndefined();
    const { summary } = draft(raw);
    expect(summary.articles).toBe(1);
  }, 60_000);

  it('"hükümlerini " repeated to 900 KB (more than 86 s before)', () => {
    const text = 'hükümlerini '.repeat(75_000);
    expect(text.length).toBeGreaterThan(890_000);
    expect(executorWords(text)).toBeUndefined();
    const { files } = draft(`Yürütme\nMADDE 1 – (1) ${text}\n`);
    expect(files['regulation.yaml']).toMatch(/^executor: # YAZILACAK:/m);
  }, 60_000);

  it('1,600 identical definition terms (11 s before): every id distinct', () => {
    const raw = `Tanımlar\nMADDE 1 – (1) Bu yönetmelikte geçen;\n${Array.from({ length: 1600 }, (_, i) => `${i + 1}) Müdür: Müdürü,`).join('\n')}\n`;
    const { summary } = draft(raw);
    expect(summary.definitions.length).toBe(1600);
    expect(new Set(summary.definitions.map((d) => d.id)).size).toBe(1600);
  }, 60_000);

  it('8,000 well-formed articles (78 s before): leaves indexed once', () => {
    const raw = Array.from({ length: 8000 }, (_, i) => `MADDE ${i + 1} – (1) Müdürlük evrakı kaydeder.\n(2) Müdür havale eder.`).join('\n');
    const compiled = compileText(parseRegulationText(raw).nodes);
    const leaves = indexLeaves(compiled);
    expect(leaves('art_8000').map((p) => p.id)).toEqual(['art_8000__para_1', 'art_8000__para_2']);
    expect(draft(raw).summary.articles).toBe(8000);
  }, 120_000);
});
