/**
 * The full text of a regulation (`/mevzuat/<id>/metin.html`): one anchor per provision, [sic]
 * readings marked, variant readings beside the authoritative text.
 */
import type { Regulation, TextNode } from '../../../src/index.js';
import { blocks, esc, heading, link } from '../markup.js';
import { anchorOf, Ctx, frontmatter, h1, p, printHeader, regHref, sourceLine, sourcesHref } from '../context.js';

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
        `<div class="varyant-asil"><span class="varyant-etiket">Asıl metin</span><span class="varyant-okuma">${esc(v.authoritative)}</span></div>` +
        `<div class="varyant-diger"><span class="varyant-etiket">Başka yazım</span><span class="varyant-okuma">${v.other ? esc(v.other) : '<i>(bu yazımda yok)</i>'}</span></div>` +
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
    const anchor = anchorOf(reg.id, n.id);
    const label = n.label ?? (n.kind === 'title' ? 'Başlık' : n.kind === 'closing' ? 'Kapanış' : n.kind === 'heading' ? 'Ara başlık' : n.kind);
    const caption = n.kind !== 'section' && n.heading ? `<div class="hukum-ust">${esc(n.heading)}</div>` : '';
    const parts = [
      n.label ? `<a class="etiket" href="#${esc(anchor)}">${esc(n.label)}</a>` : '',
      n.kind === 'section' && n.heading ? `<b class="bolum-baslik">${esc(n.heading)}</b>` : '',
      n.num ? `<b class="num">${esc(n.num)}</b>` : '',
      n.title ? `<span class="baslik">${esc(n.title)}</span>` : '',
      n.text ? `<span class="metin">${ownText(n)}</span>` : '',
    ].filter(Boolean).join(' ');
    // an article's line is a heading, so the page's outline lists the maddeler
    const tag = n.kind === 'article' ? 'h3' : 'p';
    const headingAttrs = tag === 'h3' ? ` id="${esc(anchor)}-satir" tabindex="-1"` : '';
    const line = `<${tag} class="hukum-satir" data-ara="${esc(anchor)}" data-ust="${esc(parentTitle)}" data-baslik="${esc(label)}"${headingAttrs}>${parts}</${tag}>`;
    const copy = n.label ? `<button type="button" class="kopyala" data-kopyala="#${esc(anchor)}" aria-label="${esc(`bağlantıyı kopyala (${n.label})`)}">bağlantıyı kopyala</button>` : '';
    const kids = (n.children ?? []).map(node).join('');
    // the old anchor (the provision's id) keeps working beside the readable one
    const old = anchor !== n.id ? `<span class="eski-capa" id="${esc(n.id)}"></span>` : '';
    return `<div class="hukum hukum-${n.kind}" id="${esc(anchor)}">${old}${caption}${line}${copy}${notes(n.id)}${kids}${n.kind === 'article' ? articleNav(n.id) : ''}</div>`;
  };

  /** Previous and next madde, at the end of each article. */
  function articleNav(id: string): string {
    const i = reg.articles.findIndex((a) => a.id === id);
    const prev = reg.articles[i - 1];
    const next = reg.articles[i + 1];
    const name = (a: (typeof reg.articles)[number]) => a.label ?? a.id;
    return `<p class="madde-gezinme">${prev ? link(`#${anchorOf(reg.id, prev.id)}`, `← Önceki madde (${name(prev)})`) : '<span></span>'}${next ? link(`#${anchorOf(reg.id, next.id)}`, `Sonraki madde (${name(next)}) →`) : '<span></span>'}</p>`;
  }

  const body = reg.document.map(node);
  const orphanIds = [...new Set([...(reg.sic ?? []).map((s) => s.provision), ...(reg.variants ?? []).map((v) => v.provision)])].filter((id) => !placed.has(id));
  const toc = `<nav class="madde-listesi">${reg.articles.map((a) => link(`#${anchorOf(reg.id, a.id)}`, `${a.label ?? a.id}${a.heading || a.title ? ` ${a.heading ?? a.title}` : ''}`)).join(' ')}</nav>`;
  const variantNote = reg.variants?.length
    ? p(`Bu metnin başka bir yazımı da var. Farklı okunan yerler hükmün altında, asıl metnin yanında gösterilir; anlamı değiştirenler işaretlidir.`, 'bilgi')
    : '';
  return frontmatter(`Tam metin · ${c.shortName}`, { outline: '[2, 3]' }) + blocks(
    h1(reg.title, c.shortName, 'Tam metin'),
    printHeader(c),
    p(`${link(regHref(reg.id), c.shortName)} · ${link(sourcesHref(reg.id), 'Kaynak dosyalar')}. Metin kaynaktaki gibidir; yazım hataları düzeltilmemiş, [sic] notlarıyla işaretlenmiştir. Her hükmün bağlantısı (m.14/b için <code>#m-14-b</code> gibi) doğrudan o hükme gider; “bağlantıyı kopyala” düğmesi o bağlantıyı kopyalar.`, 'ust-baglantilar'),
    sourceLine(c),
    variantNote,
    toc,
    ...body,
    orphanIds.length > 0 && heading(2, 'diger-notlar', 'Metinde yeri bulunamayan notlar'),
    orphanIds.length > 0 && orphanIds.map((id) => `<div class="hukum" id="${esc(id)}-not">${p(esc(reg.provisions.find((x) => x.id === id)?.label ?? 'Hüküm'))}${notes(id)}</div>`).join(''),
  );
}

