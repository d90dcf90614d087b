// draftFacts, incoming-document routing: the formulas read (passive steps naming nobody, a duty's
// steps on the documents that come in, who hands them out to whom) on sentences written for the
// test, and the near-misses left alone (outgoing documents, negations, conditions, someone named
// doing a passive step, a recipient nobody can name, following or checking the documents).
import { describe, expect, it } from 'vitest';
import { draftFacts } from '../src/author/facts/index.js';
import { compileText } from '../src/compile/text.js';
import { parseRegulationText } from '../src/parse/text.js';
import { RoutingStepInput } from '../src/schema/facts.js';

function draft(raw: string) {
  const text = compileText(parseRegulationText(raw).nodes);
  const facts = draftFacts({ id: 'deneme', text });
  for (const r of facts.rules.routing) expect(RoutingStepInput.safeParse(r).error, r.id).toBeUndefined();
  return facts;
}
const reg = (...articles: string[]) => ['T.C.', 'GEBZE BELEDİYESİ', 'YAZI İŞLERİ MÜDÜRLÜĞÜ', '', ...articles.flatMap((a) => [a, ''])].join('\n');
type Step = { actor?: string; action: string; to?: string[]; toText?: string; cites: string[]; readFrom?: string };
const steps = (...articles: string[]) => draft(reg(...articles)).rules.routing.map((r: Step) => ({
  ...(r.actor ? { actor: r.actor } : {}), action: r.action, ...(r.to ? { to: r.to } : {}), ...(r.toText ? { toText: r.toText } : {}), cite: r.cites[0], readFrom: r.readFrom,
}));
/** The steps of one procedure article. */
const article = (sentence: string) => steps('Gelen evrak', `MADDE 1- (1) ${sentence}`);
/** The steps of a duty list of the Şef (items a, b, …). */
const sefDuties = (...items: string[]) => steps('Şefin görev, yetki ve sorumlulukları', 'MADDE 1- (1) Şefin görevleri şunlardır:', ...items.map((t, i) => `${'abcçdefgğh'[i]}) ${t}`));
const todosOf = (...articles: string[]) => draft(reg(...articles)).todos.map((t) => t.provision);

describe('routing read from passive sentences that name nobody', () => {
  it('"gelen tüm evraklar toplanıp dosyalandıktan sonra Müdüre iletilir": collect, file, forward to the Müdür, no actor', () => {
    expect(article('Müdürlüğe gelen tüm evraklar toplanıp dosyalandıktan sonra Müdüre iletilir.')).toEqual([
      { action: 'collect', cite: 'art_1__para_1', readFrom: 'gelen tüm evraklar toplanıp' },
      { action: 'file', cite: 'art_1__para_1', readFrom: 'gelen tüm evraklar toplanıp dosyalandıktan' },
      { action: 'forward', to: ['mudur'], cite: 'art_1__para_1', readFrom: 'gelen tüm evraklar toplanıp dosyalandıktan sonra Müdüre iletilir' },
    ]);
  });

  it('"kaydedilir", "kayıt altına alınır", "arşivlenir", "havalesi için Müdür\'e sunulur", written without Turkish letters too', () => {
    expect(article('Müdürlüğe gelen tüm yazışmalar evrak kayıt programına kaydedilir.').map((s) => s.action)).toEqual(['register']);
    expect(article('Mudurluge gelen evraklar kayit altina alinir ve arsivlenir.').map((s) => s.action)).toEqual(['register', 'file']);
    expect(article('Gelen evrak tasnif edilerek havalesi için Müdür\'e sunulur.')).toEqual([
      { action: 'forward', to: ['mudur'], cite: 'art_1__para_1', readFrom: 'Gelen evrak tasnif edilerek havalesi için Müdür\'e sunulur' },
    ]);
    expect(article('Gelen evraklar ilgili personele havale edilir.')).toEqual([
      { action: 'distribute', to: ['personel'], cite: 'art_1__para_1', readFrom: 'Gelen evraklar ilgili personele havale edilir' },
    ]);
  });

  it('someone named doing a step ("personelce", "kayıt memurunda"), or a recipient nobody can name: no step, a todo', () => {
    for (const s of [
      'Müdürlüğe gelen evraklar görevli personelce otomasyonda kaydı yapılır.',
      'Müdürlüğe gelen tüm yazılar kayıt memurunda toplanır.',
      'Müdürlüğe gelen evraklar toplanarak ilgili birimlere iletilir.',
      'Müdürlüğe gelen evraklar Müdür\'de toplanır.',
    ]) {
      expect(article(s), s).toEqual([]);
      expect(todosOf('Gelen evrak', `MADDE 1- (1) ${s}`), s).toContain('art_1__para_1');
    }
  });

  it('left alone: outgoing documents, both ways at once, negations, conditions, the municipality\'s incoming, documents that are not the subject', () => {
    for (const s of [
      'Giden evraklar kaydedilir ve postalanır.',
      'Gelen ve giden evraklar elektronik ortamda kaydedilir.',
      'Gelen ve giden evrakların kayıt ve havale işlemleri elektronik ortamda yapılır.',
      'Müdürlüğe gelen evraklar dosyalanmaz.',
      'Müdürlüğe gelen evraklar kaydedilmeden işleme konulmaz.',
      'Gelen evrakın kaydı yapılmışsa imza karşılığı alınır.',
      'Belediyemize gelen evraklar kaydedilir.',
      'Gelen evrakların dosyalanması Müdürün talimatına bağlıdır.',
    ]) expect(article(s), s).toEqual([]);
  });
});

describe('routing read from sentences naming who hands the documents out', () => {
  it('"Müdür gereği için evrakları personele dağıtır": a few words between the actor and the documents', () => {
    expect(article('Müdür gereği için evrakları personele dağıtır.')).toEqual([
      { actor: 'mudur', action: 'distribute', to: ['personel'], cite: 'art_1__para_1', readFrom: 'Müdür gereği için evrakları personele dağıtır' },
    ]);
    expect(article('Müdür evrakı ilgili personele zimmetle dağıtır.').map((s) => [s.actor, s.to])).toEqual([['mudur', ['personel']]]);
  });

  it('"Müdür evrakları havale eder": no recipient named, a step with none', () => {
    expect(article('Müdür evrakları havale eder.')).toEqual([
      { actor: 'mudur', action: 'distribute', cite: 'art_1__para_1', readFrom: 'Müdür evrakları havale eder' },
    ]);
  });

  it('"Evraklar … müdürün havalesi ile ilgili personele dağıtımı yapılır": the one who assigns in the genitive', () => {
    expect(article('Evraklar daha sonra müdürün havalesi ile ilgili personele dağıtımı yapılır.')).toEqual([
      { actor: 'mudur', action: 'distribute', to: ['personel'], cite: 'art_1__para_1', readFrom: 'Evraklar daha sonra müdürün havalesi ile ilgili personele dağıtımı yapılır' },
    ]);
    expect(article('Gelen yazılar Müdürün havalesiyle Şefe verilir.').map((s) => [s.actor, s.action, s.to])).toEqual([['mudur', 'distribute', ['sef']]]);
    // a recipient nobody can name, or two who assign: a todo; no documents named: nothing
    expect(article('Evraklar Müdürün havalesi ile ilgili birimlere dağıtılır.')).toEqual([]);
    expect(todosOf('Gelen evrak', 'MADDE 1- (1) Evraklar Müdürün havalesi ile ilgili birimlere dağıtılır.')).toContain('art_1__para_1');
    expect(article('Evraklar Müdür ve Şefin havalesi ile personele dağıtılır.')).toEqual([]);
    expect(article('Talepler Müdürün havalesi ile personele verilir.')).toEqual([]);
  });

  it('left alone: a recipient nobody can name (a todo), outgoing documents, a negation, other words before the documents', () => {
    expect(article('Müdür evrakı ilgili birimlere havale eder.')).toEqual([]);
    expect(todosOf('Gelen evrak', 'MADDE 1- (1) Müdür evrakı ilgili birimlere havale eder.')).toContain('art_1__para_1');
    expect(article('Müdür giden evrakları personele dağıtır.')).toEqual([]);
    expect(article('Evrak, Müdür tarafından personele havale edilmez.')).toEqual([]);
    expect(article('Müdür masasındaki evrakları personele dağıtır.')).toEqual([]);
  });
});

describe('routing read from a duty list, by its holder', () => {
  it('"sevk edilmiş olan evrakların kayıt ve kabul, havale işlemlerini yapmak": register and distribute', () => {
    expect(sefDuties('Birime gereği için sevk edilmiş olan evrakların kayıt ve kabul, havale işlemlerini yapmak, sonuçlandırmak.')).toEqual([
      { actor: 'sef', action: 'register', cite: 'art_1__para_1__point_a', readFrom: 'sevk edilmiş olan evrakların kayıt ve kabul, havale işlemlerini yapmak' },
      { actor: 'sef', action: 'distribute', cite: 'art_1__para_1__point_a', readFrom: 'sevk edilmiş olan evrakların kayıt ve kabul, havale işlemlerini yapmak' },
    ]);
  });

  it('"gelen evrakların … birimler arasında dağılımını ve denetimini sağlamak": distribute (no recipient named) and supervise', () => {
    expect(sefDuties('Müdürlüğe gelen evrakların ve görevlerin bağlı birimler arasında dağılımını ve denetimini sağlamak.').map((s) => [s.actor, s.action, s.to])).toEqual([
      ['sef', 'distribute', undefined], ['sef', 'supervise', undefined],
    ]);
  });

  it('"maiyetindeki personel arasında … evrak zimmetlemesini sağlamak": to the Personel, with the text\'s words', () => {
    expect(sefDuties('Gelen evrak kayıtlarını zamanında ve düzenli olarak tutmak, maiyetindeki personel arasında hakkaniyete uygun olarak iş dağılımını ve evrak zimmetlemesini sağlamak.')).toEqual([
      { actor: 'sef', action: 'register', cite: 'art_1__para_1__point_a', readFrom: 'Gelen evrak kayıtlarını zamanında ve düzenli olarak tutmak' },
      { actor: 'sef', action: 'distribute', to: ['personel'], toText: 'maiyetindeki personel', cite: 'art_1__para_1__point_a', readFrom: 'maiyetindeki personel arasında hakkaniyete uygun olarak iş dağılımını ve evrak zimmetlemesini sağlamak' },
    ]);
  });

  it('"gelen evrakı ilgili personele havale etmek", "… personele zimmetle dağıtmak": distribute to the actor in the dative', () => {
    expect(sefDuties('Müdürlüğe gelen evrakı ilgili personele havale etmek.')).toEqual([
      { actor: 'sef', action: 'distribute', to: ['personel'], cite: 'art_1__para_1__point_a', readFrom: 'gelen evrakı ilgili personele havale etmek' },
    ]);
    expect(sefDuties('Gelen evrakı kaydederek personele zimmetle dağıtmak.').map((s) => [s.action, s.to])).toEqual([['distribute', ['personel']], ['register', undefined]]);
  });

  it('documents both ways: their registering and filing; a joined verb before the duty\'s own ("çıktısını alarak, deftere kaydını yapmak")', () => {
    expect(sefDuties('Gelen ve giden evrakın kayıt işlemlerini yapmak.').map((s) => [s.actor, s.action])).toEqual([['sef', 'register']]);
    expect(sefDuties('Gelen-giden evrakın dosyalama ve arşivleme işlerini yürütmek.').map((s) => [s.actor, s.action])).toEqual([['sef', 'file']]);
    expect(sefDuties('Sistem üzerinden Müdürlüğe gelen evrakların çıktısını alarak, deftere kaydını yapmak.')).toEqual([
      { actor: 'sef', action: 'register', cite: 'art_1__para_1__point_a', readFrom: 'gelen evrakların çıktısını alarak, deftere kaydını yapmak' },
    ]);
  });

  it('"havale edilen evraklarla ilgili olarak yapılan işleri kontrol eder": supervise', () => {
    expect(sefDuties('Personele havale edilen evraklarla ilgili olarak yapılan işleri kontrol eder, işlemlerin zamanında yapılmasını sağlar.').map((s) => [s.actor, s.action])).toEqual([['sef', 'supervise']]);
  });

  it('left alone: following or checking the documents, a check with no distribution, doing what they ask, assigning them to "ilgilisi", outgoing, the municipality\'s, negations', () => {
    expect(sefDuties(
      'Gelen evrakın kontrolünü yapmak.',
      'Gelen evrakın denetimini yapmak.',
      'Gelen ve giden evrakın arşivleme işlerini takip etmek.',
      'Gelen evrakın takibini yapmak ve kayıtlarını tutmak.',
      'Amirliğe havale edilen evrakların gereğini yerine getirmek.',
      'Müdürlüğe gelen evrakı incelemek, ilgilisine havale etmek.',
      'Personele havale edilen evrakları takip etmek.',
      'Belediyemize gelen evrakın kayıtlarını yapmak.',
      'Giden evrakın kayıtlarını tutmak.',
      'Gelen evrakın kaydını yapmamak, Müdüre bildirmek.',
      'Gelen ve giden evrakın havale işlemlerini yapmak.',
      'Gelen evrakı ilgili birimlere havale etmek.',
      'Gelen evrakı takip ederek kayıtlarını tutmak.',
      'Gelen evrakın kayıtlı olup olmadığını araştırmak.',
    )).toEqual([]);
  });
});
