// draftFacts, correspondence rules: the forms a duty list and a rule article use, each on a
// sentence written for the test, with the exact fields drafted, and the near-misses left alone.
import { describe, expect, it } from 'vitest';
import { draftFacts } from '../src/author/facts/index.js';
import { compileText } from '../src/compile/text.js';
import { parseRegulationText } from '../src/parse/text.js';

function draft(raw: string) {
  const text = compileText(parseRegulationText(raw).nodes);
  return draftFacts({ id: 'deneme', text });
}

/** A small regulation around the given articles (title lines naming the unit first). */
const reg = (...articles: string[]) => ['T.C.', 'GEBZE BELEDİYESİ', 'YAZI İŞLERİ MÜDÜRLÜĞÜ', '', ...articles.flatMap((a) => [a, ''])].join('\n');

/** The Yazı İşleri Şefliği's duty list, one item a line. */
const duties = (...items: string[]) => reg(
  'Yazı İşleri Şefliğinin görev, yetki ve sorumlulukları',
  'MADDE 1- (1) Yazı İşleri Şefliğinin görevleri şunlardır:',
  ...items.map((t, i) => `${i + 1}) ${t}`),
);
const item = (n: number) => `art_1__para_1__item_${n}`;
const all = ['inter-directorate', 'public-institution', 'private-party'];

describe('correspondence in a duty list', () => {
  it('reads the forms of doing the unit\'s correspondence, and signing it', () => {
    const f = draft(duties(
      'Birime ait kurum içi ve kurum dışı yazışmaları takip etmek ve yürütmek.',
      'Müdürlük personelince hazırlanan yazışmalarla ilgili iş ve işlemleri dosya planına uygun olarak yürütmek.',
      'İç-dış yazışmaları yapmak.',
      'Müdürlüğün resmi yazışmalarını imzalamak.',
      'Müdürlüğün yazışmalarını yapmak ve imzalamak.',
    ));
    expect(f.rules.correspondence.map((r) => [r.recipients, r.recipientText, r.signers, r.paraf, r.responsible, r.cites[0]])).toEqual([
      [all, 'Birime ait kurum içi ve kurum dışı yazışmaları', [], [], ['yazi-isleri-sefligi'], item(1)],
      [all, 'Müdürlük personelince hazırlanan yazışmalarla', [], [], ['yazi-isleri-sefligi'], item(2)],
      [all, 'İç-dış yazışmaları', [], [], ['yazi-isleri-sefligi'], item(3)],
      [all, 'Müdürlüğün resmi yazışmalarını', [{ actor: 'yazi-isleri-sefligi', via: 'own' }], [], [], item(4)],
      [all, 'Müdürlüğün yazışmalarını', [{ actor: 'yazi-isleri-sefligi', via: 'own' }], [], ['yazi-isleri-sefligi'], item(5)],
    ]);
    expect(f.rules.correspondence.every((r) => r.review === 'pending')).toBe(true);
  });

  it('leaves alone following, checking, "paraflamak veya imzalamak", a negation, and correspondence whose recipients the duty does not say', () => {
    const f = draft(duties(
      'Müdürlüğün yazışmalarını paraflamak veya imzalamak.',
      'Meclise gönderilen raporlarla ilgili yazışmaların takibini yapmak.',
      'Diğer müdürlüklerle yapılan yazışmaları takip etmek.',
      'Müdürlüğün yazışmalarını izinsiz olarak kurum dışına veremez.',
      'Sunumların yapılacağı yerlerin organizasyon ve yazışmalarını yapmak.',
      'Yazışma kurallarına uymak.',
    ));
    expect(f.rules.correspondence).toEqual([]);
    // with whom is not said: a todo for the reviewer, not every class
    expect(f.todos.map((t) => t.provision)).toContain(item(5));
  });

  it('answering the letters that come from those named: the classes they name, the condition verbatim', () => {
    const f = draft(duties(
      'Müdürden gelen talimatlar doğrultusunda kamu kurumlarından, şahıslardan veya diğer müdürlüklerden gelen yazılara cevap vermek.',
      'Müdürlüğe gelen yazılara cevap vermek.',
      'Vatandaşlardan gelen talep ve şikâyetleri cevaplandırmak.',
    ));
    expect(f.rules.correspondence).toEqual([{
      id: 'yazi-isleri-sefligi-gelen-yazilara-cevap',
      recipients: all,
      recipientText: 'kamu kurumlarından, şahıslardan veya diğer müdürlüklerden gelen yazılara',
      condition: 'Müdürden gelen talimatlar doğrultusunda',
      signers: [], paraf: [], responsible: ['yazi-isleri-sefligi'],
      cites: [item(1)], review: 'pending',
      readFrom: 'Müdürden gelen talimatlar doğrultusunda kamu kurumlarından, şahıslardan veya diğer müdürlüklerden gelen yazılara cevap vermek.',
    }]);
  });

  it('taking someone\'s paraf on correspondence: that one initials, the holder is responsible; an unknown initialler is a todo', () => {
    const f = draft(duties(
      'Diğer birimlere yazılan yazılarla ilgili işleri takip etmek, yapılan tüm yazışmalarda Müdürün onayını veya parafını almak.',
      'Yapılan tüm yazışmalarda Müdürün bilgisini almak.',
      'Diğer birimlere yazılan yazılarda Daire Koordinatörünün parafını almak.',
      'Diğer birimlerle yapılan yazışmalarda Daire Koordinatörünün parafını almak.',
    ));
    expect(f.rules.correspondence.map((r) => [r.recipients, r.recipientText, r.signers, r.paraf, r.responsible, r.cites[0]])).toEqual([
      [['inter-directorate'], 'Diğer birimlere yazılan yazılarla', [], ['mudur'], ['yazi-isleri-sefligi'], item(1)],
    ]);
    expect(f.todos.map((t) => t.provision)).toContain(item(4));
  });

  it('replies conveyed to a class named; a receiver that names no class is not guessed', () => {
    const f = draft(duties(
      'Birimlerden gelen yanıtların vatandaşlara en kısa sürede ulaştırılmasını sağlamak.',
      'Başvurulara verilen yanıtların CİMER\'e iletilmesini sağlamak.',
      'Telefon çağrılarına cevap verilerek isteklerin ilgili birimlere aktarılmasını sağlamak.',
    ));
    expect(f.rules.correspondence.map((r) => [r.recipients, r.recipientText, r.scope, r.responsible, r.cites[0]])).toEqual([
      [['private-party'], 'vatandaşlara', 'Birimlerden gelen yanıtların vatandaşlara en kısa sürede ulaştırılmasını sağlamak', ['yazi-isleri-sefligi'], item(1)],
    ]);
  });
});

describe('correspondence rules in the passive', () => {
  it('"… Müdür tarafından imzalanır", "… Müdür tarafından paraflanarak Belediye Başkanı tarafından imzalanır"; not "imzalanamaz"', () => {
    const f = draft(reg('MADDE 1- Yazışmalar',
      'a) Müdürlükler arası yazışmalar Müdür tarafından imzalanır.',
      'b) Valilik ile yapılacak yazışmalar Müdür tarafından paraflanarak Belediye Başkanı tarafından imzalanır.',
      'c) Valilik ile yapılacak yazışmalar Müdür tarafından imzalanamaz.',
    ));
    expect(f.rules.correspondence.map((r) => [r.recipients, r.signers, r.paraf, r.responsible, r.cites[0]])).toEqual([
      [['inter-directorate'], [{ actor: 'mudur', via: 'own' }], [], [], 'art_1__point_a'],
      [['public-institution'], [{ actor: 'belediye-baskani', via: 'own' }], ['mudur'], [], 'art_1__point_b'],
    ]);
  });
});

describe('a rule spread over a list or two sentences', () => {
  it('a list item gives the paraf and signature of the correspondence its lead-in names; "Bu yazışmalar" points to the sentence before', () => {
    const f = draft(reg('MADDE 1- Yazışmalar',
      '(1) Müdürlüğün Valilik ve Kamu Kurum ve Kuruluşları ile yapacağı yazışmalar şöyle yürütülür:',
      'a) Müdür ve ilgili Şefin parafı ile Belediye Başkanı veya yetki verdiği Başkan Yardımcısının imzası ile gönderilir.',
      '(2) Müdürlüğün diğer müdürlüklerle yazışmaları Müdürlükçe hazırlanır. Bu yazışmalar Müdürün imzası ile gönderilir.',
      '(3) Yazılar özenle hazırlanır. Bu yazılar Müdürün imzası ile gönderilir.',
    ));
    expect(f.rules.correspondence.map((r) => [r.recipients, r.recipientText, r.signers, r.signersJoin, r.paraf, r.parafQualifiers, r.cites])).toEqual([
      [['public-institution'], 'Müdürlüğün Valilik ve Kamu Kurum ve Kuruluşları ile yapacağı yazışmalar',
        [{ actor: 'belediye-baskani', via: 'own' }, { actor: 'baskan-yardimcisi', via: 'delegation' }], 'veya',
        ['mudur', 'sef'], [{ actor: 'sef', qualifier: 'ilgili' }], ['art_1__para_1__point_a', 'art_1__para_1']],
      [['inter-directorate'], 'Müdürlüğün diğer müdürlüklerle yazışmaları', [{ actor: 'mudur', via: 'own' }], undefined, [], undefined, ['art_1__para_2']],
    ]);
    // "Bu yazılar" after a sentence naming no recipient: a todo, no class guessed
    expect(f.todos.map((t) => t.provision)).toContain('art_1__para_3');
  });

  it('"yazı" for "yazışma": "Valiliğe yazılacak her yazı … imzası ile gönderilir"; "Yazı İşleri" is a name, not a letter', () => {
    const f = draft(reg('MADDE 1- Yazışmalar',
      'a) Valiliğe yazılacak her yazı Müdürün parafı ve Belediye Başkanının imzası ile gönderilir.',
      'b) Yazı İşleri Müdürlüğünün diğer müdürlüklerle yazışmaları Müdürün imzası ile yürütülür.',
    ));
    expect(f.rules.correspondence.map((r) => [r.recipients, r.recipientText, r.signers, r.paraf, r.cites[0]])).toEqual([
      [['public-institution'], 'Valiliğe yazılacak her yazı', [{ actor: 'belediye-baskani', via: 'own' }], ['mudur'], 'art_1__point_a'],
      [['inter-directorate'], 'Yazı İşleri Müdürlüğünün diğer müdürlüklerle yazışmaları', [{ actor: 'mudur', via: 'own' }], [], 'art_1__point_b'],
    ]);
  });
});

describe('replies: the receiver is the class in the case its verb takes', () => {
  it('senders are not receivers: "vatandaşlardan gelen başvurulara göre birimlere iletilmesi" drafts nothing', () => {
    const f = draft(duties(
      'Yanıtların vatandaşlardan gelen başvurulara göre birimlere iletilmesini sağlamak.',
      'Yanıtları hususunda vatandaşların zamanında bilgilendirilmesini sağlamak.',
    ));
    expect(f.rules.correspondence.map((r) => [r.recipients, r.recipientText, r.cites[0]])).toEqual([
      [['private-party'], 'vatandaşların', item(2)],
    ]);
  });
});

describe('signing authority in other words', () => {
  it('"imza yetkisi Müdüre aittir", "Müdür, … yazışmaları imzalamaya yetkilidir"; not when negated; a scope word such as "gizli"', () => {
    const f = draft(reg('MADDE 1- Yazışmalar',
      'a) Müdürlükler arası yazışmalarda imza yetkisi Müdüre aittir.',
      'b) Müdür, diğer müdürlüklerle yapılan yazışmaları imzalamaya yetkilidir.',
      'c) Müdür, Valilik ile yapılan yazışmaları imzalamaya yetkili değildir.',
      'd) Valilik ile yapılacak gizli yazışmalar Belediye Başkanının imzası ile yürütülür.',
    ));
    expect(f.rules.correspondence.map((r) => [r.recipients, r.recipientText, r.scope, r.signers, r.paraf, r.cites[0]])).toEqual([
      [['inter-directorate'], 'Müdürlükler arası yazışmalarda', undefined, [{ actor: 'mudur', via: 'own' }], [], 'art_1__point_a'],
      [['inter-directorate'], 'diğer müdürlüklerle yapılan yazışmaları', undefined, [{ actor: 'mudur', via: 'own' }], [], 'art_1__point_b'],
      [['public-institution'], 'Valilik ile yapılacak gizli yazışmalar', 'gizli', [{ actor: 'belediye-baskani', via: 'own' }], [], 'art_1__point_d'],
    ]);
  });
});

describe('a unit\'s own correspondence named by the unit', () => {
  it('"Evrak Servisinin yazışma hizmetlerini yürütmek" in that unit\'s list is all of its correspondence; another\'s is not read', () => {
    const f = draft(reg(
      'Evrak Servisinin görev, yetki ve sorumlulukları',
      'MADDE 1- (1) Evrak Servisinin görevleri şunlardır:',
      '1) Evrak Servisinin yazışma hizmetlerini yürütmek.',
      '2) Bilgi İşlem Servisinin yazışma hizmetlerini yürütmek.',
    ));
    expect(f.rules.correspondence.map((r) => [r.recipients, r.recipientText, r.responsible, r.cites[0]])).toEqual([
      [all, 'Evrak Servisinin yazışma hizmetlerini', ['evrak-servisi'], item(1)],
    ]);
    expect(f.todos.map((t) => t.provision)).toContain(item(2));
  });
});

describe('correspondence of a kind, communication, information requests, replies to applications', () => {
  it('"özellikli ve süreli yazışma işleri" is every class, its words the scope; a counterpart before it, or only following it, is not', () => {
    const f = draft(duties(
      'İşlerin plan ve programa bağlanarak özellikli ve süreli yazışma işlerinin zamanında yapılıp sonuçlandırılmasını sağlamak.',
      'Gizli yazışmaları yapmak ve imzalamak.',
      'Sunum yerlerinin gizli yazışmalarını yapmak.',
      'Acele yazışmaları takip etmek.',
    ));
    expect(f.rules.correspondence.map((r) => [r.recipients, r.recipientText, r.scope, r.signers, r.responsible, r.cites[0]])).toEqual([
      [all, undefined, 'özellikli ve süreli yazışma işlerinin zamanında yapılıp sonuçlandırılmasını sağlamak', [], ['yazi-isleri-sefligi'], item(1)],
      [all, undefined, 'Gizli yazışmaları yapmak ve imzalamak', [{ actor: 'yazi-isleri-sefligi', via: 'own' }], ['yazi-isleri-sefligi'], item(2)],
    ]);
    // the places are the counterpart, and their class is not said: a todo, not every class
    expect(f.todos.map((t) => t.provision)).toContain(item(3));
  });

  it('communication with a class named as the other side; a side of no class, tools of communication and coordination are not', () => {
    const f = draft(duties(
      'Müdürlüğe bağlı birimlerin kurum içi diğer müdürlükler ile işlemlerindeki iletişimin sağlanması.',
      'Vatandaşlarla iletişim kurmak.',
      'Başkanlık Makamı ile personel arasında iletişimi sağlamak.',
      'Müdürlükte kullanılan iletişim araçlarının kesintisiz çalışmasını sağlamak.',
      'Müdürlük ile diğer müdürlükler arasında koordinasyonu sağlamak.',
      'Vatandaşlarla iletişim kurmamak.',
      'Diğer müdürlüklerle iletişimin sağlanmasını takip etmek.',
    ));
    expect(f.rules.correspondence.map((r) => [r.recipients, r.recipientText, r.scope, r.signers, r.responsible, r.cites[0]])).toEqual([
      [['inter-directorate'], 'kurum içi diğer müdürlükler', 'Müdürlüğe bağlı birimlerin kurum içi diğer müdürlükler ile işlemlerindeki iletişimin sağlanması', [], ['yazi-isleri-sefligi'], item(1)],
      [['private-party'], 'Vatandaşlarla', 'Vatandaşlarla iletişim kurmak', [], ['yazi-isleri-sefligi'], item(2)],
    ]);
  });

  it('Bilgi Edinme requests of a class named are met by the holder; unnamed makers are a todo; following them, or requests outside that law, are not read', () => {
    const f = draft(duties(
      '4982 sayılı Bilgi Edinme Hakkı Kanunu kapsamında vatandaşlarımızın taleplerinin yerine getirilmesi.',
      'Bilgi edinme başvurularını cevaplandırmak.',
      'Vatandaşların bilgi edinme taleplerinin takibini yapmak.',
      'Vatandaşların taleplerinin hızlı bir şekilde yerine getirilmesi.',
    ));
    expect(f.rules.correspondence.map((r) => [r.recipients, r.recipientText, r.scope, r.responsible, r.cites[0]])).toEqual([
      [['private-party'], 'vatandaşlarımızın', '4982 sayılı Bilgi Edinme Hakkı Kanunu kapsamında vatandaşlarımızın taleplerinin yerine getirilmesi', ['yazi-isleri-sefligi'], item(1)],
    ]);
    expect(f.todos.map((t) => t.provision)).toContain(item(2));
    expect(f.todos.map((t) => t.provision)).not.toContain(item(3));
  });

  it('replies given to applications a class made are correspondence with that class; makers of no class, or no reply, are not', () => {
    const f = draft(duties(
      'Vatandaşlar tarafından CİMER\'e yapılan başvuruların ilgili birimlere havale edilmesi, verilen yanıtların CİMER\'e iletilmesi.',
      'Şahıslardan gelen dilekçelerin birimlere havalesi, verilen cevapların Başkanlığa iletilmesi.',
      'Müdürlük tarafından yapılan başvuruların takibi, verilen yanıtların dosyalanması ve Müdüre iletilmesi.',
      'Vatandaşlardan gelen başvuruların ilgili birimlere havale edilmesi.',
      'Vatandaşlar tarafından yapılan başvurulara göre yanıtların birimlere iletilmesi.',
      'Vatandaşlar tarafından yapılan başvuruların havalesini, verilen yanıtların CİMER\'e iletilmesini takip etmek.',
    ));
    expect(f.rules.correspondence.map((r) => [r.recipients, r.recipientText, r.scope, r.responsible, r.cites[0]])).toEqual([
      [['private-party'], 'Vatandaşlar', 'Vatandaşlar tarafından CİMER\'e yapılan başvuruların ilgili birimlere havale edilmesi, verilen yanıtların CİMER\'e iletilmesi', ['yazi-isleri-sefligi'], item(1)],
      [['private-party'], 'Şahıslardan', 'Şahıslardan gelen dilekçelerin birimlere havalesi, verilen cevapların Başkanlığa iletilmesi', ['yazi-isleri-sefligi'], item(2)],
    ]);
  });
});

describe('information given out: prohibitions kept as prohibitions', () => {
  const rules = (...items: string[]) => reg(
    'Çalışma esasları',
    'MADDE 1- (1) Müdürlükte görevli tüm personelin çalışma esasları şunlardır:',
    ...items.map((t, i) => `${String.fromCharCode(97 + i)}) ${t}`),
  );
  const point = (c: string) => `art_1__para_1__point_${c}`;

  it('"… bilgiler izinsiz olarak kurum dışına verilemez" binds the staff the lead-in names, towards the private parties; a post the sentence opens with is bound itself, the next sentence\'s askers giving the receivers', () => {
    const f = draft(rules(
      'Birimde yürütülen işler hakkındaki bilgiler izinsiz olarak kurum dışına verilemez,',
      'Birimlerin büro memurları izinsiz olarak evrak hakkında bilgi veremezler. Bilgi alacak kişiler, bilgileri Müdür veya yetki verilen görevliden alırlar.',
      'Kamu kurum ve kuruluşlarına izinsiz olarak bilgi verilemez.',
    ));
    expect(f.rules.correspondence.map((r) => [r.recipients, r.recipientText, r.scope, r.signers, r.paraf, r.responsible, r.cites[0]])).toEqual([
      [['private-party'], undefined, 'Birimde yürütülen işler hakkındaki bilgiler izinsiz olarak kurum dışına verilemez', [], [], ['personel'], point('a')],
      [['private-party'], undefined, 'Birimlerin büro memurları izinsiz olarak evrak hakkında bilgi veremezler', [], [], ['buro-memurlari'], point('b')],
      [['private-party'], 'Bilgi alacak kişiler', 'Bilgi alacak kişiler, bilgileri Müdür veya yetki verilen görevliden alırlar', [], [], ['mudur'], point('b')],
      [['public-institution'], undefined, 'Kamu kurum ve kuruluşlarına izinsiz olarak bilgi verilemez', [], [], ['personel'], point('c')],
    ]);
    expect(f.organisation.posts?.map((x) => x.name)).toContain('büro memurları');
    expect(f.rules.correspondence.every((r) => r.review === 'pending')).toBe(true);
  });

  it('no receiver of a class, the subject of the information taken for a receiver, a giver not in the book, letters rather than information, a positive duty: nothing drafted', () => {
    const f = draft(rules(
      'Yetkililer dışında kimseye bilgi verilemez.',
      'Vatandaşlara ait bilgiler izinsiz olarak verilemez.',
      'Bilgi alacak kişiler, bilgileri Arşiv Sorumlusundan alırlar.',
      'Müdürlüğün yazışmalarını izinsiz olarak kurum dışına veremez.',
      'Personel vatandaşlara bilgi verir.',
      'Görevli personel izinsiz olarak bilgi veremez. Bilgi alacak kişiler, bilgileri Müdürden alırlar.',
    ));
    expect(f.rules.correspondence.map((r) => [r.recipients, r.responsible, r.cites[0]])).toEqual([
      // the sixth: "Görevli personel" makes no new post (the Personel, or not: the reviewer's reading);
      // the rule binds the staff the lead-in names, and the askers' giver is read
      [['private-party'], ['personel'], point('f')],
      [['private-party'], ['mudur'], point('f')],
    ]);
    expect(f.todos.map((t) => t.provision)).toEqual(expect.arrayContaining([point('a'), point('b'), point('c')]));
    expect(f.organisation.posts?.map((x) => x.name)).not.toContain('Görevli personel');
  });
});

describe('a prohibition in a duty list binds those it names, not the list\'s holder in their place', () => {
  it('"Müdür ve Şefler …" binds both; the holder only where the sentence names no one; words naming someone not read are a todo', () => {
    const f = draft(duties(
      'Müdür ve Şefler izinsiz olarak kurum dışına bilgi veremezler.',
      'Büroda görev yapan personel izinsiz olarak kurum dışına bilgi veremez.',
      'Birimin işleri hakkındaki bilgiler izinsiz olarak kurum dışına verilemez.',
    ));
    expect(f.rules.correspondence.map((r) => [r.recipients, r.responsible, r.cites[0]])).toEqual([
      [['private-party'], ['mudur', 'sef'], item(1)],
      [['private-party'], ['yazi-isleri-sefligi'], item(3)],
    ]);
    expect(f.todos.map((t) => t.provision)).toContain(item(2));
  });
});

describe('the new readings on variants: Turkish letters missing, another word order', () => {
  it('reads "kurum disina verilemez", "Izinsiz olarak kurum dışına bilgi verilmez", "Bilgi Edinme Hakki Kanunu … vatandaslarin talepleri", "ozellikli yazisma isleri"', () => {
    const f = draft(duties(
      'Birimde yurutulen isler hakkindaki bilgiler izinsiz olarak kurum disina verilemez.',
      'İzinsiz olarak kurum dışına bilgi verilmez.',
      '4982 sayili Bilgi Edinme Hakki Kanunu kapsaminda vatandaslarin taleplerinin yerine getirilmesi.',
      'Ozellikli ve sureli yazisma islerini yurutmek.',
    ));
    expect(f.rules.correspondence.map((r) => [r.recipients, r.responsible, r.cites[0]])).toEqual([
      [['private-party'], ['yazi-isleri-sefligi'], item(1)],
      [['private-party'], ['yazi-isleri-sefligi'], item(2)],
      [['private-party'], ['yazi-isleri-sefligi'], item(3)],
      [all, ['yazi-isleri-sefligi'], item(4)],
    ]);
  });
});
