/**
 * The org chart alone, full size (`/mevzuat/<id>/sema.html`).
 */
import { blocks, link, yamlTitle } from '../markup.js';
import { orgChart } from './overview.js';
import { Ctx, h1, p, regHref, textHref } from '../context.js';

/** The org chart alone, on a page without sidebar: the full-size view. */
export function chartPage(c: Ctx): string {
  return `---
title: ${yamlTitle(`Teşkilat şeması · ${c.shortName}`)}
layout: page
sidebar: false
aside: false
pageClass: mevzuat-sayfa sema-tam-sayfa
---

` + blocks(
    '<div class="vp-doc sema-sayfa">',
    h1(`Teşkilat şeması: ${c.shortName}`, c.shortName, 'Teşkilat şeması'),
    p(`${link(regHref(c.id), 'Genel bakışa dön')} · ${link(textHref(c.id), 'Tam metin')}`, 'ust-baglantilar'),
    orgChart(c, true),
    '</div>',
  );
}

