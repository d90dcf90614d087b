// The CLI's human output, as pure functions: Turkish words, 80 columns, citations with their text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cite, chainOfCommand, define, deputyOf, dutiesOf, findDuties, getRegulation, inForce, regulations,
  reportsTo, topics, whoRoutesIncoming, whoSigns, type Citation,
} from '../src/index.js';
import {
  formatChain, formatCitation, formatCitations, formatCompareReportsTo, formatCompareRouting,
  dutySilence, formatCompareChain, formatCompareInForce, formatCompareWhoSigns, formatDefinition, formatDeputy, formatDuties, formatInForce, formatList,
  formatOverview, formatReportsTo, formatRouting, formatSearch, formatWhoSigns, trDate, type CompareMiss,
} from '../src/cli/format.js';
import { wrapReport } from '../src/cli/failure.js';
import { nextCommands, overviewEntry } from '../src/cli/commands.js';
import { basisTr, inForceTr, relationTr, statusTr, topicTr } from '../src/cli/labels.js';
import { hanging, makeStyle, table, terminalWidth, wantsColor, width, wrap, wrapLines } from '../src/cli/text.js';
import { genitive, listTr } from '../src/internal/turkish.js';
import { chainLinks, topicArg } from '../src/cli/commands.js';

const ansi = /\u001b\[[0-9;]*m/g;
const strip = (s: string) => s.replace(ansi, '');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const color = makeStyle(true);
const lines = (s: string) => s.split('\n');
const fits = (s: string) => lines(s).filter((l) => width(l) > 80);

describe('layout', () => {
  it('wraps at the width, keeping every word in order', () => {
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[a-zçğıöşüA-ZÇĞİÖŞÜ.,]{1,12}$/), { maxLength: 60 }), fc.integer({ min: 12, max: 100 }), (ws, max) => {
      const text = ws.join(' ');
      const out = wrapLines(text, max);
      expect(out.every((l) => width(l) <= max)).toBe(true);
      expect(out.join(' ').split(' ').filter(Boolean)).toEqual(ws);
    }));
  });
  it('counts Turkish letters as one column each and never breaks a word: a word longer than a line stands alone', () => {
    expect(wrapLines('ŞŞŞŞŞ ĞĞ', 5)).toEqual(['ŞŞŞŞŞ', 'ĞĞ']);
    expect(wrapLines('abcdefghij', 4)).toEqual(['abcdefghij']);
    expect(wrapLines('ab abcdefghij cd', 4)).toEqual(['ab', 'abcdefghij', 'cd']);
  });
  it('honours COLUMNS for the width, within sensible bounds, 80 otherwise', () => {
    expect(terminalWidth({ COLUMNS: '120' })).toBe(120);
    expect(terminalWidth({ COLUMNS: '40' })).toBe(40);
    expect(terminalWidth({})).toBe(80);
    for (const bad of ['abc', '0', '5', '-3', '1e9', '']) expect(terminalWidth({ COLUMNS: bad }), bad).toBe(80);
  });
  it('never squeezes text into a column a few letters wide after a long label: it moves under the label instead', () => {
    const label = `${getRegulation('karsiyaka').units.find((u) => u.id === 'karsiyaka-nin-filizleri-burs-birimi')!.name} yokken vekâlet eden: `;
    const out = hanging(label, 'Belediye Başkanı ve yetki verdiği Başkan Yardımcısı', 60);
    const [first, ...rest] = lines(out);
    expect(first).toBe(label.trimEnd());
    expect(rest).toEqual(['    Belediye Başkanı ve yetki verdiği Başkan Yardımcısı']);
    // no line holds a single letter, and every word is whole
    for (const w of [40, 50, 60, 80]) {
      const ls = lines(hanging(label, 'Belediye Başkanı ve yetki verdiği Başkan Yardımcısı', w));
      expect(ls.every((l) => l.trim().length > 1)).toBe(true);
      expect(squash(ls.join(' '))).toBe(squash(`${label} Belediye Başkanı ve yetki verdiği Başkan Yardımcısı`));
    }
  });
  it('indents every wrapped line, or hangs continuation lines under the text', () => {
    expect(wrap('bir iki üç dört beş', 4, 14)).toBe('    bir iki üç\n    dört beş');
    expect(hanging('  1. ', 'bir iki üç dört', 14)).toBe('  1. bir iki\n     üç dört');
  });
  it('aligns a table in 80 columns, wrapping cells but never the id column', () => {
    const long = 'Belediye Başkanı veya yetki verdiği Başkan Yardımcısı (paraf: Müdür)';
    const t = table(['Mevzuat', 'Durum', 'İmza', 'Dayanak'], [['karsiyaka-halkla-iliskiler', 'açık hüküm', long, 'm.12'], ['kocaeli-stk', 'yalnızca sorumlu belirtilmiş', 'sorumlu: Şube Müdürü', 'm.6/m']]);
    expect(fits(t)).toEqual([]);
    const [head, rule, ...body] = lines(t);
    expect(head).toMatch(/^Mevzuat +Durum +İmza +Dayanak$/);
    expect(rule).toMatch(/^─+  ─+  ─+  ─+$/);
    expect(body[0]!.startsWith('karsiyaka-halkla-iliskiler  ')).toBe(true);
    // each column starts where its heading starts
    const starts = [...rule!.matchAll(/─+/g)].map((m) => m.index!);
    expect(body.find((l) => l.startsWith('kocaeli-stk'))!.indexOf('yalnızca')).toBe(starts[1]);
    expect(squash(body.map((l) => l.slice(starts[2]!, starts[3]!)).join(' '))).toContain(long);
  });
});

describe('Turkish words, in one place', () => {
  it('names statuses, bases and relations', () => {
    expect(statusTr('explicit')).toBe('açık hüküm');
    expect(statusTr('not-regulated')).toBe('düzenlenmemiş');
    expect(statusTr('responsible-only')).toBe('yalnızca sorumlu belirtilmiş');
    expect(basisTr('structural')).toBe('yapıdan çıkarım');
    expect(relationTr('attached-to')).toBe('bağlı olarak çalışır');
    expect(relationTr('accountable-to')).toBe('karşı sorumludur');
    expect(inForceTr('not-yet-in-force')).toBe('henüz yürürlükte değil');
  });
  it('gives every topic its own Turkish name, which --topic accepts as well as the id', () => {
    const names = topics.map(topicTr);
    expect(new Set(names).size).toBe(topics.length);
    for (const t of topics) {
      expect(topicArg(t)).toBe(t);
      expect(topicArg(topicTr(t))).toBe(t);
      expect(topicArg(topicTr(t).toLocaleUpperCase('tr-TR'))).toBe(t);
    }
    expect(topicArg('yazisma')).toBe('correspondence');
    expect(topicArg('nonsense')).toBe('nonsense'); // left for the library to reject with suggestions
  });
  it('writes the genitive of a title as the texts do ("Belediye Başkanının", "Müdürün"), and lists with "ve"', () => {
    expect(['Belediye Başkanı', 'Müdür', 'Şef', 'Başkan Yardımcısı', 'yetki verdiği Başkan Yardımcısı', 'Şube Müdürü', 'Başkan vekili', 'Daire Başkanı', 'Özel Kalem Müdürlüğü', 'Kent Konseyi', 'Vali', 'Memur'].map(genitive)).toEqual([
      'Belediye Başkanının', 'Müdürün', 'Şefin', 'Başkan Yardımcısının', 'yetki verdiği Başkan Yardımcısının', 'Şube Müdürünün', 'Başkan vekilinin', 'Daire Başkanının', 'Özel Kalem Müdürlüğünün', 'Kent Konseyinin', 'Valinin', 'Memurun',
    ]);
    expect([listTr([]), listTr(['A']), listTr(['A', 'B']), listTr(['A', 'B', 'C']), listTr(['A', 'B'], 'veya')]).toEqual(['', 'A', 'A ve B', 'A, B ve C', 'A veya B']);
  });
  it('starts no sentence with a lowercase id', () => {
    for (const r of regulations) {
      for (const to of ['inter-directorate', 'public-institution', 'private-party'] as const) {
        const e = whoSigns(r.id, to).explanation;
        expect(e.charAt(0), e).toBe(e.charAt(0).toLocaleUpperCase('tr-TR'));
        for (const sentence of e.split(/(?<=\.) /)) expect(sentence.startsWith(r.id), sentence).toBe(false);
      }
    }
  });
  it('writes dates as Turkish texts do', () => {
    expect(trDate('2016-10-10')).toBe('10.10.2016');
  });
});

describe('answers', () => {
  const konakSigns = whoSigns('konak', 'valilik');

  it('who-signs: the explanation first, then signers, paraf, status, then each citation with its text', () => {
    const out = formatWhoSigns(konakSigns);
    const l = lines(out);
    expect(squash(l.slice(0, l.findIndex((x) => x.startsWith('  Kapsam:'))).join(' '))).toBe(konakSigns.explanation);
    expect(out).toContain('  Kapsam: gerekli görülen');
    expect(out).toContain('  İmza:   Belediye Başkanı veya yetki verdiği Başkan Yardımcısı');
    expect(out).toContain('  Paraf:  Müdür');
    expect(out).toContain('  Durum:  açık hüküm');
    const basis = out.slice(out.indexOf('\n\nDayanak\n') + 10);
    expect(basis.startsWith('  m.14/b\n    ')).toBe(true);
    expect(squash(basis.slice(basis.indexOf('\n')))).toBe(konakSigns.citations[0]!.text);
    expect(fits(out)).toEqual([]);
  });

  it('who-signs: where no provision names the signer, the fallback clause is cited and said to be one', () => {
    const a = regulations.map((r) => whoSigns(r.id, 'inter-directorate')).find((x) => x.status !== 'explicit' && x.fallback)!;
    expect(a).toBeDefined();
    const out = formatWhoSigns(a);
    expect(out).toContain(`  Durum:   ${statusTr(a.status)}`);
    // the label and its value never run together
    expect(out).toMatch(/^ {2}Sorumlu: \S/m);
    expect(out).toContain(`  ${a.fallback!.label} (hüküm bulunmayan haller)\n`);
    expect(squash(out)).toContain(squash(a.fallback!.text));
  });

  it('reports-to: each line with relation, basis, condition and labels', () => {
    const out = formatReportsTo(reportsTo('konak', 'Müdürlük'));
    expect(out).toContain('Özel Kalem Müdürlüğü kime bağlı:\n  • Belediye Başkanı: bağlı olarak çalışır; açık hüküm [m.6]\n  • Başkan vekili: bağlı olarak çalışır; açık hüküm [m.6]\n    koşul: Belediye Başkanının görevi başında bulunmadığı durumda\n  • Müdür: amiri; açık hüküm [m.8/3]\n    not: m.8/3 Müdürü');
    expect(out.match(/^  m\.6$/gm)).toHaveLength(1); // cited once though both lines rest on it
    expect(formatReportsTo(reportsTo('konak', 'Şef'))).toContain('• Müdür: amiri; yapıdan çıkarım [m.4/g]');
  });

  it('reports-to: a subject with no line says the text names none', () => {
    const a = reportsTo('konak', 'Belediye Başkanı');
    expect(a.lines).toEqual([]);
    expect(formatReportsTo(a)).toBe('Belediye Başkanı: metin bir üst birim ya da makam belirtmiyor (düzenlenmemiş).');
  });

  it('chain: the actors joined by arrows, then every step with the line it follows', () => {
    const chain = chainOfCommand('konak', 'Şef');
    const out = formatChain(chain, chainLinks('konak', chain));
    expect(lines(out).slice(0, 3)).toEqual([
      'Şef → Müdür → Belediye Başkanı',
      '  Şef → Müdür: amiri; yapıdan çıkarım [m.4/g]',
      '  Müdür → Belediye Başkanı: karşı sorumludur; açık hüküm [m.8/1]',
    ]);
    expect(out).toContain('Dayanak\n  m.4/g\n');
  });

  it('deputy: who, under what condition; not regulated, with the fallback sentence', () => {
    expect(formatDeputy(deputyOf('konak', 'Müdür'))).toContain('Müdür yokken vekâlet eden: Şef\n  koşul: Müdürün herhangi bir sebeple bulunmadığı zamanlarda\n  Durum: açık hüküm');
    const open = regulations.map((r) => r.posts.find((p) => p.heads)).flatMap((p, i) => (p ? [deputyOf(regulations[i]!.id, p.id)] : [])).find((a) => a.status === 'not-regulated' && a.fallback)!;
    const out = formatDeputy(open);
    expect(squash(out)).toContain(`Metin ${open.subject.name} için vekâleti düzenlemiyor. Hüküm bulunmayan hallerde ${open.fallback!.label} uyarınca yürürlükteki mevzuat uygulanır.`);
    expect(out).toContain('Durum: düzenlenmemiş');
  });

  it('deputy: what the text has others do on the subject\'s behalf without vekâlet, listed after the not-regulated sentence', () => {
    const a = deputyOf('izmir-kentsel-adalet', 'Şube Müdürü');
    const out = formatDeputy(a);
    // one whole sentence per provision, with its verb (issue 20: no "şunu öngörür: X [m.…]" fragments)
    expect(squash(out)).toContain('Vekâlet hükmü olmamakla birlikte m.8/l, İdari İşler Şefliği için Şube Müdürü adına bir temsil görevi öngörür.');
    expect(squash(out)).toContain('Vekâlet hükmü olmamakla birlikte m.10/j, Kentsel Adalet ve Eşitlik Şefliği için Şube Müdürü adına bir temsil görevi öngörür.');
    expect(out).not.toContain('  • ');
    expect(out).toContain('Durum: düzenlenmemiş');
    // nothing of the kind where the text says nothing
    expect(formatDeputy(deputyOf('konak', 'Müdür'))).not.toContain('temsil');
  });

  it('deputy of a collective body or a unit: not "düzenlemiyor", but that vekâlet is asked of a post, naming the unit\'s head', () => {
    // Konak m.4/d "Meclis: Konak Belediye Meclisi'ni": a collective body, not a post one person holds
    const meclis = squash(formatDeputy(deputyOf('konak', 'Meclis')));
    expect(meclis).toContain('Vekâlet, bir kişinin yürüttüğü makam için sorulur; sorulan Belediye Meclisi bir makam değil, bir kurul ya da kurumdur.');
    expect(meclis).not.toContain('düzenlemiyor');
    expect(meclis).not.toContain('Hüküm bulunmayan hallerde');
    const unit = squash(formatDeputy(deputyOf('konak', 'Özel Kalem Müdürlüğü')));
    expect(unit).toContain('Vekâlet bir birim için değil, birimin başındaki kadro için sorulur; sorulan Özel Kalem Müdürlüğü bir birimdir. Bu birimin başındaki kadro: Müdür.');
    expect(deputyOf('konak', deputyOf('konak', 'Özel Kalem Müdürlüğü').notAPost!.head!.id).status).toBe('explicit');
  });

  it('duties of an actor the text gives none: not-regulated, the fallback clause, and the havale that names it (İzmir Proje Sorumlusu and Personel)', () => {
    const reg = getRegulation('izmir');
    const silence = (name: string) => {
      const subject = reportsTo(reg.id, name).subject;
      return [subject, dutySilence(reg, whoRoutesIncoming(reg.id), subject, (label) => cite(reg.id, label))] as const;
    };
    // m.12/a names the Proje Sorumlusu only as a recipient: "Müdür tarafından ilgili Şef, Proje Sorumlusu, personele havalesi yapılarak işlem tesis edilir."
    for (const name of ['Proje Sorumlusu', 'Şube Müdürlük Personeli', 'İdari İşler Personeli', 'Kentsel Adalet ve Eşitlik Personeli']) {
      expect(dutiesOf(reg.id, name), name).toEqual([]);
      const [subject, sil] = silence(name);
      const out = squash(formatDuties(subject, [], makeStyle(false), undefined, sil));
      expect(out).toContain(`Metin ${name} için bir görev saymıyor. Hüküm bulunmayan hallerde m.12/e uyarınca yürürlükteki mevzuat uygulanır.`);
      expect(out).toContain('Durum: düzenlenmemiş');
      expect(out).toContain('m.12/e (hüküm bulunmayan haller) Bu Yönergede bulunmayan hükümler yürürlükteki ilgili mevzuat çerçevesinde yürütülür.');
      const routed = whoRoutesIncoming(reg.id).steps.some((st) => st.to?.some((t) => t.id === subject.id));
      expect(out.includes('Gelen evrak ona da havale edilebilir (m.12/a).'), name).toBe(routed);
      if (routed) expect(out).toContain('Müdür tarafından ilgili Şef, Proje Sorumlusu, personele havalesi yapılarak işlem tesis edilir.');
    }
    expect(squash(formatDuties(silence('Proje Sorumlusu')[0], [], makeStyle(false), undefined, silence('Proje Sorumlusu')[1]))).toContain('Gelen evrak ona da havale edilebilir (m.12/a).');
    // an office outside the organisation: its fallback clause is not about it
    const [ust, outside] = silence('Üst Yönetici');
    expect(squash(formatDuties(ust, [], makeStyle(false), undefined, outside))).not.toContain('Hüküm bulunmayan');
  });

  it('deputy: Kocaeli m.6/f ("üst amirlerin bulunmadığı olaylarda inisiyatif alarak sevk ve idareyi gerçekleştirmek") is said as a sentence with its verb', () => {
    const out = squash(formatDeputy(deputyOf('kocaeli', 'Daire Başkanı')));
    expect(out).toContain('Vekâlet hükmü olmamakla birlikte m.6/f, Daire Başkanı bulunmadığında Şube Müdürü için bir görev öngörür (metindeki koşul: "üst amirlerin bulunmadığı olaylarda").');
    expect(out).not.toContain('şunu öngörür');
    expect(out).not.toMatch(/Şube Müdürü, üst amirlerin bulunmadığı olaylarda \[/);
  });

  it('duties and search: numbered, each with its label and verbatim text', () => {
    const list = dutiesOf('konak', 'Şef', { topic: 'procurement' });
    const out = formatDuties(reportsTo('konak', 'Şef').subject, list, makeStyle(false), 'procurement');
    expect(lines(out)[0]).toBe(`Şef: ${list.length} görev (konu: satın alma)`);
    expect(out).toContain(`  1. ${list[0]!.citation.label} (satın alma)\n      ${list[0]!.text}`);
    const hits = findDuties('evrak', { regulation: 'konak' });
    const s = formatSearch('evrak', hits);
    expect(lines(s)[0]).toBe(`"evrak": ${hits.length} görev`);
    for (const d of hits) expect(s).toContain(`${d.regulation} ${d.citation.label} ${d.holder.name} (`);
    expect(fits(s)).toEqual([]);
    expect(formatSearch('zzzz', [])).toBe('"zzzz" ile eşleşen görev yok.');
  });

  it('a duty with no topic yet (a drafted one) shows no empty parentheses, only its pending mark', () => {
    const d = dutiesOf('konak', 'Şef')[0]!;
    const untagged = { ...d, topics: [], review: 'pending' as const };
    const out = formatDuties(reportsTo('konak', 'Şef').subject, [untagged], makeStyle(false));
    expect(out).toContain(`  1. ${d.citation.label} (gözden geçirilmemiş)\n      ${d.text}`);
    expect(out).not.toContain('()');
  });

  it('routing: routers, numbered steps, an unnamed actor said so', () => {
    const out = formatRouting(whoRoutesIncoming('konak'));
    expect(out).toContain('Gelen evrakı havale eden: Müdür ve Şef\nKaydeden: Şef\n  1. Şef kaydeder. [m.9/o]\n  2. Müdür havale eder (havale edilen: Personel). [m.15]');
    // a step's note is printed with it (Konak: the two readings of the Şef's havale, m.9/o)
    expect(squash(out)).toContain('3. Şef havale eder. [m.9/o] Not: Metin iki okumaya açıktır:');
    // a passive text never makes the Müdür the one who registers
    expect(formatRouting(whoRoutesIncoming('izmir'))).toContain('Kaydeden: metin adlandırmıyor (edilgen anlatım)');
    const k = formatRouting(whoRoutesIncoming('karsiyaka'));
    expect(k).not.toContain('Kaydeden');
    expect(squash(k)).toContain('3. Evrak iletilir (iletilen: Müdür); metin bunu kimin yaptığını söylemiyor. [m.11]');
  });

  it('define: the meaning, or the terms that are defined', () => {
    expect(formatDefinition(define('konak', 'Şef'), 'Şef', getRegulation('konak'))).toBe('Şef: Özel Kalem Müdürlüğünde kadrolu şefi\n\nDayanak\n  m.4/g\n    Şef: Özel Kalem Müdürlüğünde kadrolu şefi,');
    const none = formatDefinition(undefined, 'Vali', getRegulation('konak'));
    expect(none).toContain('"Vali" konak-ozel-kalem içinde tanımlı değil');
    expect(squash(none)).toContain(`Tanımlı terimler: ${getRegulation('konak').definitions.map((d) => d.term).join(', ')}`);
  });

  it('in-force: the day asked, the status, the condition, the citations', () => {
    const before = formatInForce(inForce('konak', '2016-01-01'), '2016-01-01');
    expect(squash(before)).toContain('01.01.2016 itibarıyla: henüz yürürlükte değil; 10.10.2016 tarihinde yürürlüğe girer (tarih başka bir maddeden çıkarıldı)');
    const after = formatInForce(inForce('konak', '2020-01-01'), '2020-01-01');
    expect(squash(after)).toContain('01.01.2020 itibarıyla: yürürlükte; 10.10.2016 tarihinden beri (tarih başka bir maddeden çıkarıldı)');
    expect(squash(after)).toContain('m.3 metnindeki "139/2006" ibaresi:');
    expect(squash(after).split('[sic]')).toHaveLength(2);
    expect(squash(after)).toContain('Bu pakette bulunmayan bir metinle yürürlükten kaldırılmış ya da değiştirilmiş olması bu yanıtta görülemez.');
    expect(squash(formatInForce(inForce('izmir', '2026-11-23'), '2026-11-23'))).toContain('yürürlükte; yürürlük tarihi bilinmiyor (koşul gerçekleşmiş, tarihi metinde yok)');
    expect(fits(after)).toEqual([]);
  });

  it('cite: label, where, verbatim text', () => {
    expect(formatCitation(cite('konak', 'm.9/t'))).toBe('m.9/t (konak-ozel-kalem; Madde 9, bent t)\n  Müdürün herhangi bir sebeple bulunmadığı zamanlarda Müdürün görevlerini\n  yürütmek.');
  });

  it('citations are listed once each, the fallback last', () => {
    const c = cite('konak', 'm.14/a');
    const fb = cite('konak', 'm.18');
    const out = formatCitations([c, c], makeStyle(false), fb);
    expect(out.match(/^  m\.14\/a$/gm)).toHaveLength(1);
    expect(out.indexOf('\n  m.18 (hüküm bulunmayan haller)\n    İşbu Yönetmelikte')).toBeGreaterThan(out.indexOf('  m.14/a'));
    expect(formatCitations([] as Citation[])).toBe('');
  });

  it('list: every regulation with its names', () => {
    const out = formatList(regulations, regulations.map((r) => inForce(r.id, '2024-01-01')), '2024-01-01');
    expect(lines(out)[0]).toBe(`${regulations.length} mevzuat`);
    for (const r of regulations) {
      expect(out).toContain(`\n${r.id}\n  `);
      expect(out).toContain(`  ${r.municipality.name} · `);
      expect(squash(out)).toContain(r.title);
    }
  });
});

describe('compare tables', () => {
  it('reports-to: one row a regulation; a regulation without the subject gets a row saying so', () => {
    const miss: CompareMiss = { error: { code: 'UNKNOWN_ENTITY', message: 'x', input: 'Şef', suggestions: ['Şube Müdürü'] } };
    const out = formatCompareReportsTo('Şef', { 'konak-ozel-kalem': reportsTo('konak', 'Şef'), 'baska-mevzuat': miss });
    const body = lines(out).slice(4);
    expect(body.find((l) => l.startsWith('konak-ozel-kalem'))).toMatch(/^konak-ozel-kalem +Şef +Müdür: amiri; yapıdan çıkarım +m\.4\/g$/);
    expect(body.find((l) => l.startsWith('baska-mevzuat'))).toMatch(/^baska-mevzuat +— +bu mevzuatta "Şef" yok \(yakın: Şube Müdürü\) +—$/);
    const amb: CompareMiss = { error: { code: 'AMBIGUOUS', message: 'x', input: 'Şef', suggestions: ['a', 'b'] } };
    expect(formatCompareReportsTo('Şef', { x: amb })).toContain('"Şef" birden çok karşılığı var: a, b');
  });

  it('who-signs and routing: every regulation a row, within 80 columns', () => {
    const signs = Object.fromEntries(regulations.map((r) => [r.id, whoSigns(r.id, 'valilik')]));
    const routing = Object.fromEntries(regulations.map((r) => [r.id, whoRoutesIncoming(r.id)]));
    for (const out of [formatCompareWhoSigns(signs), formatCompareRouting(routing)]) {
      expect(fits(out)).toEqual([]);
      for (const r of regulations) expect(lines(out).filter((l) => l.startsWith(`${r.id} `))).toHaveLength(1);
    }
    expect(lines(formatCompareWhoSigns(signs))[0]).toBe('Kim imzalar? Alıcı: kamu kurum ve kuruluşları');
  });
});

describe('compare chain and in-force tables', () => {
  it('chain: each regulation its chain and the basis of each step; a miss says so', () => {
    const miss: CompareMiss = { error: { code: 'UNKNOWN_ENTITY', message: 'x', input: 'Şef', suggestions: [] } };
    const out = formatCompareChain('Şef', { 'konak-ozel-kalem': chainOfCommand('konak', 'Şef'), 'baska-mevzuat': miss });
    expect(lines(out)[0]).toBe('Amir zinciri: "Şef"');
    expect(lines(out)[2]).toMatch(/^Mevzuat +Zincir +Dayanak \(her adım\)$/);
    expect(squash(out)).toContain('konak-ozel-kalem Şef → Müdür → Belediye Başkanı yapıdan çıkarım [m.4/g]; açık hüküm [m.8/1]');
    expect(lines(out).find((l) => l.startsWith('baska-mevzuat'))).toMatch(/^baska-mevzuat +bu mevzuatta "Şef" yok +—$/);
    expect(fits(out)).toEqual([]);
  });
  it('in-force: status, the date it holds from, the provisions; Konak before 10.10.2016 (m.3, m.20)', () => {
    const rows = Object.fromEntries(regulations.map((r) => [r.id, inForce(r.id, '2016-01-01')]));
    const out = formatCompareInForce(rows, '2016-01-01');
    expect(lines(out)[0]).toBe('01.01.2016 itibarıyla yürürlükte mi');
    for (const r of regulations) expect(lines(out).filter((l) => l.startsWith(`${r.id} `))).toHaveLength(1);
    expect(squash(out)).toContain(`konak-ozel-kalem ${inForceTr('not-yet-in-force').split(' ')[0]}`);
    expect(out).toContain('10.10.2016');
    expect(fits(out)).toEqual([]);
  });
});

describe('overview', () => {
  const entries = regulations.map((r) => overviewEntry(r.id));
  it('opens with the recipients the signing question covers, a heading per regulation, and ends with the commands to try', () => {
    const out = formatOverview(entries, '2026-11-23', undefined, { recipients: ['Bakanlık', 'Valilik'], next: ['mevzuat compare in-force'] });
    expect(out).toContain('  kamu kurum ve kuruluşları: Bakanlık, Valilik …\n');
    for (const r of regulations) expect(lines(out)).toContain(r.id);
    expect(out.endsWith('Sonra şunları deneyin:\n  mevzuat compare in-force')).toBe(true);
    expect(fits(out)).toEqual([]);
  });
  it('the commands to try are made from the data of the first regulation', () => {
    const next = nextCommands();
    const r = regulations[0]!;
    const head = r.posts.find((p) => p.unit === r.organisation && p.heads)!;
    expect(next.some((c) => c.includes(head.name))).toBe(true);
    expect(next).toContain('mevzuat --help');
  });
});

describe('reports', () => {
  it('wrap at word boundaries within 80 columns, an indented "label: text" line hanging under its label', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Birim Adı ${i}`).join(', ');
    const out = wrapReport(`Birden çok karşılığı olan ad: "Şef"\n  Adaylar: ${names}`);
    expect(fits(out)).toEqual([]);
    expect(lines(out)[1]!.startsWith('  Adaylar: Birim Adı 0,')).toBe(true);
    for (const l of lines(out).slice(2)) expect(l.startsWith(' '.repeat('  Adaylar: '.length))).toBe(true);
    expect(squash(out)).toBe(squash(`Birden çok karşılığı olan ad: "Şef" Adaylar: ${names}`));
  });
});

describe('colour', () => {
  it('only on a TTY and only without NO_COLOR', () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({}, {})).toBe(false);
  });

  it('never changes the layout: stripped of colour, the output is the plain output', () => {
    const cases: [(s: ReturnType<typeof makeStyle>) => string][] = [
      [(s) => formatWhoSigns(whoSigns('konak', 'valilik'), s)],
      [(s) => formatReportsTo(reportsTo('konak', 'Müdürlük'), s)],
      [(s) => formatRouting(whoRoutesIncoming('konak'), s)],
      [(s) => formatDeputy(deputyOf('konak', 'Şef'), s)],
      [(s) => formatSearch('evrak', findDuties('evrak'), s)],
      [(s) => formatCompareWhoSigns(Object.fromEntries(regulations.map((r) => [r.id, whoSigns(r.id, 'valilik')])), s)],
    ];
    for (const [f] of cases) {
      const coloured = f(color);
      expect(coloured).toMatch(ansi);
      expect(strip(coloured)).toBe(f(makeStyle(false)));
    }
  });
});
