// Issue 20: the questions asked of a regulation as a whole (`about`): who executes it, its dayanak,
// what it repeals, and who holds the budget, archive, residual, discipline, handover, disclosure and
// planning duties; each answered with the provisions verbatim, or `not-regulated` with the
// fallback clause where the regulation has one.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { about, createMevzuat, builtinRegulations, getRegulation, isMevzuatError, regulationIds, type AboutAnswer } from '../src/index.js';
import { AboutAnswer as AboutSchema } from '../src/schemas.js';
import { loadRegulationDir } from '../src/node.js';
import { aboutDutyQuestions } from '../src/queries/about.js';
import { deeplyFrozen } from './fuzz/harness.js';

const root = join(import.meta.dirname, '..');

describe('about: who executes the text (the yürütme article)', () => {
  it.each([
    ['konak', ['Belediye Başkanı'], undefined, 'm.21', 'Bu Yönetmelik hükümlerini Belediye Başkanı yürütür.'],
    ['karsiyaka', ['Belediye Başkanı'], undefined, 'm.14', 'Bu yönetmelik hükümlerini Belediye Başkanı yürütür.'],
    ['kocaeli', ['Başkan'], undefined, 'm.15/1', 'Bu yönetmelik hükümlerini Başkan yürütür.'],
    ['izmir', ['Daire Başkanı'], 'Üst Yönetici', 'm.14/1', 'Bu Yönerge hükümlerini Üst Yönetici adına Sosyal Projeler Dairesi Başkanı yürütür.'],
  ] as const)('%s: %j, on behalf of %s, %s', (reg, executors, onBehalfOf, label, text) => {
    const a = about(reg).executor;
    expect(a.status).toBe('explicit');
    expect(a.executors.map((e) => e.name)).toEqual(executors);
    expect(a.onBehalfOf?.name).toBe(onBehalfOf);
    expect(a.citations.map((c) => [c.label, c.text])).toEqual([[label, text]]);
  });
});

describe('about: the dayanak', () => {
  it.each(['konak', 'karsiyaka', 'kocaeli', 'izmir'])('%s rests on 5393 sayılı Belediye Kanunu, cited verbatim', (reg) => {
    const a = about(reg).legalBasis;
    expect(a.status).toBe('explicit');
    const kanun = a.bases.find((b) => b.kind === 'kanun' && b.number === '5393')!;
    expect(kanun.name).toBe('Belediye Kanunu');
    expect(kanun.citations[0]!.text.toLocaleLowerCase('tr-TR')).toContain('5393 sayılı belediye kanunu');
    // the item's citations are every basis's, once each
    expect(a.citations.map((c) => c.id)).toEqual([...new Set(a.bases.flatMap((b) => b.citations.map((c) => c.id)))]);
  });

  it('Konak m.3: the Kanun articles 15/b and 18/m, the norm kadro yönetmelik and the Meclis kararı', () => {
    const a = about('konak').legalBasis;
    expect(a.bases.map((b) => [b.kind, b.number, b.articles])).toEqual([
      ['kanun', '5393', ['15/b', '18/m']],
      ['yonetmelik', undefined, []],
      ['meclis-karari', '139/2006', []],
    ]);
    expect(a.citations.map((c) => c.label)).toEqual(['m.3']);
    expect(a.citations[0]!.text).toContain("5393 sayılı belediye kanununun 15. madde (b) ve 18. maddesinin (m) bendi");
  });
});

describe('about: what the text repeals', () => {
  it('Konak m.19 repeals the yönetmelik of the 04.10.2012 Meclis decision 186/2012', () => {
    const a = about('konak').repeals;
    expect(a.status).toBe('explicit');
    expect(a.repeals).toHaveLength(1);
    expect(a.repeals[0]!.title).toBe('Özel Kalem Müdürlüğü Görev, Yetki ve Çalışma Yönetmeliği');
    expect(a.repeals[0]!.decision).toBe('166/2012 Meclis No, 04.10.2012 tarih ve 186/2012 nolu Meclis Kararı');
    expect(a.citations.map((c) => c.label)).toEqual(['m.19']);
    expect(a.citations[0]!.text).toContain('166/2012 Meclis No, 04.10.2012 tarih ve 186/2012 nolu Meclis Kararı ile yürürlüğe giren “Özel Kalem Müdürlüğü Görev, Yetki ve Çalışma Yönetmeliği” yürürlükten kaldırılmıştır.');
    expect(a.fallback).toBeUndefined();
  });

  it('İzmir repeals nothing: not-regulated, citing its fallback clause m.12/e', () => {
    const a = about('izmir').repeals;
    expect(a.status).toBe('not-regulated');
    expect(a.repeals).toEqual([]);
    expect(a.fallback?.label).toBe('m.12/e');
    expect(a.fallback?.text).toBe('Bu Yönergede bulunmayan hükümler yürürlükteki ilgili mevzuat çerçevesinde yürütülür.');
  });

  it('Kocaeli and Karşıyaka repeal nothing and have no fallback clause: not-regulated, nothing cited', () => {
    for (const reg of ['kocaeli', 'karsiyaka']) {
      const a = about(reg).repeals;
      expect(a.status).toBe('not-regulated');
      expect(a.fallback).toBeUndefined();
      expect(a.citations).toEqual([]);
    }
  });
});

describe('about: the duty questions, answered from duties by topic', () => {
  it.each(regulationIds)('%s: each item is every duty of its topic, in text order, with holders and citations', (id) => {
    const a = about(id);
    const reg = getRegulation(id);
    const order = new Map(reg.provisions.map((p, i) => [p.id, i]));
    for (const [key, topic] of aboutDutyQuestions) {
      const item = a[key];
      const expected = reg.duties.filter((d) => d.topics.includes(topic)).map((d) => d.id);
      expect(item.topics).toEqual([topic]);
      expect([...item.duties.map((d) => d.id)].sort()).toEqual([...expected].sort());
      const places = item.duties.map((d) => order.get(d.citation.id)!);
      expect(places).toEqual([...places].sort((x, y) => x - y));
      for (const d of item.duties) {
        expect(d.topics).toContain(topic);
        expect(d.citation.text).toBe(reg.provisions.find((p) => p.id === d.citation.id)!.text);
      }
      expect(item.holders.map((h) => h.id)).toEqual([...new Set(item.duties.map((d) => d.holder.id))]);
      expect(item.status).toBe(expected.length ? 'explicit' : 'not-regulated');
      // a not-regulated item cites the fallback clause where the regulation has one, and nothing else
      if (item.status === 'not-regulated') {
        expect(item.citations).toEqual([]);
        expect(item.fallback?.id).toBe(reg.fallback);
      } else expect(item.fallback).toBeUndefined();
    }
  });

  it('Konak m.8/10: the Müdür uses the budget given to him (a budget duty)', () => {
    const d = about('konak').budget.duties.find((x) => x.citation.label === 'm.8/10')!;
    expect(d.holder.name).toBe('Müdür');
    expect(d.text).toBe('Kendisine yasal sorumlulukla verilen bütçe ve ödeneği kullanmak.');
  });

  it('a question the text does not answer is not-regulated, citing the fallback clause (Konak m.18, İzmir m.12/e)', () => {
    for (const [reg, label, text] of [
      ['konak', 'm.18', 'İşbu Yönetmelikte hüküm bulunmayan hallerde yürürlükteki ilgili mevzuat hükümlerine uyulur.'],
      ['izmir', 'm.12/e', 'Bu Yönergede bulunmayan hükümler yürürlükteki ilgili mevzuat çerçevesinde yürütülür.'],
    ] as const) {
      const a = about(reg);
      const open = aboutDutyQuestions.map(([k]) => a[k]).filter((i) => i.status === 'not-regulated');
      for (const i of open) expect([i.fallback?.label, i.fallback?.text]).toEqual([label, text]);
    }
    // at least one duty question is still open in a regulation that has a fallback clause, and
    // that item cites the clause (picked from the data, not named here)
    const open = regulationIds.flatMap((id) => aboutDutyQuestions.map(([k]) => [id, about(id)[k]] as const))
      .filter(([id, i]) => i.status === 'not-regulated' && getRegulation(id).fallback !== undefined);
    expect(open.length).toBeGreaterThan(0);
    for (const [id, i] of open) expect(i.fallback?.id).toBe(getRegulation(id).fallback);
  });
});

describe('about: who approves the annual programme (issue 20: the text says it, or the answer says it does not)', () => {
  it.each(regulationIds)('%s: the answer is the duties that approve a plan or programme; other approvals and submissions stand beside it', (id) => {
    const a = about(id).approval;
    const reg = getRegulation(id);
    const ids = (f: (t: readonly string[]) => boolean) => reg.duties.filter((d) => f(d.topics)).map((d) => d.id).sort();
    expect([...a.duties.map((d) => d.id)].sort()).toEqual(ids((t) => t.includes('approval') && t.includes('planning')));
    expect([...a.otherApprovals.map((d) => d.id)].sort()).toEqual(ids((t) => t.includes('approval') && !t.includes('planning')));
    expect([...a.related.map((d) => d.id)].sort()).toEqual(ids((t) => t.includes('approval-request')));
    expect(a.status).toBe(a.duties.length ? 'explicit' : 'not-regulated');
    expect(a.holders.map((h) => h.id)).toEqual([...new Set(a.duties.map((d) => d.holder.id))]);
    if (a.status === 'not-regulated') {
      expect(a.citations).toEqual([]);
      expect(a.fallback?.id).toBe(reg.fallback);
    }
  });

  it('no text names who approves the annual programme: not-regulated in all four, with the fallback clause where there is one', () => {
    for (const id of regulationIds) expect(about(id).approval.status, id).toBe('not-regulated');
    expect(about('izmir').approval.fallback?.text).toBe('Bu Yönergede bulunmayan hükümler yürürlükteki ilgili mevzuat çerçevesinde yürütülür.');
    expect(about('kocaeli').approval.fallback).toBeUndefined();
  });

  it('İzmir m.7/ğ "Alt birimlerce hazırlanan çalışmaları denetlemek ve onaylamak": the Şube Müdürü approves the sub-units\' work — beside the answer, not as it', () => {
    const a = about('izmir').approval;
    expect(a.otherApprovals.map((d) => [d.citation.label, d.holder.name, d.text])).toEqual([
      ['m.7/ğ', 'Şube Müdürü', 'Alt birimlerce hazırlanan çalışmaları denetlemek ve onaylamak,'],
    ]);
    expect(a.duties).toEqual([]);
  });

  it('Kocaeli m.5/c "dairesinin bütçesini hazırlamak ve onayına sunmak": a related provision, which gives the Daire Başkanı no power to approve', () => {
    const a = about('kocaeli').approval;
    expect(a.related.map((d) => [d.citation.label, d.holder.name, d.text])).toEqual([
      ['m.5/c', 'Daire Başkanı', 'Performans programına uygun olarak dairesinin bütçesini hazırlamak ve onayına sunmak,'],
    ]);
    expect(a.holders).toEqual([]);
  });

  it('a text that gives a programme approval answers explicit, with that duty and its holder', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'mevzuat-about-')), 'ornekkoy');
    cpSync(join(root, 'test/fixtures/ornekkoy/encoded/ornekkoy'), dir, { recursive: true });
    const doc = parseDocument(readFileSync(join(dir, 'duties.yaml'), 'utf8'));
    doc.setIn(['duties', 0, 'topics'], doc.createNode(['personnel', 'planning', 'approval']));
    writeFileSync(join(dir, 'duties.yaml'), doc.toString());
    const a = createMevzuat({ regulations: [loadRegulationDir(dir)] }).about('ornekkoy').approval;
    expect(a.status).toBe('explicit');
    expect(a.duties.map((d) => d.id)).toEqual(['mudur-mudurlugu-yonetir']);
    expect(a.holders.map((h) => h.name)).toEqual(['Müdür']);
    expect(a.fallback).toBeUndefined();
  });
});

describe('about: the answer as a whole', () => {
  it.each(regulationIds)('%s parses with the AboutAnswer schema, is deeply frozen, memoised, and unreviewed facts absent', (id) => {
    const a: AboutAnswer = about(id);
    expect(AboutSchema.parse(a)).toEqual(a);
    expect(deeplyFrozen(a)).toBe(true);
    expect(about(id)).toBe(a);
    expect(a.regulation).toBe(id);
    expect(a.title).toBe(getRegulation(id).title);
    expect(JSON.stringify(a)).not.toContain('"review":"pending"');
  });

  it('takes a municipality name, and an unknown one throws UNKNOWN_REGULATION', () => {
    expect(about('Konak').regulation).toBe('konak-ozel-kalem');
    expect(about('KARŞIYAKA').regulation).toBe('karsiyaka-halkla-iliskiler');
    let error: unknown;
    try { about('konya'); } catch (e) { error = e; }
    expect(isMevzuatError(error) && error.code).toBe('UNKNOWN_REGULATION');
  });

  it('createMevzuat binds it: the same answer over the built-ins', () => {
    const m = createMevzuat({ regulations: builtinRegulations });
    expect(m.about('konak')).toEqual(about('konak'));
  });

  it('an item resting on a machine-drafted fact says review pending; the others do not', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'mevzuat-about-')), 'ornekkoy');
    cpSync(join(root, 'test/fixtures/ornekkoy/encoded/ornekkoy'), dir, { recursive: true });
    for (const [file, path] of [['regulation.yaml', ['executor']], ['duties.yaml', ['duties', 0]]] as const) {
      const doc = parseDocument(readFileSync(join(dir, file), 'utf8'));
      doc.setIn([...path, 'review'], 'pending');
      writeFileSync(join(dir, file), doc.toString());
    }
    const m = createMevzuat({ regulations: [loadRegulationDir(dir, { draft: true })] });
    const a = m.about('ornekkoy');
    expect(a.executor.review).toBe('pending');
    expect(a.planning.review).toBe('pending'); // duties[0], the Müdür's yönetim duty, is of topic planning
    expect(a.legalBasis.review).toBeUndefined();
    expect(a.review).toBe('pending');
    expect(AboutSchema.parse(a)).toEqual(a);
  });
});
