/**
 * The full text of a regulation (`/mevzuat/<id>/metin.html`): one anchor per provision, [sic]
 * readings marked, variant readings beside the authoritative text.
 */
import type { Regulation, TextNode } from '../../../src/index.js';
import { blocks, esc, heading, link } from '../markup.js';
import { Ctx, frontmatter, h1, p, regHref } from '../context.js';

export function textPage(c: Ctx): string {
  const { reg } = c;
  const sicByNode = new Map<string, NonNullable<Regulation['sic']>>();
  for (const s of reg.sic ?? []) sicByNode.set(s.provision, [...(sicByNode.get(s.provision) ?? []), s]);
  const varByNode = new Map<string, NonNullable<Regulation['variants']>>();
  for (const v of reg.variants ?? []) varByNode.set(v.provision, [...(varByNode.get(v.provision) ?? []), v]);
  const placed = new Set<string>();
  const parentTitle = `${c.shortName} · Tam metin`;

  const notes = (id: string): string => {
    const out: string[] = [];
    for (const s of sicByNode.get(id) ?? []) {
      out.push(`<div class="not not-sic"><b>[sic]</b> <q>${esc(s.reading)}</q>: ${esc(s.note)}</div>`);
    }
    for (const v of varByNode.get(id) ?? []) {
      out.push(`<div class="varyant" data-anlam="${v.changesMeaning ? 'degisir' : 'degismez'}">` +
        `<div class="varyant-asil"><span class="varyant-etiket">Asıl metin (${esc(c.authoritative)})</span><span class="varyant-okuma">${esc(v.authoritative)}</span></div>` +
        `<div class="varyant-diger"><span class="varyant-etiket">Başka yazım${c.variantFiles ? ` (${esc(c.variantFiles)})` : ''}</span><span class="varyant-okuma">${v.other ? esc(v.other) : '<i>(bu yazımda yok)</i>'}</span></div>` +
        `<div class="varyant-not">${v.changesMeaning ? '<b>Anlamı değiştirir.</b>' : 'Anlamı değiştirmez.'}${v.note ? ` ${esc(v.note)}` : ''}</div></div>`);
    }
    if (out.length) placed.add(id);
    return out.join('');
  };

  /** The node's own text with its sic readings marked. */
  const ownText = (n: TextNode): string => {
    let html = esc(n.text ?? '');
    for (const s of sicByNode.get(n.id) ?? []) {
      const r = esc(s.reading);
      const i = html.indexOf(r);
      if (i >= 0) html = `${html.slice(0, i)}<mark class="sic" title="${esc(s.note)}">${r}</mark>${html.slice(i + r.length)}`;
    }
    return html;
  };

  const node = (n: TextNode): string => {
    if (n.kind === 'part') {
      const title = [n.num, n.title].filter(Boolean).join(' ');
      const caption = n.heading ? `<div class="hukum-ust">${esc(n.heading)}</div>` : '';
      return `${heading(2, n.id, title || 'Bölüm')}${caption}${notes(n.id)}${(n.children ?? []).map(node).join('')}`;
    }
    const label = n.label ?? (n.kind === 'title' ? 'Başlık' : n.kind === 'closing' ? 'Kapanış' : n.kind === 'heading' ? 'Ara başlık' : n.kind);
    const caption = n.kind !== 'section' && n.heading ? `<div class="hukum-ust">${esc(n.heading)}</div>` : '';
    const parts = [
      n.label ? `<a class="etiket" href="#${n.id}">${esc(n.label)}</a>` : '',
      n.kind === 'section' && n.heading ? `<b class="bolum-baslik">${esc(n.heading)}</b>` : '',
      n.num ? `<b class="num">${esc(n.num)}</b>` : '',
      n.title ? `<span class="baslik">${esc(n.title)}</span>` : '',
      n.text ? `<span class="metin">${ownText(n)}</span>` : '',
    ].filter(Boolean).join(' ');
    const line = `<p class="hukum-satir" data-ara="${n.id}" data-ust="${esc(parentTitle)}" data-baslik="${esc(label)}">${parts}</p>`;
    const kids = (n.children ?? []).map(node).join('');
    return `<div class="hukum hukum-${n.kind}" id="${n.id}">${caption}${line}${notes(n.id)}${kids}</div>`;
  };

  const body = reg.document.map(node);
  const orphanIds = [...new Set([...(reg.sic ?? []).map((s) => s.provision), ...(reg.variants ?? []).map((v) => v.provision)])].filter((id) => !placed.has(id));
  const toc = `<nav class="madde-listesi">${reg.articles.map((a) => link(`#${a.id}`, `${a.label ?? a.id}${a.heading || a.title ? ` ${a.heading ?? a.title}` : ''}`)).join(' ')}</nav>`;
  const variantNote = reg.variants?.length
    ? p(`Bu metnin başka bir yazımı da var (${esc(c.variantFiles)}). Farklı okunan yerler hükmün altında, asıl metnin yanında gösterilir; anlamı değiştirenler işaretlidir.`, 'bilgi')
    : '';
  return frontmatter(`Tam metin · ${c.shortName}`, { outline: '2' }) + blocks(
    h1(reg.title, c.shortName, 'Tam metin'),
    p(`${link(regHref(reg.id), c.shortName)} · Kaynak: <code>${esc(c.authoritative)}</code>. Metin kaynaktaki gibidir; yazım hataları düzeltilmemiş, [sic] notlarıyla işaretlenmiştir. Her hükmün bağlantısı (<code>m.14/b</code> gibi) doğrudan o hükme gider.`, 'ust-baglantilar'),
    variantNote,
    toc,
    ...body,
    orphanIds.length > 0 && heading(2, 'diger-notlar', 'Metinde yeri bulunamayan notlar'),
    orphanIds.length > 0 && orphanIds.map((id) => `<div class="hukum" id="${esc(id)}-not">${p(`<code>${esc(id)}</code>`)}${notes(id)}</div>`).join(''),
  );
}

