// Issue 22.6: `mevzuat new` is linear on any text. Each hostile input that made the skeleton
// quadratic (or worse) is drafted here at a size the old code could not finish in minutes; the
// bound is the input count (a size the old code took tens of seconds on), never a clock: the
// test's generous timeout only catches a return of the quadratic code.
import { describe, expect, it } from 'vitest';
import { draftRegulation } from '../src/author/skeleton.js';
import { executorWords, indexLeaves, splitDefinition } from '../src/author/scan.js';
import { compileText } from '../src/compile/text.js';
import { parseRegulationText } from '../src/parse/text.js';
import { ActorBook } from '../src/author/facts/actors.js';
import { draftFacts } from '../src/author/facts/index.js';
import { madeUpWord, syntheticRegulation } from './fixtures/synthetic-regulation.js';

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

// Issue 18: draftFacts on thousands of articles. The work is counted, never timed: every regular
// expression run (RegExp.prototype.exec, which test/match/replace/split go through once it is
// replaced), every step of a for…of loop over an array, and every read of a provision's fields.
// Tripling the text must about triple each; the code before this bound read every provision once
// per article (per duty list, per caption test) and compared every phrase with every actor's name,
// so tripling the text multiplied them by about 9.
type Work = { reads: number; execs: number; steps: number };

/** Runs `f` counting regex runs and array for…of steps; restores both whatever happens. */
function counting<T>(f: () => T, work: Work): T {
  const exec = RegExp.prototype.exec;
  const arrayIterator = Object.getPrototypeOf([][Symbol.iterator]()) as { next: (this: unknown) => IteratorResult<unknown> };
  const next = arrayIterator.next;
  RegExp.prototype.exec = function (this: RegExp, s: string) { work.execs++; return exec.call(this, s); };
  arrayIterator.next = function (this: unknown) { work.steps++; return next.call(this); };
  try { return f(); } finally { RegExp.prototype.exec = exec; arrayIterator.next = next; }
}

describe('draftFacts does work in proportion to the text', () => {
  const organisation = { id: 'yazi-isleri-mudurlugu', name: 'Yazı İşleri Müdürlüğü', kind: 'mudurluk' };
  const work = (n: number, shape: 'fixed' | 'growing') => {
    const text = compileText(parseRegulationText(syntheticRegulation(n, shape)).nodes);
    const w: Work = { reads: 0, execs: 0, steps: 0 };
    const provisions = text.provisions.map((p) => new Proxy(p, { get: (t, k, r) => { w.reads++; return Reflect.get(t, k, r); } }));
    const f = counting(() => draftFacts({ id: 'deneme', text: { ...text, provisions }, organisation }), w);
    return { ...w, duties: f.duties.length, lines: f.rules.reporting.length, actors: f.organisation.units.length + f.organisation.posts.length };
  };
  for (const shape of ['fixed', 'growing'] as const) {
    it(`${shape === 'fixed' ? 'the same actors throughout' : 'a new unit in every article'}: 300 and 900 articles`, () => {
      const small = work(300, shape);
      const large = work(900, shape);
      // the texts are drafted, not skipped: three duties per duty article, and their lines
      expect(small.duties).toBeGreaterThan(800);
      expect(large.duties).toBeGreaterThan(2 * small.duties);
      expect(large.lines).toBeGreaterThan(2 * small.lines);
      if (shape === 'growing') expect(large.actors).toBeGreaterThan(800);
      expect(large.reads / small.reads).toBeLessThan(3.6);
      expect(large.execs / small.execs).toBeLessThan(3.6);
      expect(large.steps / small.steps).toBeLessThan(3.6);
    }, 60_000);
  }

  it('one sentence of thousands of relations ("Müdüre bağlı olarak çalışır, Müdüre karşı sorumludur, …")', () => {
    const sentence = (n: number) => compileText(parseRegulationText(['T.C.', 'ÖRNEKKÖY BELEDİYESİ', 'YAZI İŞLERİ MÜDÜRLÜĞÜ', '', 'Şefin görev, yetki ve sorumlulukları',
      `MADDE 1- (1) Şefin görevleri şunlardır:\na) ${'Müdüre bağlı olarak çalışır, Müdüre karşı sorumludur, '.repeat(n)}işleri yürütmek.`].join('\n')).nodes);
    const run = (n: number) => {
      const text = sentence(n);
      const w: Work = { reads: 0, execs: 0, steps: 0 };
      const f = counting(() => draftFacts({ id: 'deneme', text, organisation }), w);
      expect(f.rules.reporting.map((r) => [r.from, r.to, r.relation])).toEqual([['sef', 'mudur', 'attached-to'], ['sef', 'mudur', 'accountable-to']]);
      return w;
    };
    const small = run(1000);
    const large = run(3000);
    expect(large.execs / small.execs).toBeLessThan(3.6);
    expect(large.steps / small.steps).toBeLessThan(3.6);
  }, 60_000);

  it('an actor is found among 3,000 in the work it takes among 30', () => {
    const lookups = (actors: number) => {
      const book = new ActorBook(organisation, ['ornekkoy']);
      for (let i = 0; i < actors; i++) book.ensure(`${madeUpWord(i)} İşleri Şefliği`, 'art_1');
      const w: Work = { reads: 0, execs: 0, steps: 0 };
      counting(() => {
        for (let i = 0; i < 20; i++) expect(book.resolve(`${madeUpWord(i)} İşleri Şefliğine`)?.name).toBe(`${madeUpWord(i)} İşleri Şefliği`);
        expect(book.resolve('Başka İşleri Şefliğine')).toBeUndefined();
      }, w);
      return w.execs + w.steps;
    };
    const few = lookups(30);
    expect(few).toBeGreaterThan(0);
    expect(lookups(3000)).toBeLessThan(few * 1.5);
  });
});
