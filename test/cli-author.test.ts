// `mevzuat new` and `mevzuat check` through the built CLI (dist/cli/bin.cjs), and the end-to-end path a
// municipality takes: a text that is not one of the four → new → fill the facts → check passes.
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseRegulationText } from '../src/parse/text.js';
import { checkRegulationDir } from '../src/compile/regulation.js';
import { assertBuilt, mevzuat, root } from './cli-support.js';

/** The first line of a report, its wrapped continuation lines joined back (the indented lines after it are suggestions and hints). */
const head = (text: string) => text.split(/\n(?= )/)[0]!.replace(/\n/g, ' ').trimEnd();

const fixture = join(root, 'test/fixtures/ornekkoy/source.txt');
const encoded = join(root, 'test/fixtures/ornekkoy/encoded/ornekkoy');
const tmp = () => mkdtempSync(join(tmpdir(), 'mevzuat-new-'));
const yamlFiles = ['regulation.yaml', 'organisation.yaml', 'duties.yaml', 'rules.yaml', 'coverage.yaml'];

beforeAll(() => assertBuilt());

describe('mevzuat new', () => {
  it('creates the folder: the source byte for byte with its sha256, text.yaml from the parser, skeletons marked for review', async () => {
    const dir = join(tmp(), 'ornekkoy');
    const r = await mevzuat(['new', fixture, '--id', 'ornekkoy', '--out', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['coverage.yaml', 'duties.yaml', 'organisation.yaml', 'regulation.yaml', 'rules.yaml', 'source.txt', 'text.yaml']);
    expect(readFileSync(join(dir, 'source.txt')).equals(readFileSync(fixture))).toBe(true);
    const meta = parse(readFileSync(join(dir, 'regulation.yaml'), 'utf8'));
    expect(meta.sources).toEqual([{ file: 'source.txt', sha256: createHash('sha256').update(readFileSync(fixture)).digest('hex'), receivedAs: 'source.txt', role: 'authoritative' }]);
    expect(parse(readFileSync(join(dir, 'text.yaml'), 'utf8'))).toEqual({ source: 'source.txt', nodes: parseRegulationText(readFileSync(fixture, 'utf8')).nodes });
    // what can be read safely is read, and marked for review
    expect(meta).toMatchObject({ id: 'ornekkoy', kind: 'yonetmelik', municipality: { name: 'Örnekköy Belediyesi', province: 'Ankara' }, organisation: 'yazi-isleri-mudurlugu', fallback: { provision: 'art_8__para_1', review: 'pending' } });
    // what the fact drafting read is written with its review state
    expect(meta.executor).toMatchObject({ actor: 'belediye-baskani', cites: ['art_10__para_1'], review: 'pending' });
    expect(readFileSync(join(dir, 'regulation.yaml'), 'utf8')).toMatch(/^kind: yonetmelik # GÖZDEN GEÇİRİN: /m);
    expect(readFileSync(join(dir, 'regulation.yaml'), 'utf8')).toMatch(/^summary: "" # YAZILACAK: /m);
    const org = parse(readFileSync(join(dir, 'organisation.yaml'), 'utf8'));
    expect(org.units.map((u: { name: string }) => u.name)).toEqual(['Yazı İşleri Müdürlüğü', 'Müdürlüğe bağlı şeflikler', 'Evrak Kayıt Birimi', 'Arşiv Birimi']);
    expect(parse(readFileSync(join(dir, 'duties.yaml'), 'utf8')).duties.every((d: { review?: string }) => d.review === 'pending')).toBe(true);
    const rules = parse(readFileSync(join(dir, 'rules.yaml'), 'utf8'));
    expect(rules.definitions.map((d: { term: string }) => d.term)).toEqual(['Belediye', 'Başkan', 'Müdürlük', 'Müdür', 'Personel']);
    // the report: what was found, and what is left
    expect(r.stdout).toContain(`Yeni mevzuat klasörü: ${dir}`);
    expect(r.stdout).toContain('text.yaml          10 madde, 36 hüküm (23 yaprak hüküm)');
    expect(r.stdout).toContain('Tanımlar: Belediye (m.3/a), Başkan (m.3/b), Müdürlük (m.3/c), Müdür (m.3/ç), Personel (m.3/d)');
    expect(r.stdout).toContain('Birim adayları: Yazı İşleri Müdürlüğü (m.3/c), Müdürlüğe bağlı şeflikler (m.4/2-ç), Evrak Kayıt Birimi (m.4/2-b), Arşiv Birimi (m.4/2-c)');
    expect(r.stdout).toContain('Metinden taslak olarak okunanlar (review: pending)');
    expect(r.stdout).toContain('23 yaprak hükmün 21 tanesi iskelette bir olguya ya da noFact adayına bağlandı; 2 tanesi bekliyor.');
    expect(r.stdout).toContain('m.6 Birimlerin görevleri: görevler (duties.yaml), gelen evrak (rules.yaml routing)');
    expect(r.stdout).toContain('regulation.yaml: summary (mevzuatın ne düzenlediği, bir iki cümle)');
    expect(r.stdout).toContain(`Sonraki adım: mevzuat check ${dir} --draft`);
  });

  it('refuses to overwrite an existing folder (exit 2), leaving it as it was', async () => {
    const dir = join(tmp(), 'ornekkoy');
    expect((await mevzuat(['new', fixture, '--id', 'ornekkoy', '--out', dir])).code).toBe(0);
    writeFileSync(join(dir, 'duties.yaml'), 'duties: [] # el ile yazıldı\n');
    const again = await mevzuat(['new', fixture, '--id', 'ornekkoy', '--out', dir]);
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(head(again.stderr)).toBe(`Klasör zaten var: "${dir}". mevzuat new var olan bir klasörün üzerine yazmaz.`);
    expect(readFileSync(join(dir, 'duties.yaml'), 'utf8')).toBe('duties: [] # el ile yazıldı\n');
  });

  it('a text with no article (nothing a fact could cite): exit 2, says what the parser looks for, writes nothing', async () => {
    const work = tmp();
    const source = join(work, 'maddesiz.txt');
    writeFileSync(source, 'T.C.\nGEBZE BELEDİYESİ\nYAZI İŞLERİ MÜDÜRLÜĞÜ\n\nBu metinde madde yok.\n');
    const dir = join(work, 'maddesiz');
    const r = await mevzuat(['new', source, '--id', 'maddesiz', '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.replace(/\n/g, ' ')).toContain('hiçbir satır "MADDE 1 –", "Madde 1-" ya da "MADDE 1:" biçiminde başlamıyor. Klasör yazılmadı.');
    expect(r.stderr).not.toMatch(/yazılım hatası|at .*\.js:\d+/);
    expect(readdirSync(work)).toEqual(['maddesiz.txt']);
  });

  it('bad input: exit 2 with a Turkish line and a suggestion, never a stack trace; what the user typed is escaped', async () => {
    const base = tmp();
    const cases: [string[], string][] = [
      [['new', fixture], 'Eksik seçenek: --id <kimlik>'],
      [['new', fixture, '--id', 'Örnekköy Yazı'], 'Geçersiz kimlik: "Örnekköy Yazı". Kimlik küçük harfli, Türkçe harfsiz, tireyle ayrılmış olmalı.'],
      [['new', join(base, 'yok.txt'), '--id', 'ornekkoy'], `Kaynak dosya bulunamadı: "${join(base, 'yok.txt')}"`],
      [['new', fixture, '--id', 'ornekkoy', '--out', join(base, 'baska')], `Klasörün adı kimlikle aynı olmalı: "${join(base, 'baska')}" ile --id ornekkoy uyuşmuyor.`],
      [['new', '\u001b]0;x\u0007.txt', '--id', 'ornekkoy'], 'Kaynak dosya bulunamadı: "\\e]0;x\\a.txt"'],
    ];
    for (const [args, line] of cases) {
      const r = await mevzuat(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(head(r.stderr)).toBe(line);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(r.stderr).not.toContain('\u001b');
    }
    expect((await mevzuat(['new', fixture, '--id', 'Örnekköy Yazı'])).stderr).toContain('Şunu mu demek istediniz: ornekkoy-yazi');
    const latin5 = join(base, 'eski.txt');
    writeFileSync(latin5, Buffer.from([0x4d, 0x41, 0x44, 0x44, 0x45, 0x20, 0x31, 0x20, 0x2d, 0x20, 0xdd, 0xfe, 0x0a]));
    const r = await mevzuat(['new', latin5, '--id', 'eski', '--out', join(base, 'eski')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Kaynak UTF-8 değil');
    expect(existsSync(join(base, 'eski'))).toBe(false);
  });
});

describe('mevzuat check', () => {
  it('passes the four built-in regulations (exit 0)', async () => {
    for (const id of ['izmir-kentsel-adalet', 'karsiyaka-halkla-iliskiler', 'kocaeli-stk', 'konak-ozel-kalem']) {
      const r = await mevzuat(['check', join('regulations', id)]);
      expect(r.code, id).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Sorun yok: ${id} — \\d+ madde, \\d+ hüküm, \\d+ olgu\\.\\n$`));
    }
  });

  it('reports problems as file:line:column with value and suggestion (exit 2), and as JSON', async () => {
    const dir = join(tmp(), 'konak-ozel-kalem');
    cpSync(join(root, 'regulations/konak-ozel-kalem'), dir, { recursive: true });
    const duties = readFileSync(join(dir, 'duties.yaml'), 'utf8');
    writeFileSync(join(dir, 'duties.yaml'), duties.replace('holder: mudur, cites: [art_15]', 'holder: mudr, cites: [art_15]'));
    const line = duties.slice(0, duties.indexOf('holder: mudur, cites: [art_15]')).split('\n').length;
    const column = duties.split('\n')[line - 1]!.indexOf('holder: mudur, cites: [art_15]') + 'holder: '.length + 1;
    const r = await mevzuat(['check', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe([
      `${dir}/duties.yaml:${line}:${column}: hata: Bilinmeyen aktör: "mudr" organisation.yaml'da birim, kadro ya da makam olarak yok.`,
      '  değer: mudr',
      '  öneri: Şunu mu demek istediniz: mudur',
      '',
      '1 hata. Mevzuat derlenmedi; hataları düzeltip yeniden deneyin.',
      '',
    ].join('\n'));
    const j = await mevzuat(['check', dir, '--json']);
    expect(j.code).toBe(2);
    expect(JSON.parse(j.stdout)).toEqual({ ok: false, draft: false, problems: checkRegulationDir(dir).problems });
  });

  it('--draft lists what is left as a to-do list (exit 0); without it, each is an error (exit 2)', async () => {
    const dir = join(tmp(), 'ornekkoy');
    await mevzuat(['new', fixture, '--id', 'ornekkoy', '--out', dir]);
    // a fresh skeleton loads as a draft: the summary left to write is a to-do at its line
    const fresh = await mevzuat(['check', dir, '--draft']);
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).toMatch(/^Yapılacaklar \(7\)\n/);
    expect(fresh.stdout.split('\n')[1]).toMatch(/regulation\.yaml:\d+:1: yapılacak: "summary" henüz yazılmadı: mevzuatın ne düzenlediği, bir iki cümle\.$/);
    const meta = readFileSync(join(dir, 'regulation.yaml'), 'utf8');
    writeFileSync(join(dir, 'regulation.yaml'), meta.replace(/^summary: "".*$/m, 'summary: Yazı İşleri Müdürlüğünün görevlerini düzenler.'));
    const draft = await mevzuat(['check', dir, '--draft']);
    expect(draft.code).toBe(0);
    expect(draft.stdout).toMatch(/^Yapılacaklar \(6\)\n/);
    expect(draft.stdout).toContain(`${dir}/text.yaml:`);
    expect(draft.stdout).toMatch(/yapılacak: m\.6\/1 \(art_6__para_1\) henüz hiçbir olguya dayanak değil/);
    // 16 facts: among them the Teşkilat list's two units (m.4/2-b, c), each attached to the Müdürlük
    expect(draft.stdout.trimEnd().split('\n').at(-1)).toBe('Taslak derleniyor: ornekkoy — 10 madde, 36 hüküm, 16 olgu; 6 yapılacak kaldı.');
    const strict = await mevzuat(['check', dir]);
    expect(strict.code).toBe(2);
    expect(strict.stdout.trimEnd().split('\n').at(-1)).toBe('6 hata. Mevzuat derlenmedi; hataları düzeltip yeniden deneyin.');
  });

  it('a folder that does not exist: exit 2, escaped', async () => {
    const r = await mevzuat(['check', 'yok/\u001b[2J']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('Klasör bulunamadı: "yok/\\e[2J"');
  });

  it('help for new and check: usage, options, examples, in 80 columns', async () => {
    for (const name of ['new', 'check']) {
      const r = await mevzuat([name, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^mevzuat ${name}\\b`));
      expect(r.stdout).toContain('Örnekler');
      expect(r.stdout.split('\n').filter((l) => [...l].length > 80)).toEqual([]);
    }
    expect((await mevzuat(['--help'])).stdout).toMatch(/^ {2}check <klasör> .*\n/m);
  });
});

describe('end to end: a text that is not one of the four → new → fill the facts → check', () => {
  it('the fixture and the encoded folder hold the same source', () => {
    expect(readFileSync(join(encoded, 'source.txt')).equals(readFileSync(fixture))).toBe(true);
  });

  it('passes check once the facts are filled in, and compiles to a regulation that cites verbatim text', async () => {
    const dir = join(tmp(), 'ornekkoy');
    const created = await mevzuat(['new', fixture, '--id', 'ornekkoy', '--out', dir]);
    expect(created.code).toBe(0);
    // the text tree new wrote is the one the encoded folder holds
    expect(parse(readFileSync(join(dir, 'text.yaml'), 'utf8'))).toEqual(parse(readFileSync(join(encoded, 'text.yaml'), 'utf8')));
    // fill the facts: the encoded files, as a person would write them over the skeletons
    for (const f of yamlFiles) writeFileSync(join(dir, f), readFileSync(join(encoded, f), 'utf8'));
    const r = await mevzuat(['check', dir]);
    expect(r.stdout).toBe('Sorun yok: ornekkoy — 10 madde, 36 hüküm, 19 olgu.\n');
    expect(r.code).toBe(0);
    const { regulation } = checkRegulationDir(dir);
    expect(regulation?.correspondence.find((c) => c.recipients.includes('public-institution'))).toMatchObject({ paraf: ['mudur'], cites: ['art_7__para_2'] });
    expect(regulation?.provisions.find((p) => p.id === 'art_7__para_2')?.text)
      .toBe('Valilik, Kaymakamlık ve diğer kamu kurum ve kuruluşları ile yapılacak yazışmalar Müdürün parafı ve Belediye Başkanının veya yetki verdiği Başkan Yardımcısının imzası ile yürütülür.');
    expect(regulation?.reporting.filter((l) => l.from === 'mudur')).toEqual([
      { id: 'mudur-baskana-sorumlu', from: 'mudur', to: 'belediye-baskani', relation: 'accountable-to', cites: ['art_5__para_1__point_cc'], basis: 'explicit' },
    ]);
  });

  it('the encoded folder passes check as it stands', async () => {
    const r = await mevzuat(['check', encoded]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Sorun yok: ornekkoy — 10 madde, 36 hüküm, 19 olgu.\n');
  });
});

describe('mevzuat new: --out problems and the parser\'s warnings', () => {
  it('an unwritable parent or a dangling symlink is a usage error (exit 2), nothing written', async () => {
    const base = tmp();
    const locked = join(base, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const r = await mevzuat(['new', fixture, '--id', 'ornekkoy', '--out', join(locked, 'ornekkoy')]);
    chmodSync(locked, 0o700);
    if (process.getuid?.() !== 0) {
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toMatch(/^Klasöre yazılamadı: ".*locked" \(yazma izni yok\)\.$/);
      expect(readdirSync(locked)).toEqual([]);
    }
    const dangling = join(base, 'ornekkoy');
    symlinkSync(join(base, 'nowhere'), dangling);
    const d = await mevzuat(['new', fixture, '--id', 'ornekkoy', '--out', dangling]);
    expect(d.code).toBe(2);
    expect(head(d.stderr)).toBe(`Klasör zaten var: "${dangling}". mevzuat new var olan bir klasörün üzerine yazmaz.`);
  });

  it('prints every parse warning with its line number and the line itself, escaped', async () => {
    const base = tmp();
    const src = join(base, 'metin.txt');
    writeFileSync(src, 'MADDE 1 – (1) Müdürlük evrakı kaydeder.\nMADDE – (1) Numarasız madde \u001b[2J.\n');
    const r = await mevzuat(['new', src, '--id', 'deneme', '--out', join(base, 'deneme')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Yapılacaklar: ayrıştırıcının karar veremediği yerler \(1, kaynak satırıyla\)\n {2}satır 2: .+\n {6}\| MADDE – \(1\) Numarasız madde \\e\[2J\.\n/);
    expect(r.stdout).not.toContain('satır 0');
  });
});

describe('mevzuat new --update: re-derive without losing work', () => {
  // MADDE 2's lines are unnumbered paragraphs (m.2/1, m.2/2, m.2/3); the repair below joins the
  // first two (a wrapped line), so m.2/3 becomes m.2/2
  const source = [
    'ÖRNEKKÖY BELEDİYESİ KALEM MÜDÜRLÜĞÜ YÖNETMELİĞİ',
    'MADDE 1 – Bu Yönetmeliğin amacı Kalem Müdürlüğünün görevlerini düzenlemektir.',
    'MADDE 2 – Müdür gelen evrakı kaydeder.',
    'Arşiv dosyalarını Müdür düzenler.',
    'Yazışmaları Müdür yürütür.',
    'MADDE 3 – Bu Yönetmelik hükümlerini Belediye Başkanı yürütür.',
    '',
  ].join('\n');

  it('on a tree repaired by hand: what the person wrote is kept and moved to the new ids, drafted material drafted again, a backup kept', async () => {
    const base = tmp();
    writeFileSync(join(base, 'kalem.txt'), source);
    const dir = join(base, 'kalem');
    expect((await mevzuat(['new', join(base, 'kalem.txt'), '--id', 'kalem', '--out', dir])).code).toBe(0);
    // the person's work: a summary and two duties of their own
    const unit = parse(readFileSync(join(dir, 'organisation.yaml'), 'utf8')).units[0].id as string;
    const meta = readFileSync(join(dir, 'regulation.yaml'), 'utf8').replace(/^summary: "".*$/m, 'summary: Kalem Müdürlüğünün görevlerini düzenler.');
    writeFileSync(join(dir, 'regulation.yaml'), meta);
    const duties = readFileSync(join(dir, 'duties.yaml'), 'utf8').replace(/^duties: \[\]$/m, [
      'duties:',
      `  - { id: yazismalar, holder: ${unit}, cites: [art_2__para_3], topics: [correspondence] }`,
      `  - { id: arsiv, holder: ${unit}, cites: [art_2__para_2], topics: [documents] }`,
    ].join('\n'));
    writeFileSync(join(dir, 'duties.yaml'), duties);
    // the repair: the second line continues the first
    const tree = parse(readFileSync(join(dir, 'text.yaml'), 'utf8'));
    const paras = tree.nodes.find((n: { num?: string }) => n.num?.startsWith('MADDE 2')).children;
    paras.splice(0, 2, { kind: 'paragraph', text: `${paras[0].text} ${paras[1].text}` });
    writeFileSync(join(dir, 'text.yaml'), stringify(tree));
    const before = readdirSync(base);

    const r = await mevzuat(['new', '--update', dir]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('text.yaml olduğu gibi kullanıldı');
    expect(r.stdout).toContain('duties.yaml: art_2__para_3 → art_2__para_2');
    expect(r.stdout).toContain('duties.yaml: art_2__para_2 → art_2__para_1');
    const after = parse(readFileSync(join(dir, 'duties.yaml'), 'utf8')).duties as { id: string; cites: string[]; review?: string }[];
    expect(after.find((d) => d.id === 'yazismalar')).toEqual({ id: 'yazismalar', holder: unit, cites: ['art_2__para_2'], topics: ['correspondence'] });
    expect(after.find((d) => d.id === 'arsiv')).toMatchObject({ cites: ['art_2__para_1'] });
    expect(after.filter((d) => d.review !== 'pending').map((d) => d.id).sort()).toEqual(['arsiv', 'yazismalar']);
    // the person's summary is still there, and the tree is theirs
    expect(parse(readFileSync(join(dir, 'regulation.yaml'), 'utf8')).summary).toBe('Kalem Müdürlüğünün görevlerini düzenler.');
    expect(parse(readFileSync(join(dir, 'text.yaml'), 'utf8'))).toEqual(tree);
    // the old files, byte for byte, in a backup beside the folder
    const backup = readdirSync(base).filter((f) => !before.includes(f));
    expect(backup).toEqual([expect.stringMatching(/^\.kalem\.yedek-/)]);
    expect(readFileSync(join(base, backup[0]!, 'duties.yaml'), 'utf8')).toBe(duties);
    // and the folder loads as a draft again
    const check = await mevzuat(['check', dir, '--draft']);
    expect(check.code, check.stdout).toBe(0);
  });

  it('refuses a folder whose files do not read, touching nothing', async () => {
    const base = tmp();
    writeFileSync(join(base, 'kalem.txt'), source);
    const dir = join(base, 'kalem');
    await mevzuat(['new', join(base, 'kalem.txt'), '--id', 'kalem', '--out', dir]);
    writeFileSync(join(dir, 'rules.yaml'), 'reporting: [\n');
    const snapshot = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    const r = await mevzuat(['new', '--update', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('rules.yaml okunamıyor (YAML hatası); klasöre dokunulmadı.');
    expect(readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'))).toEqual(snapshot);
    expect(readdirSync(base).sort()).toEqual(['kalem', 'kalem.txt']);
  });
});

describe('mevzuat new --update refuses rather than guess', () => {
  it('a reviewed fact whose provision is gone while its id now names another: nothing touched', async () => {
    const base = tmp();
    writeFileSync(join(base, 'kalem.txt'), [
      'MADDE 1 – Kalem Müdürlüğü evrakı kaydeder.',
      'Arşiv dosyalarını Kalem Müdürlüğü düzenler.',
      'Yazışmaları Kalem Müdürlüğü yürütür.',
      'MADDE 2 – Bu Yönetmelik hükümlerini Belediye Başkanı yürütür.',
      '',
    ].join('\n'));
    const dir = join(base, 'kalem');
    expect((await mevzuat(['new', join(base, 'kalem.txt'), '--id', 'kalem', '--out', dir])).code).toBe(0);
    const unit = parse(readFileSync(join(dir, 'organisation.yaml'), 'utf8')).units[0].id as string;
    writeFileSync(join(dir, 'duties.yaml'), `duties:\n  - { id: arsiv, holder: ${unit}, cites: [art_1__para_2], topics: [documents] }\n`);
    // a repair that cuts the lines elsewhere: the old m.1/2 is in no provision of its own any more,
    // and art_1__para_2 now holds other words
    const tree = parse(readFileSync(join(dir, 'text.yaml'), 'utf8'));
    const art = tree.nodes.find((n: { num?: string }) => n.num?.startsWith('MADDE 1'));
    art.children = [
      { kind: 'paragraph', text: 'Kalem Müdürlüğü evrakı kaydeder. Arşiv dosyalarını' },
      { kind: 'paragraph', text: 'Kalem Müdürlüğü düzenler. Yazışmaları Kalem Müdürlüğü yürütür.' },
    ];
    writeFileSync(join(dir, 'text.yaml'), stringify(tree));
    const snapshot = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    const r = await mevzuat(['new', '--update', dir]);
    expect(r.code).toBe(2);
    expect(head(r.stderr)).toBe('1 atıf taşınamıyor: hükmü artık yok ve kimliği şimdi başka bir hükmün; klasöre dokunulmadı.');
    expect(r.stderr).toContain('\n  duties.yaml: art_1__para_2\n');
    expect(readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'))).toEqual(snapshot);
    expect(readdirSync(base).sort()).toEqual(['kalem', 'kalem.txt']);
  });

  it('a file that is a symbolic link out of the folder: refused as the compiler refuses it, nothing read from outside, nothing touched', async () => {
    const base = tmp();
    writeFileSync(join(base, 'kalem.txt'), 'MADDE 1 – Kalem Müdürlüğü evrakı kaydeder.\nMADDE 2 – Bu Yönetmelik hükümlerini Belediye Başkanı yürütür.\n');
    const dir = join(base, 'kalem');
    expect((await mevzuat(['new', join(base, 'kalem.txt'), '--id', 'kalem', '--out', dir])).code).toBe(0);
    writeFileSync(join(base, 'outside.yaml'), 'duties:\n  - { id: GIZLI, holder: x, cites: [art_1] }\n');
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'duties.yaml'));
    symlinkSync(join(base, 'outside.yaml'), join(dir, 'duties.yaml'));
    const snapshot = readdirSync(dir).sort();
    for (const args of [['new', '--update', dir], ['review', dir]]) {
      const r = await mevzuat(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout + r.stderr).toMatch(/klasörün dışına çıkan bir sembolik bağ/);
      expect(r.stdout + r.stderr).not.toContain('GIZLI');
    }
    expect(readdirSync(dir).sort()).toEqual(snapshot);
    expect(readdirSync(base).sort()).toEqual(['kalem', 'kalem.txt', 'outside.yaml']);
  });
});
