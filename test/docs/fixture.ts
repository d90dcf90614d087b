/**
 * A hostile test regulation for the docs generator: a copy of an encoded regulation whose duty,
 * provision, actor name, variant and sic note carry HTML, Vue interpolation and Markdown table
 * syntax. The site must show all of it as text.
 */
import type { Regulation } from '../../src/index.js';

export const FIXTURE_ID = 'docs-fixture-xss';

/** Text that would run, interpolate or break a table if it reached the page unescaped. */
export const HOSTILE = '<script>window.__pwned = 1</script> {{ 7 * 6 }} | a | b | <img src=x onerror="window.__pwned=2"> *vurgu* [bağ](javascript:alert(1))';
export const HOSTILE_NAME = 'Müdür <b>kalın</b> {{ x }} | ad';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

/** Copies `base` under {@link FIXTURE_ID} and plants {@link HOSTILE} everywhere the pages show data. */
export function makeFixture(base: Regulation): Regulation {
  const reg = JSON.parse(JSON.stringify(base)) as Mutable<Regulation>;
  reg.id = FIXTURE_ID as never;
  reg.aliases = ['Docs Fixture'];
  reg.title = `${HOSTILE} başlık`;
  reg.summary = HOSTILE;
  // the first duty: its text on the actor page
  const duty = reg.duties[0]!;
  duty.excerpt = HOSTILE;
  // its provision: the full text, and every citation tooltip
  const target = duty.cites[0]!;
  for (const p of reg.provisions) if (p.id === target) p.text = HOSTILE;
  const walk = (nodes: Mutable<Regulation['document']>) => {
    for (const n of nodes) {
      if (n.id === target) n.text = HOSTILE;
      if (n.children) walk(n.children as never);
    }
  };
  walk(reg.document as Mutable<Regulation['document']>);
  // an actor name: headings, links, the sidebar (shown with v-html) and the mermaid chart
  const post = reg.posts[0]!;
  post.name = HOSTILE_NAME;
  reg.variants = [{ provision: target, authoritative: HOSTILE, other: '{{ other }} <i>x</i>', changesMeaning: true, note: HOSTILE }];
  reg.sic = [{ provision: target, reading: '{{ 7 * 6 }}', note: HOSTILE }];
  reg.definitions = [...reg.definitions, { id: 'tanim-xss', term: '<u>terim</u>', meaning: HOSTILE, cites: [target] }];
  return reg as unknown as Regulation;
}
