/**
 * The "Kaynak dosyalar" page of a regulation (`/mevzuat/<id>/kaynaklar.html`): the files its text
 * was read from and their fingerprints, for whoever checks that the site shows the text it was
 * given. The one page of a regulation that names files; the legal pages speak of the text itself.
 */
import { blocks, esc, link, table } from '../markup.js';
import { Ctx, frontmatter, h1, p, regHref, sourceLine, textHref } from '../context.js';

export function sourcesPage(c: Ctx): string {
  const { reg } = c;
  const rows = reg.sources.map((s) => [
    esc(s.role === 'authoritative' ? 'Asıl metin' : 'Başka bir yazımı'), `<code>${esc(s.file)}</code>`, `<code class="sha">${esc(s.receivedAs)}</code>`, `<code class="sha">${esc(s.sha256)}</code>`,
  ]);
  return frontmatter(`Kaynak dosyalar · ${c.shortName}`) + blocks(
    h1(`Kaynak dosyalar: ${c.shortName}`, c.shortName, 'Kaynak dosyalar'),
    p(`${link(regHref(reg.id), 'Genel bakış')} · ${link(textHref(reg.id), 'Tam metin')}`, 'ust-baglantilar'),
    sourceLine(c),
    p('Sitedeki metin aşağıdaki dosyalardan, harfi harfine okunmuştur. Her dosyanın parmak izi (SHA-256 özeti) dosyanın elinizdeki kopyasıyla karşılaştırılabilir: tek bir harf değişse özet de değişir. “Başka bir yazımı”, aynı metnin farklı okunan bir kopyasıdır; farklı okunan yerler tam metinde hükmün altında gösterilir.'),
    table(['Rolü', 'Dosya', 'Alındığı ad', 'Parmak izi (SHA-256)'], rows, 'kaynaklar'),
  );
}
