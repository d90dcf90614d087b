// draftFacts, deputising: the formulas read (vekâlet, in-absence, represents) on sentences written
// for the test, and the near-misses left alone.
import { describe, expect, it } from 'vitest';
import { draftFacts } from '../src/author/facts/index.js';
import { compileText } from '../src/compile/text.js';
import { parseRegulationText } from '../src/parse/text.js';
import { DeputyRuleInput } from '../src/schema/facts.js';

function draft(raw: string) {
  const text = compileText(parseRegulationText(raw).nodes);
  const facts = draftFacts({ id: 'deneme', text });
  for (const r of facts.rules.deputies) expect(DeputyRuleInput.safeParse(r).error, r.id).toBeUndefined();
  return facts;
}
const reg = (...articles: string[]) => ['T.C.', 'GEBZE BELEDİYESİ', 'YAZI İŞLERİ MÜDÜRLÜĞÜ', '', ...articles.flatMap((a) => [a, ''])].join('\n');
const deputies = (...articles: string[]) => draft(reg(...articles)).rules.deputies.map((r) => ({ for: r.for, deputies: r.deputies, kind: r.kind ?? 'vekalet', condition: r.condition, readFrom: r.readFrom }));

describe('deputising read', () => {
  it('"vekâleten yürütülür" with the deputy before "tarafından"', () => {
    expect(deputies('Vekalet', 'MADDE 1- (1) Müdürün bulunmadığı zamanlarda Müdürün görevleri Şef tarafından vekâleten yürütülür.')).toEqual([{
      for: 'mudur', deputies: ['sef'], kind: 'vekalet', condition: 'Müdürün bulunmadığı zamanlarda',
      readFrom: 'Müdürün bulunmadığı zamanlarda Müdürün görevleri Şef tarafından vekâleten yürütülür',
    }]);
  });

  it('"izin, rapor ve benzeri nedenlerle": the reason is part of the condition', () => {
    const [r] = deputies('Vekalet', 'MADDE 1- (1) Müdürün izin, rapor ve benzeri nedenlerle görevi başında bulunmadığı zamanlarda Şef vekalet eder.');
    expect(r).toEqual({
      for: 'mudur', deputies: ['sef'], kind: 'vekalet', condition: 'Müdürün izin, rapor ve benzeri nedenlerle görevi başında bulunmadığı zamanlarda',
      readFrom: 'Müdürün izin, rapor ve benzeri nedenlerle görevi başında bulunmadığı zamanlarda Şef vekalet eder',
    });
  });

  it('"Müdürün görevlendireceği bir Şef": the post, with a note that the person is not named', () => {
    const r = draft(reg('Vekalet', 'MADDE 1- (1) Müdürün bulunmadığı zamanlarda Müdürün görevlendireceği bir Şef vekalet eder.')).rules.deputies;
    expect(r.map((x) => [x.for, x.deputies])).toEqual([['mudur', ['sef']]]);
    expect(r[0]!.note).toMatch(/vekâlet edecek kişi bu hükümde belirtilmemiştir/);
  });

  it('"yerine … bakar", and the nominative subject opening the sentence', () => {
    expect(deputies('Vekalet', 'MADDE 1- (1) Müdür görevde bulunmadığında yerine Şef bakar.').map((r) => [r.for, r.deputies])).toEqual([['mudur', ['sef']]]);
    expect(deputies('Vekalet', 'MADDE 1- (1) Müdürün yokluğunda Müdürün yerine Şef bakar.').map((r) => [r.for, r.deputies, r.condition])).toEqual([['mudur', ['sef'], 'Müdürün yokluğunda']]);
  });

  it('the deputy in a relative clause: "… Belediye Başkanına vekalet eden Başkan Vekiline bağlıdır"', () => {
    const r = draft(reg('Bağlılık', 'MADDE 1- (1) Müdürlük, Belediye Başkanının görevi başında bulunmadığı durumda Belediye Başkanına vekalet eden Başkan Vekiline bağlıdır.'));
    expect(r.rules.deputies.map((x) => [x.for, x.deputies, x.condition])).toEqual([['belediye-baskani', ['baskan-vekili'], 'Belediye Başkanının görevi başında bulunmadığı durumda']]);
    expect(r.rules.deputies[0]!.note).toMatch(/vekilin kim olduğu/);
    expect(r.organisation.offices.map((o) => o.name)).toContain('Başkan Vekili');
  });

  it('"üst amirlerin bulunmadığı olaylarda … sevk ve idareyi gerçekleştirmek": the one superior the list\'s holder answers to, labelled an inference', () => {
    const r = draft(reg('Şefin görevleri', 'MADDE 1- (1) Şefin görevleri şunlardır:',
      'a) Üst amirlerin bulunmadığı olaylarda inisiyatif alarak sevk ve idareyi gerçekleştirmek.',
      'b) Şef, görevlerinden Müdüre karşı sorumludur.')).rules;
    expect(r.deputies.map((x) => [x.for, x.deputies, x.kind, x.cites])).toEqual([['mudur', ['sef'], 'in-absence', ['art_1__para_1__point_a', 'art_1__para_1__point_b']]]);
    expect(r.deputies[0]!.note).toMatch(/çıkarımdır/);
  });

  it('"Müdürü temsilen toplantılara katılmak" in a list: represents, not vekâlet', () => {
    expect(deputies('Yazı İşleri Şefliğinin görevleri', 'MADDE 1- (1) Yazı İşleri Şefliğinin görevleri şunlardır:', 'a) Müdürü temsilen toplantı ve kongrelere katılmak,', 'b) Yazışmaları yapmak.')).toEqual([{
      for: 'mudur', deputies: ['yazi-isleri-sefligi'], kind: 'represents', condition: undefined, readFrom: 'Müdürü temsilen toplantı ve kongrelere katılmak',
    }]);
  });
});

describe('deputising refused', () => {
  it('no superior to read "üst amirler" as (none drafted, or more than one): a todo, no fact', () => {
    const none = draft(reg('Şefin görevleri', 'MADDE 1- (1) Şefin görevleri şunlardır:', 'a) Üst amirlerin bulunmadığı olaylarda sevk ve idareyi gerçekleştirmek.'));
    expect(none.rules.deputies).toEqual([]);
    expect(none.todos.map((t) => t.provision)).toContain('art_1__para_1__point_a');
    const two = draft(reg('Şefin görevleri', 'MADDE 1- (1) Şefin görevleri şunlardır:', 'a) Üst amirlerin bulunmadığı olaylarda sevk ve idareyi gerçekleştirmek.', 'b) Şef, görevlerinden Müdüre ve Belediye Başkanına karşı sorumludur.'));
    expect(two.rules.deputies).toEqual([]);
  });

  it('a negation, an actor not in the book, a relative clause naming someone else, "yerine getirmek"', () => {
    expect(deputies('Vekalet', 'MADDE 1- (1) Müdürün bulunmadığı zamanlarda Şef vekalet edemez.')).toEqual([]);
    expect(deputies('Vekalet', 'MADDE 1- (1) Müdürün bulunmadığı zamanlarda Kıdemli Uzman Bey vekalet eder.')).toEqual([]);
    expect(deputies('Vekalet', 'MADDE 1- (1) Müdürün bulunmadığı zamanlarda Belediye Başkanına vekalet eden Başkan Vekiline bilgi verilir.')).toEqual([]);
    expect(deputies('Vekalet', 'MADDE 1- (1) Müdürün bulunmadığı zamanlarda verilen görevleri yerine getirmek.')).toEqual([]);
  });

  it('"Belediye Başkanını temsilen Başkan Yardımcısı katılır" in a list: another actor represents, not the holder', () => {
    expect(deputies('Müdürün görevleri', 'MADDE 1- (1) Müdürün görevleri şunlardır:', 'a) Törenlere Belediye Başkanını temsilen Başkan Yardımcısı ile birlikte katılmak.')).toEqual([]);
  });

  it('"Birimini temsilen", "Müdürlüğü temsilen": a unit represented is no deputising', () => {
    expect(deputies('Şefin görevleri', 'MADDE 1- (1) Şefin görevleri şunlardır:', 'a) Birimini temsilen toplantılara katılmak,', 'b) Müdürlüğü temsilen kongrelere katılmak.')).toEqual([]);
  });
});
