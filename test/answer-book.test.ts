// The committed answer book (docs/cevaplar/) is the library's answers as they are now: rebuilt in
// memory from the public API, it must equal the files byte for byte.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cite, getRegulation, regulations } from '../src/index.js';
import { answerBook, BOOK_DIR, REFERENCE_DATE } from '../scripts/answer-book.js';

const book = answerBook();

describe('the answer book', () => {
  it('has an index and one page per regulation, and nothing else', () => {
    expect([...book.keys()].sort()).toEqual(['index.md', ...regulations.map((r) => `${r.id}.md`)].sort());
    expect(readdirSync(BOOK_DIR).filter((f) => f.endsWith('.md')).sort()).toEqual([...book.keys()].sort());
  });

  it.each([...book.keys()])('docs/cevaplar/%s is current (otherwise run `npm run answer-book` and read the diff)', (file) => {
    const path = join(BOOK_DIR, file);
    expect(existsSync(path), `docs/cevaplar/${file} is missing: run \`npm run answer-book\``).toBe(true);
    const committed = readFileSync(path, 'utf8');
    expect(committed === book.get(file), `docs/cevaplar/${file} is out of date with the library: run \`npm run answer-book\` and review the diff`).toBe(true);
  });

  it('states its reference date and asks every question of every actor, with the verbatim provisions', () => {
    for (const r of regulations) {
      const page = book.get(`${r.id}.md`)!;
      expect(page).toContain('23.11.2026 itibarıyla');
      expect(REFERENCE_DATE).toBe('2026-11-23');
      const actors = [...r.units, ...r.posts, ...r.offices];
      // every actor has its section, under its name, with no developer id beside it (issue 20)
      for (const a of actors) { expect(page, a.id).toContain(`### ${a.name.replace(/([\\`*_[\]<>|])/g, '\\$1')}`); expect(page, a.id).not.toContain(`\`${a.id}\``); }
      expect(page.match(/\*\*Kime bağlı\?\*\*/g)).toHaveLength(actors.length);
      expect(page.match(/\*\*Amir zinciri:\*\*/g)).toHaveLength(actors.length);
      expect(page).not.toMatch(/komuta/i);
      for (const d of r.definitions) expect(page, d.term).toContain(`**${d.term.replace(/([\\`*_[\]<>|])/g, '\\$1')}**`);
      expect(page).toContain('Bu pakette bulunmayan bir metinle yürürlükten kaldırılmış');
    }
  });

  it('writes Turkish for lawyers: no file or field names, codes, build commands, and a [sic] said once (issue 20, cosmetic)', () => {
    for (const r of regulations) {
      const page = book.get(`${r.id}.md`)!;
      expect(page, r.id).not.toMatch(/\b[\w-]+\.(txt|yaml|json|ts)\b|npm run|\b(includesDutiesOf|nameSupplied|AMBIGUOUS|UNKNOWN_ENTITY|supervised-by|attached-to|accountable-to|tasked-by|recipientText|toText)\b|\((via|generic)\)|SHA-256/);
      // an editorial [sic] is never doubled around its note ("[sic] … metindeki gibi bırakıldı [sic]")
      for (const para of page.split('\n')) expect(para.split('\\[sic\\]').length, para.slice(0, 80)).toBeLessThanOrEqual(2);
      // vekâlet is asked of posts and offices, never of a unit or a collective body (Meclis, Encümen, Üst Yönetim)
      const asked = [...r.posts, ...r.offices.filter((o) => !o.body)].length;
      expect(page.match(/\*\*Yokken kim vekâlet eder\?\*\*/g) ?? [], r.id).toHaveLength(asked);
    }
    expect(book.get('konak-ozel-kalem.md')).toContain('m.3 metnindeki "139/2006" ibaresi: Karar numarasındaki yıl (2006) karar tarihiyle (10.10.2016) uyuşmuyor; metindeki gibi bırakıldı \\[sic\\].');
  });

  it('keeps a provision\'s lines as lines: an article\'s title is never run into its sentence (Konak m.10, m.6; issue 20)', () => {
    const page = book.get('konak-ozel-kalem.md')!;
    // m.10: "MADDE 10 - Memur, Sözleşmeli ve Diğer Personellerin Görev, Yetki ve Sorumlulukları", then "Görevlerini kanun, …"
    expect(page).not.toContain('Sorumlulukları Görevlerini');
    expect(page).toContain('1. **m.10** (mevzuata uyum, verilecek diğer görevler): Memur, Sözleşmeli ve Diğer Personellerin Görev, Yetki ve Sorumlulukları\\\n   Görevlerini kanun, tüzük ve yönetmeliklerde');
    // in a quotation the next line stays inside the quotation
    expect(page).toContain('> **m.6** Bağlılık;\\\n> Müdürlük, Belediye Başkanına direk bağlı olarak çalışır.');
    // a bent's lines too: each on its own line of the quotation (İzmir m.4/1)
    expect(book.get('izmir-kentsel-adalet.md')!).toContain('teşkilat yapısı;\\\n> a) Müdür,\\\n> b) ');
  });

  it('says how a label was derived where it shows a paragraph number the text does not print (Konak m.5/3-b; issue 20)', () => {
    const konak = getRegulation('konak-ozel-kalem');
    // m.5's three paragraphs carry no number; the bent "b) İdari İşler birimi" stands in the third
    const m5 = konak.document.flatMap((n) => n.children ?? []).find((n) => n.id === 'art_5')!;
    expect(m5.children!.map((p) => [p.kind, p.num ?? null])).toEqual([['paragraph', null], ['paragraph', null], ['paragraph', null]]);
    expect(cite('konak', 'm.5/3-b').text).toBe('İdari İşler birimi');
    const page = book.get('konak-ozel-kalem.md')!;
    expect(page).toContain('> **m.5/3-b** (fıkra numarası metinde yazılı değildir; 3, fıkranın maddedeki sırasıdır) İdari İşler birimi');
    expect(page).toContain('1. **m.5/1** (koordinasyon): Müdürlük Belediye Başkanının');
    expect(page).toContain('   Etiket: fıkra numarası metinde yazılı değildir; 1, fıkranın maddedeki sırasıdır.');
    // a label the text prints is left as it is: m.8's paragraphs are numbered "(1)" … "(10)"
    expect(page).toContain('> **m.8/1** Müdürlükteki tüm iş ve işlemlerde Belediye Başkanına karşı sorumludur.');
    expect(page).not.toMatch(/\*\*m\.8\/\d+\*\* \(fıkra numarası/);
  });

  it('says how a label was derived where it shows the place of an unnumbered line (Karşıyaka m.4/3, Kocaeli m.4/1-1; issue 20)', () => {
    // Karşıyaka m.4 lists its terms on lines the text does not number; "Başkan Yardımcısı" is the third
    expect(cite('karsiyaka', 'm.4/3').text).toBe("Başkan Yardımcısı: Karşıyaka Belediye Başkan Yardımcısı'nı,");
    const karsiyaka = book.get('karsiyaka-halkla-iliskiler.md')!;
    expect(karsiyaka).toContain("- **Başkan Yardımcısı** (m.4/3; satır numarası metinde yazılı değildir; 3, numarasız satırın sırasıdır): Karşıyaka Belediye Başkan Yardımcısı'nı");
    expect(karsiyaka).toContain("> **m.4/3** (satır numarası metinde yazılı değildir; 3, numarasız satırın sırasıdır) Başkan Yardımcısı:");
    // Kocaeli m.4/1's closing line after its bents: "(1)" is printed, its "1" after the dash is not
    expect(cite('kocaeli', 'm.4/1-1').text).toBe('ve bu Şube Müdürlüklerine bağlı şeflik ve alt birimlerden oluşturulur.');
    const kocaeli = book.get('kocaeli-stk.md')!;
    expect(kocaeli).toContain('> **m.4/1-1** (satır numarası metinde yazılı değildir; 1, numarasız satırın sırasıdır) ve bu Şube Müdürlüklerine bağlı şeflik');
    // a printed bent letter is left as it is
    expect(kocaeli).toContain('> **m.5/k** Daire başkanı olarak');
  });
});
