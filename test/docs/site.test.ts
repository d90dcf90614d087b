/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The built docs site in a real browser: Debian's Chromium driven by playwright-core, against
// docs/.vitepress/dist served on 127.0.0.1. Needs `npm run docs:build` first (`npm run test:docs`
// does both); skipped, with a message, only when the site is not built.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { fold, regulations, reportsTo, whoSigns, type Regulation, type TextNode } from '../../src/index.js';
import { actorHref, chartHref, COMPARE_HREF, HEADS_HREF, oldTopicHref, provisionAnchors, regHref, shortName, sourcesHref, textHref, TOPICS_HREF, topicHref } from '../../scripts/docs/generate.js';
import { relationTr } from '../../scripts/docs/words.js';
import { buildHostileSite } from './hostile-site.js';
import { HOSTILE_POST_SHOWN, HOSTILE_SUMMARY, HOSTILE_TITLE, HOSTILE_UNIT } from './hostile-folder.js';
import { serveStatic, type StaticServer } from './server.js';
import { distance } from '../../src/internal/distance.js';
import { stemWord } from '../../src/internal/stem.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'docs/.vitepress/dist');
const SHOTS = join(ROOT, 'test-results/docs');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

/** WCAG contrast ratio of two CSS colours `rgb(a)(…)`, the first drawn over the second. */
function contrast(fg: string, bg: string): number {
  const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const [br, bgc, bb] = parse(bg);
  const [r, g, b, a = 1] = parse(fg);
  const mix = [r! * a + br! * (1 - a), g! * a + bgc! * (1 - a), b! * a + bb! * (1 - a)];
  const lum = (rgb: number[]) => {
    const [x, y, z] = rgb.map((v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * x! + 0.7152 * y! + 0.0722 * z!;
  };
  const [l1, l2] = [lum(mix), lum([br!, bgc!, bb!])].sort((m, n) => n - m);
  return (l1! + 0.05) / (l2! + 0.05);
}

/**
 * axe-core rules whose serious or critical findings come from VitePress's own components, not
 * from what this project generates. Each is listed with the reason; a finding elsewhere fails.
 */
const VITEPRESS_EXCEPTIONS: { rule: string; selector: RegExp; reason: string }[] = [];
const built = existsSync(join(DIST, 'index.html'));
if (!built) console.warn('\n[test/docs/site.test.ts] SKIPPED: the docs site is not built (docs/.vitepress/dist/index.html missing). Run `npm run test:docs` (builds the site, then runs these tests).\n');

// --- what the data says the site must show ------------------------------------------------------

type Node = { reg: Regulation; node: TextNode; searchable: string };
/** Every node of every text, with the text its search section indexes (label, heading, num, title, text, page title). */
const nodes: Node[] = regulations.flatMap((reg) => {
  const out: Node[] = [];
  const walk = (ns: readonly TextNode[]) => ns.forEach((n) => {
    const words = [n.label, n.heading, n.num, n.title, n.text, shortName(reg), 'Tam metin'].filter(Boolean).join(' ');
    // the index holds each word and its stem (scripts/docs/search.ts): a hit may match either
    if (n.kind !== 'part') out.push({ reg, node: n, searchable: `${fold(words)} ${fold(words.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(stemWord).join(' '))}` });
    if (n.children) walk(n.children);
  });
  walk(reg.document);
  return out;
});
const anchors = new Map(regulations.map((r) => [r.id, provisionAnchors(r)]));
/** The readable anchor of a node on its full-text page (`m-14-b`), its id where it has none. */
const anchorOf = (reg: Regulation, id: string) => anchors.get(reg.id)?.get(id) ?? id;
const nodeByHref = new Map(nodes.map((n) => [`${textHref(n.reg.id)}#${anchorOf(n.reg, n.node.id)}`, n]));

/** Does a folded query word match a token the way the site's search does (prefix, or fuzzy 0.2)? */
const wordMatches = (w: string, text: string, fuzzy: boolean) =>
  text.split(' ').some((t) => t.startsWith(w) || (fuzzy && distance(w, t) <= Math.round(w.length * 0.2)));
/** The nodes whose own text holds every word of the query (as the start of a word). */
const expectedFor = (q: string) => nodes.filter((n) => fold(q).split(' ').every((w) => wordMatches(w, n.searchable, false)));

/**
 * Per regulation, a query typed in ASCII capitals from its own text: the two words of its last
 * duty's provision that carry Turkish letters, the longer first.
 */
function asciiQueryFrom(reg: Regulation): string {
  for (const d of [...reg.duties].reverse()) {
    const text = reg.provisions.find((p) => p.id === d.cites[0])!.text;
    const words = [...new Set(text.split(/[^\p{L}]+/u).filter((w) => w.length >= 5 && /[çğıöşüİÇĞÖŞÜ]/.test(w)))].sort((a, b) => b.length - a.length);
    if (words.length >= 2) return `${fold(words[0]!)} ${fold(words[1]!)}`.toUpperCase();
  }
  throw new Error(`${reg.id}: no duty with two words carrying Turkish letters`);
}

// --- the browser -----------------------------------------------------------------------------------

describe.skipIf(!built)('docs site in Chromium (needs npm run docs:build)', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const problems = new Map<Page, string[]>();

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    server = await serveStatic(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'tr-TR' });
    mkdirSync(SHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A new tab that records console errors, page errors and failed requests. */
  async function tab(): Promise<Page> {
    const page = await context.newPage();
    const list: string[] = [];
    problems.set(page, list);
    page.on('console', (m) => { if (m.type() === 'error') list.push(`console: ${m.text()} (${page.url()})`); });
    page.on('pageerror', (e) => list.push(`pageerror: ${e.message} (${page.url()})`));
    page.on('response', (r) => { if (r.status() >= 400 && r.url().startsWith(server.url)) list.push(`HTTP ${r.status()}: ${r.url()}`); });
    // ERR_ABORTED: a prefetch cut short by the next navigation, not a failure
    page.on('requestfailed', (r) => { if (r.url().startsWith(server.url) && r.failure()?.errorText !== 'net::ERR_ABORTED') list.push(`request failed: ${r.url()} ${r.failure()?.errorText}`); });
    return page;
  }
  const close = async (page: Page) => { const list = problems.get(page) ?? []; await page.close(); return list; };

  it('has the pages of every encoded regulation (the build is not stale)', () => {
    for (const r of regulations) {
      expect(existsSync(join(DIST, 'mevzuat', r.id, 'index.html')), `${r.id}: rebuild with npm run docs:build`).toBe(true);
      expect(existsSync(join(DIST, 'mevzuat', r.id, 'metin.html')), r.id).toBe(true);
    }
  });

  describe.each(regulations.map((r) => [r.id, r] as const))('%s', (id, reg) => {
    it('has its org chart in the served HTML (no script needed), labels of at least 12 px at 1366 px', async () => {
      // the static HTML holds the chart: readable with JavaScript off, in print, by anything that reads HTML
      const raw = await (await fetch(server.url + regHref(id))).text();
      expect(raw).toContain('<figure class="sema"');
      for (const u of reg.units) expect(raw, u.id).toContain(`${actorHref(id, { id: u.id, kind: 'unit' })}" class="sema-ad"`);
      const page = await tab();
      await page.setViewportSize(DESKTOP);
      const res = await page.goto(server.url + regHref(id), { waitUntil: 'load' });
      expect(res?.status()).toBe(200);
      const sizes = await page.locator('.vp-doc .sema').first().evaluate((fig) =>
        [...fig.querySelectorAll('.sema-kutu a, .sema-bas, .sema-not, figcaption')].map((e) => ({ t: (e.textContent ?? '').trim(), px: parseFloat(getComputedStyle(e).fontSize) })));
      expect(sizes.length).toBeGreaterThanOrEqual(reg.units.length);
      expect(sizes.filter((x) => x.px < 12)).toEqual([]);
      // an accessible name and a text alternative that lists every unit
      const named = await page.locator('.vp-doc figure.sema').first().evaluate((f) => ({
        label: document.getElementById(f.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
        alt: document.getElementById(f.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
      }));
      expect(named.label).toContain('Teşkilat şeması');
      for (const u of reg.units) expect(named.alt).toContain(u.name);
      await page.screenshot({ path: join(SHOTS, `${id}-masaustu.png`), fullPage: true });
      // paper: no navigation, the content full width, the chart in it
      await page.emulateMedia({ media: 'print' });
      const print = await page.evaluate(() => ({
        hidden: ['.VPNav', '.VPSidebar', '.VPDocAside', '.VPDocFooter'].map((s) => { const e = document.querySelector(s); return !e || getComputedStyle(e).display === 'none'; }),
        width: document.querySelector('.vp-doc')!.getBoundingClientRect().width,
        chart: document.querySelector('.vp-doc .sema-cerceve')!.getBoundingClientRect().height,
      }));
      expect(print.hidden).toEqual([true, true, true, true]);
      expect(print.width).toBeGreaterThan(DESKTOP.width * 0.85);
      expect(print.chart).toBeGreaterThan(100);
      await page.screenshot({ path: join(SHOTS, `${id}-baski.png`), fullPage: true });
      expect(await close(page)).toEqual([]);
    }, 60_000);

    it('keeps its chart inside the page on a phone, with a full-size view', async () => {
      const page = await tab();
      await page.setViewportSize(PHONE);
      await page.goto(server.url + regHref(id), { waitUntil: 'load' });
      const m = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        frame: document.querySelector('.vp-doc .sema-cerceve')!.getBoundingClientRect().right,
        full: document.querySelector('.vp-doc .sema-tam')?.getAttribute('href'),
      }));
      expect(m.page).toBeLessThanOrEqual(PHONE.width);
      expect(m.frame).toBeLessThanOrEqual(PHONE.width);
      expect(m.full).toBe(chartHref(id));
      await page.screenshot({ path: join(SHOTS, `${id}-telefon.png`), fullPage: true });
      await page.goto(server.url + chartHref(id), { waitUntil: 'load' });
      expect(await page.locator('.sema-cerceve .sema-kutu').count()).toBeGreaterThanOrEqual(reg.units.length);
      expect(await close(page)).toEqual([]);
    }, 60_000);

    it('shows its chart in dark mode with text contrast of at least 4.5:1', async () => {
      const dark = await browser.newContext({ viewport: DESKTOP, colorScheme: 'dark', locale: 'tr-TR' });
      const page = await dark.newPage();
      await page.goto(server.url + regHref(id), { waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.classList.contains('dark'));
      const pairs = await page.locator('.vp-doc .sema').first().evaluate((fig) => [...fig.querySelectorAll('.sema-kutu a, .sema-bas, .sema-not, figcaption')].map((e) => {
        let bg = 'rgba(0, 0, 0, 0)';
        for (let n: Element | null = e; n && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); n = n.parentElement) bg = getComputedStyle(n).backgroundColor;
        return { t: (e.textContent ?? '').trim().slice(0, 40), fg: getComputedStyle(e).color, bg };
      }));
      expect(pairs.length).toBeGreaterThan(reg.units.length);
      const low = pairs.map((x) => ({ ...x, ratio: contrast(x.fg, x.bg) })).filter((x) => x.ratio < 4.5);
      expect(low).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `${id}-koyu.png`), fullPage: true });
      await dark.close();
    }, 60_000);

    it('takes a citation link to the exact provision anchor', async () => {
      const page = await tab();
      await page.goto(server.url + regHref(id), { waitUntil: 'load' });
      const a = page.locator('table.yazisma a.atif, table.baglilik a.atif').first();
      const href = (await a.getAttribute('href'))!;
      const target = href.split('#')[1]!;
      const provision = reg.provisions.find((p) => anchorOf(reg, p.id) === target)!;
      expect(provision, href).toBeDefined();
      await a.click();
      await page.waitForURL((u) => u.pathname === textHref(id) && u.hash === `#${target}`);
      const landed = await page.waitForFunction((t) => {
        const el = document.getElementById(t);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.top < window.innerHeight ? { label: el.querySelector(':scope > .hukum-satir .etiket')?.textContent, marked: el.classList.contains('hukum-hedef') } : null;
      }, target, { timeout: 10_000 });
      expect(await landed.jsonValue()).toEqual({ label: provision.label, marked: true });
      expect(await close(page)).toEqual([]);
    }, 60_000);
  });

  describe('search', () => {
    let page: Page;
    beforeAll(async () => {
      page = await tab();
      await page.goto(server.url + '/', { waitUntil: 'load' });
    }, 30_000);
    afterAll(async () => { await page?.close(); });

    async function search(q: string): Promise<string[]> {
      const input = page.locator('#localsearch-input');
      for (let i = 0; i < 5 && !(await input.isVisible()); i++) {
        await page.locator('.VPNavBarSearch button').click(); // before hydration a click does nothing: try again
        await input.waitFor({ timeout: 2_000 }).catch(() => undefined);
      }
      await input.fill('');
      await page.waitForFunction(() => !document.querySelector('.VPLocalSearchBox .result'));
      await input.fill(q);
      await page.waitForFunction(() => document.querySelector('.VPLocalSearchBox .result, .VPLocalSearchBox .no-results'), null, { timeout: 20_000 });
      await page.waitForTimeout(400); // the box debounces by 200 ms
      return page.locator('.VPLocalSearchBox a.result').evaluateAll((as) => as.map((a) => decodeURI(a.getAttribute('href') ?? '')));
    }

    /** Every hit that points at a provision matches each query word (prefix, or the fuzzy 0.2 the site allows). */
    function checkPrecision(q: string, hits: string[]) {
      for (const h of hits) {
        const n = nodeByHref.get(h);
        if (!n) continue; // a heading section of another page
        for (const w of fold(q).split(' ')) expect(wordMatches(w, n.searchable, true), `${q}: ${h} lacks "${w}"`).toBe(true);
      }
    }

    it.each(['sube muduru', 'IZMIR', 'harcama yetkilisi', 'cimer'])('finds "%s" typed without Turkish letters, and points at provisions', async (q) => {
      const expected = expectedFor(q);
      const hits = await search(q);
      checkPrecision(q, hits);
      if (expected.length) {
        // the page sections (their titles name regulation and page) may come first; the provisions follow
        const provisionHits = hits.filter((h) => nodeByHref.has(h));
        expect(hits.length, `${q}: no hit`).toBeGreaterThan(0);
        const want = new Set(expected.map((n) => `${textHref(n.reg.id)}#${anchorOf(n.reg, n.node.id)}`));
        if (provisionHits.length) expect(want.has(provisionHits[0]!), `${q}: first provision hit ${provisionHits[0]} holds the words`).toBe(true);
      } else {
        expect(hits.filter((h) => nodeByHref.has(h)), `${q}: no encoded text has it, so no provision may match exactly`).toEqual(
          hits.filter((h) => nodeByHref.has(h) && fold(q).split(' ').every((w) => wordMatches(w, nodeByHref.get(h)!.searchable, false))));
      }
    }, 60_000);

    it.each(regulations.map((r) => [r.id, asciiQueryFrom(r)] as const))('%s: finds "%s" (its own words, ASCII capitals) in its text', async (id, q) => {
      const expected = expectedFor(q).filter((n) => n.reg.id === id);
      expect(expected.length).toBeGreaterThan(0);
      const hits = await search(q);
      checkPrecision(q, hits);
      const want = new Set(expected.map((n) => `${textHref(id)}#${anchorOf(n.reg, n.node.id)}`));
      expect(hits.some((h) => want.has(h)), `${q}: ${hits.slice(0, 5).join(', ')}`).toBe(true);
    }, 60_000);

    it('uses, in the browser, a fold that agrees with the library', async () => {
      const words = ['ŞUBE MÜDÜRÜ', 'IZMIR', 'İzmir', 'ızmır', 'HARCAMA YETKİLİSİ', 'CİMER’e', 'Çağrı', 'Mu\u0308du\u0308r', 'ILIK', 'İŞÇİ', '—'];
      const folded = await page.evaluate((ws) => {
        const site = (window as unknown as { __VP_SITE_DATA__: { themeConfig: { search: { options: { miniSearch: { options: { processTerm: (t: string) => string | null } } } } } } }).__VP_SITE_DATA__;
        const f = site.themeConfig.search.options.miniSearch.options.processTerm;
        return ws.map((w) => f(w));
      }, words);
      // each term folds as the library folds it; the stem, where it differs, comes second
      expect(folded.map((t) => (Array.isArray(t) ? t[0] : t))).toEqual(words.map((w) => fold(w) || null));
      expect(folded.filter(Array.isArray).length).toBeGreaterThan(0);
    });

    /** The result rows as the box shows them: link and the titles above it. */
    async function rows(q: string): Promise<{ href: string; label: string }[]> {
      await search(q);
      return page.locator('.VPLocalSearchBox a.result').evaluateAll((as) => as.map((a) => ({
        href: decodeURI(a.getAttribute('href') ?? ''), label: (a.querySelector('.titles')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })));
    }

    it.each(['satın alma', 'vekalet'])('names the regulation of every row for "%s"', async (q) => {
      const found = await rows(q);
      expect(found.length).toBeGreaterThan(2);
      for (const r of found) {
        const reg = regulations.find((x) => r.href.startsWith(`/mevzuat/${x.id}/`));
        if (reg) expect(r.label, r.href).toContain(reg.municipality.name);
        else expect(r.href.startsWith('/mevzuat/') || r.href.startsWith('/api/') || r.href.startsWith('/cevaplar/') || r.href.startsWith('/kilavuz'), r.href).toBe(true);
      }
      // the labels differ: a row says where it is
      expect(new Set(found.map((r) => r.label)).size).toBeGreaterThan(found.length / 2);
    }, 60_000);

    /** A post's name as a reader types it; with the municipality where other regulations have a post of that name. */
    const postQuery = (r: Regulation, name: string) =>
      regulations.some((o) => o !== r && o.posts.some((p) => fold(p.name) === fold(name))) ? `${name} ${r.municipality.name.split(' ')[0]}` : name;
    it.each(regulations.flatMap((r) => r.posts.filter((p) => p.name.length > 5 && !r.posts.some((o) => o !== p && fold(o.name).startsWith(fold(p.name)))).slice(0, 2).map((p) => [postQuery(r, p.name), r.id, p.id] as const)))(
      'finds the page of the post "%s" (%s) by its name', async (name, regId, postId) => {
        const found = await rows(name);
        const want = actorHref(regId, { id: postId, kind: 'post' });
        const at = found.findIndex((r) => r.href.split('#')[0] === want);
        expect(at, `${name}: ${found.slice(0, 6).map((r) => r.href).join(', ')}`).toBeGreaterThanOrEqual(0);
        expect(at).toBeLessThan(8);
      }, 60_000);

    it('ranks the law above the API reference ("valilik")', async () => {
      const found = await rows('valilik');
      expect(found.length).toBeGreaterThan(0);
      expect(found[0]!.href.startsWith('/mevzuat/'), found.slice(0, 3).map((r) => r.href).join(', ')).toBe(true);
      // the recipient-class synonyms on the correspondence tables are found too
      expect(found.some((r) => r.href.endsWith('#yazisma-kurallari')), found.map((r) => r.href).join(', ')).toBe(true);
      const firstApi = found.findIndex((r) => r.href.startsWith('/api/'));
      const lastLaw = found.map((r) => r.href.startsWith('/mevzuat/')).lastIndexOf(true);
      if (firstApi >= 0) expect(firstApi).toBeGreaterThan(lastLaw);
    }, 60_000);

    it.each(['vali', 'valiliğe', 'valiliğe yazı', 'Daire Başkanı yokluğunda'])('puts the law first for "%s", the developer section after it', async (q) => {
      const found = await rows(q);
      expect(found.length, q).toBeGreaterThan(0);
      expect(found[0]!.href.startsWith('/mevzuat/'), `${q}: ${found.slice(0, 3).map((r) => r.href).join(', ')}`).toBe(true);
      const firstDev = found.findIndex((r) => r.href.startsWith('/api/') || r.href.startsWith('/kilavuz'));
      const lastLaw = found.map((r) => r.href.startsWith('/mevzuat/')).lastIndexOf(true);
      if (firstDev >= 0) expect(firstDev, q).toBeGreaterThan(lastLaw);
    }, 60_000);

    it('finds Konak\'s rule for letters to the Valilik in the top 3 for "valiliğe yazı"', async () => {
      const found = await rows('valiliğe yazı');
      const konakRule = konak.correspondence.find((r) => r.recipients.includes('public-institution'))!;
      const want = new Set([...konakRule.cites.map((id) => `${textHref(konak.id)}#${anchorOf(konak, id)}`), `${regHref(konak.id)}#yazisma-kurallari`]);
      expect(found.slice(0, 3).some((r) => want.has(r.href)), found.slice(0, 5).map((r) => r.href).join(', ')).toBe(true);
    }, 60_000);

    it('finds "satın alma" written as one word ("satinalma")', async () => {
      const one = await rows('satinalma');
      expect(one.length).toBeGreaterThan(0);
      expect(one.some((r) => r.href.startsWith('/mevzuat/'))).toBe(true);
    }, 60_000);

    it.each(['m.14/b', 'madde 14 b', 'md. 14/b'])('finds Konak m.14/b for the citation "%s"', async (q) => {
      const found = await rows(`${q} konak`);
      const want = `${textHref(konak.id)}#m-14-b`;
      const at = found.findIndex((r) => r.href === want);
      expect(at, found.slice(0, 5).map((r) => r.href).join(', ')).toBeGreaterThanOrEqual(0);
      expect(at).toBeLessThan(3);
    }, 60_000);

    it('has no console error', () => {
      expect(problems.get(page)).toEqual([]);
    });
  });

  /** The pages legal staff read: each kind once. */
  const konak = regulations.find((x) => x.id === 'konak-ozel-kalem') ?? regulations[0]!;
  const kocaeli = regulations.find((x) => x.id === 'kocaeli-stk') ?? regulations[0]!;
  const legalPages = (): [string, string][] => [
    ['home', '/'], ['regulation overview', regHref(konak.id)], ['post page', actorHref(konak.id, { id: konak.posts[0]!.id, kind: 'post' })],
    ['full text', textHref(konak.id)], ['comparison', COMPARE_HREF], ['heads', HEADS_HREF], ['topics', TOPICS_HREF], ['chart', chartHref(kocaeli.id)], ['sources', sourcesHref(konak.id)],
  ];
  const modes = [['1366 px', DESKTOP, 'light'], ['390 px', PHONE, 'light'], ['dark mode', DESKTOP, 'dark']] as const;
  it.each(modes.flatMap(([m, vp, scheme]) => legalPages().map(([what, path]) => [m, what, path, vp, scheme] as const)))(
    'has no serious or critical axe-core violation at %s on the %s (%s)', async (_m, _what, path, viewport, colorScheme) => {
      const ctx = await browser.newContext({ viewport, colorScheme, locale: 'tr-TR' });
      const page = await ctx.newPage();
      await page.goto(server.url + path, { waitUntil: 'load' });
      if (colorScheme === 'dark') await page.waitForFunction(() => document.documentElement.classList.contains('dark'));
      await page.waitForTimeout(200);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[] }> } }).axe;
        const r = await axe.run(document, { resultTypes: ['violations'] });
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .flatMap((v) => v.nodes.map((n) => ({ rule: v.id, target: n.target.join(' '), help: v.help })));
      });
      const ours = violations.filter((v) => !VITEPRESS_EXCEPTIONS.some((e) => e.rule === v.rule && e.selector.test(v.target)));
      expect(ours).toEqual([]);
      await ctx.close();
    }, 60_000);

  it('gives the search button an accessible name at every width', async () => {
    const page = await tab();
    for (const width of [1366, 960, 768, 390, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(server.url + regHref(konak.id), { waitUntil: 'load' });
      const name = await page.locator('.VPNavBarSearch button').first().evaluate((b) => (b.getAttribute('aria-label') ?? '') || (b.textContent ?? '').trim());
      expect(name, `${width} px`).toBe('Ara');
    }
    expect(await close(page)).toEqual([]);
  }, 60_000);

  describe('tables, markers and charts on a phone and a desktop', () => {
    const tablePages = () => [regHref(konak.id), HEADS_HREF, TOPICS_HREF, actorHref(konak.id, { id: konak.posts[0]!.id, kind: 'post' }), COMPARE_HREF];
    it.each(modes.slice(0, 2).map(([m, vp]) => [m, vp] as const))('never breaks a word in a table cell at %s; a table wider than the screen scrolls in its frame with a visible cue', async (_m, viewport) => {
      const page = await tab();
      await page.setViewportSize(viewport);
      let frames = 0;
      for (const path of tablePages()) {
        await page.goto(server.url + path, { waitUntil: 'load' });
        await page.waitForTimeout(100);
        const r = await page.evaluate(() => {
          const broken: string[] = [];
          for (const td of document.querySelectorAll('.vp-doc td, .vp-doc th')) {
            const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const text = n.textContent ?? '';
              for (const m of text.matchAll(/\S+/g)) {
                const range = document.createRange();
                range.setStart(n, m.index!);
                range.setEnd(n, m.index! + m[0].length);
                const lines = new Set([...range.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
                if (lines.size > 1) broken.push(m[0]);
              }
            }
          }
          const overflowing = [...document.querySelectorAll<HTMLElement>('.vp-doc .kaydir')].filter((f) => f.scrollWidth > f.clientWidth + 1);
          return {
            broken: [...new Set(broken)].slice(0, 10),
            page: document.documentElement.scrollWidth,
            overflowing: overflowing.length,
            cued: overflowing.filter((f) => f.parentElement!.classList.contains('tasiyor') && getComputedStyle(f.parentElement!.querySelector('.kaydir-ipucu')!).display !== 'none').length,
          };
        });
        expect(r.broken, path).toEqual([]);
        expect(r.page, path).toBeLessThanOrEqual(viewport.width);
        expect(r.cued, path).toBe(r.overflowing);
        frames += r.overflowing;
      }
      if (viewport === PHONE) expect(frames, 'on a phone some tables are wider than the screen').toBeGreaterThan(0);
      expect(await close(page)).toEqual([]);
    }, 120_000);

    it('shows markers and citations at 12 px or more, each citation a 24 px tap target', async () => {
      const page = await tab();
      await page.setViewportSize(DESKTOP);
      let seen = 0;
      for (const path of [regHref(konak.id), textHref(regulations.find((r) => r.variants?.length)?.id ?? konak.id), HEADS_HREF, ...regulations.map((r) => regHref(r.id))]) {
        await page.goto(server.url + path, { waitUntil: 'load' });
        const r = await page.evaluate(() => ({
          small: [...document.querySelectorAll('.vp-doc .cikarim, .vp-doc .kosul, .vp-doc .yetki, .vp-doc .varyant-etiket, .vp-doc .gozden-gecirilmemis')]
            .map((e) => ({ t: e.textContent, px: parseFloat(getComputedStyle(e).fontSize) })).filter((x) => x.px < 12),
          targets: [...document.querySelectorAll('.vp-doc a.atif')].map((a) => a.getBoundingClientRect()).filter((b) => b.width > 0),
        }));
        expect(r.small, path).toEqual([]);
        expect(r.targets.filter((b) => b.height < 24 || b.width < 24).length, path).toBe(0);
        seen += r.targets.length;
      }
      expect(seen).toBeGreaterThan(50);
      expect(await close(page)).toEqual([]);
    }, 60_000);

    it.each(regulations.map((r) => [r.id, r] as const))('%s: every box of the chart is reachable in its phone frame, the frame says when it scrolls, and the tree follows the data', async (id, reg) => {
      const page = await tab();
      await page.setViewportSize(PHONE);
      await page.goto(server.url + regHref(id), { waitUntil: 'load' });
      await page.waitForTimeout(100);
      const r = await page.evaluate(() => {
        const frame = document.querySelector<HTMLElement>('.vp-doc .sema-cerceve')!;
        frame.scrollLeft = 0;
        const left = frame.getBoundingClientRect().left;
        const boxes = [...frame.querySelectorAll('.sema-kutu')].map((b) => b.getBoundingClientRect().left);
        const over = frame.scrollWidth > frame.clientWidth + 1;
        return { cut: boxes.filter((x) => x < left - 1).length, over, cued: frame.parentElement!.classList.contains('tasiyor') };
      });
      expect(r.cut).toBe(0);
      expect(r.cued).toBe(r.over);
      // the tree: each unit's box sits under its parent's, each post's (not heading it) under its unit's
      const nesting = await page.evaluate(() => {
        const out: Record<string, string | null> = {};
        for (const a of document.querySelectorAll('.vp-doc .sema-cerceve a.sema-ad')) {
          // the box's own list item, then the nearest list item above it that holds a box of its own
          const li = a.closest('li');
          let up = li?.parentElement?.closest('li') ?? null;
          while (up && !up.querySelector(':scope > .sema-kutu')) up = up.parentElement?.closest('li') ?? null;
          const parent = up?.querySelector(':scope > .sema-kutu a.sema-ad');
          out[(a.getAttribute('href') ?? '').replace(/^.*\//, '').replace(/\.html$/, '')] = parent?.getAttribute('href')?.replace(/^.*\//, '').replace(/\.html$/, '') ?? null;
        }
        return out;
      });
      for (const u of reg.units) if (u.parent && u.id !== reg.organisation) expect(nesting[u.id], `${u.id} under ${u.parent}`).toBe(u.parent);
      for (const p of reg.posts) if (p.unit && !p.heads) expect(nesting[p.id], `${p.id} under ${p.unit}`).toBe(p.unit);
      if (id === kocaeli.id) {
        await page.screenshot({ path: join(SHOTS, 'kocaeli-sema-telefon.png'), fullPage: true });
        await page.setViewportSize(DESKTOP);
        await page.goto(server.url + chartHref(id), { waitUntil: 'load' });
        await page.screenshot({ path: join(SHOTS, 'kocaeli-sema-masaustu.png'), fullPage: true });
      }
      expect(await close(page)).toEqual([]);
    }, 60_000);

    it('keeps [sic] readings at 4.5:1 or more in dark mode', async () => {
      const reg = regulations.find((r) => r.sic?.length)!;
      const dark = await browser.newContext({ viewport: DESKTOP, colorScheme: 'dark', locale: 'tr-TR' });
      const page = await dark.newPage();
      await page.goto(server.url + textHref(reg.id), { waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.classList.contains('dark'));
      const pairs = await page.locator('.vp-doc mark.sic').evaluateAll((ms) => ms.map((m) => {
        // the mark's own background is translucent: lay it over the page's
        const bg = getComputedStyle(m).backgroundColor;
        let under = 'rgba(0, 0, 0, 0)';
        for (let n: Element | null = m.parentElement; n && /rgba\(0, 0, 0, 0\)|transparent/.test(under); n = n.parentElement) under = getComputedStyle(n).backgroundColor;
        return { fg: getComputedStyle(m).color, bg, under };
      }));
      expect(pairs.length).toBeGreaterThan(0);
      for (const x of pairs) {
        const p = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
        const [r, g, b, a = 1] = p(x.bg); const [ur, ug, ub] = p(x.under);
        const flat = `rgb(${r! * a + ur! * (1 - a)}, ${g! * a + ug! * (1 - a)}, ${b! * a + ub! * (1 - a)})`;
        expect(contrast(x.fg, flat)).toBeGreaterThanOrEqual(4.5);
      }
      await dark.close();
    }, 60_000);
  });

  describe('reporting lines read as Turkish sentences', () => {
    it.each(regulations.map((r) => [r.id, r] as const))('%s: the overview lists every line as Ast | Üst | İlişki, the ast first, the sentence from the data', async (id, reg) => {
      const page = await tab();
      await page.goto(server.url + regHref(id), { waitUntil: 'load' });
      const t = await page.locator('table.baglilik').first().evaluate((tb) => ({
        head: [...tb.querySelectorAll('thead th')].map((th) => th.textContent?.trim()),
        rows: [...tb.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent?.trim() ?? '')),
      }));
      expect(t.head.slice(0, 3)).toEqual(['Ast', 'Üst', 'İlişki']);
      expect(t.rows).toHaveLength(reg.reporting.length);
      const name = (x: string) => [...reg.units, ...reg.posts, ...reg.offices].find((a) => a.id === x)!.name;
      reg.reporting.forEach((l, i) => {
        expect(t.rows[i]![0]).toBe(name(l.from));
        expect(t.rows[i]![1]).toBe(name(l.to));
        expect(t.rows[i]![2]).toContain(relationTr[l.relation]);
      });
      // no sentence with the sides swapped anywhere on the page ("X — amiridir — Y")
      expect(await page.locator('.vp-doc').innerText()).not.toMatch(/—\s*amiridir\s*—|görev verir →/);
      expect(await close(page)).toEqual([]);
    }, 60_000);
  });

  describe('the full text: permalinks, copy link, madde navigation, source line', () => {
    it('reaches a provision by its readable anchor and by its old one, copies its link, and steps from madde to madde', async () => {
      const p14b = konak.provisions.find((p) => p.label === 'm.14/b')!;
      const page = await tab();
      await page.setViewportSize(DESKTOP);
      for (const hash of ['m-14-b', p14b.id]) {
        await page.goto(`${server.url}${textHref(konak.id)}#${hash}`, { waitUntil: 'load' });
        const landed = await page.waitForFunction(() => document.querySelector('.hukum-hedef')?.id ?? null, null, { timeout: 10_000 });
        expect(await landed.jsonValue(), hash).toBe('m-14-b');
      }
      const button = page.locator('#m-14-b > button.kopyala');
      expect(await button.getAttribute('aria-label')).toBe('bağlantıyı kopyala (m.14/b)');
      await button.click();
      await page.waitForFunction(() => document.querySelector('#m-14-b > button.kopyala')?.getAttribute('data-kopyalandi'));
      expect(await button.getAttribute('data-kopyalandi')).toBe(`${server.url}${textHref(konak.id)}#m-14-b`);
      // madde navigation at the end of each article, and the maddeler in the outline
      const nav = await page.evaluate(() => ({
        navs: document.querySelectorAll('.vp-doc .madde-gezinme').length,
        next: document.querySelector('.vp-doc .hukum-article .madde-gezinme a:last-child')?.getAttribute('href'),
        outline: [...document.querySelectorAll('.VPDocAsideOutline a.outline-link')].map((a) => a.getAttribute('href')),
        source: document.querySelector('.vp-doc .kaynak-satiri')?.textContent ?? '',
      }));
      expect(nav.navs).toBe(konak.articles.length);
      expect(nav.next).toBe(`#${anchorOf(konak, konak.articles[1]!.id)}`);
      expect(nav.outline.filter((h) => /^#m-\d+-satir$/.test(h ?? '')).length).toBe(konak.articles.filter((a) => a.label).length);
      expect(nav.source).toContain('Kabul:');
      expect(await close(page)).toEqual([]);
    }, 60_000);

    it('shows the official source line on every overview; İzmir\'s prints its e-signature address', async () => {
      const page = await tab();
      for (const r of regulations) {
        await page.goto(server.url + regHref(r.id), { waitUntil: 'load' });
        const line = await page.locator('.vp-doc .kaynak-satiri').first().innerText();
        expect(line).toMatch(/^Kabul: /);
        if (r.adoption?.decision) expect(line).toContain(r.adoption.decision);
        const printed = JSON.stringify(r.document).match(/https?:\/\/[^\s"<>]+/)?.[0]?.replace(/[.,;)]+$/, '');
        if (printed) expect(line).toContain(printed);
      }
      expect(await close(page)).toEqual([]);
    }, 60_000);

    it('keeps previous/next inside one regulation, saying which, and sends old topic addresses to the Turkish ones', async () => {
      const page = await tab();
      await page.goto(server.url + textHref(konak.id), { waitUntil: 'load' });
      const footer = await page.locator('.VPDocFooter .pager-link').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
      expect(footer.length).toBeGreaterThan(0);
      for (const f of footer) {
        expect(f.href.startsWith(`/mevzuat/${konak.id}/`), f.href).toBe(true);
        expect(f.text).toContain(shortName(konak));
      }
      await page.goto(server.url + oldTopicHref('procurement'), { waitUntil: 'load' });
      await page.waitForURL((u) => u.pathname === topicHref('procurement'), { timeout: 10_000 });
      expect(topicHref('procurement')).toBe('/mevzuat/konular/satin-alma.html');
      expect(await close(page)).toEqual([]);
    }, 60_000);
  });

  describe('print', () => {
    it('prints the Konak overview with a header (regulation, address, print date, yürürlük), page numbers, lists numbered as on screen, print contrast, the chart with its legend', async () => {
      const page = await tab();
      await page.setViewportSize(DESKTOP);
      await page.goto(server.url + regHref(konak.id), { waitUntil: 'load' });
      await page.screenshot({ path: join(SHOTS, 'konak-genel-bakis-masaustu.png'), fullPage: true });
      await page.emulateMedia({ media: 'print' });
      const r = await page.evaluate(() => {
        const header = document.querySelector<HTMLElement>('.vp-doc .baski-bilgi')!;
        const low: string[] = [];
        for (const e of document.querySelectorAll<HTMLElement>('.vp-doc *')) {
          if (!e.childNodes.length || ![...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())) continue;
          if (getComputedStyle(e).display === 'none') continue;
          low.push(`${e.className}|${getComputedStyle(e).color}`);
        }
        const pageRules = [...document.styleSheets].flatMap((s) => { try { return [...s.cssRules]; } catch { return []; } })
          .filter((x) => x.constructor.name === 'CSSPageRule').map((x) => x.cssText).join(' ');
        const ol = [...document.querySelectorAll<HTMLElement>('.vp-doc ol')].map((o) => parseFloat(getComputedStyle(o).paddingLeft) / parseFloat(getComputedStyle(o).fontSize));
        const blok = document.querySelector<HTMLElement>('.vp-doc .sema-blok')!;
        return {
          header: getComputedStyle(header).display !== 'none' ? header.innerText : '',
          low: [...new Set(low)], pageRules, ol,
          chartWithLegend: !!blok.querySelector('.sema-lejant') && getComputedStyle(blok).breakInside === 'avoid',
        };
      });
      expect(r.header).toContain(konak.title);
      expect(r.header).toContain(`${server.url}${regHref(konak.id)}`);
      expect(r.header).toMatch(/Yazdırma tarihi: \d{2}\.\d{2}\.\d{4}/);
      expect(r.header).toMatch(/Yürürlükte|Henüz yürürlükte değil|Yürürlükten kaldırılmış|Belirsiz/);
      expect(r.pageRules).toContain('counter(page)');
      // print contrast: 7:1 or more on white paper (no faint grey)
      expect(r.low.filter((x) => contrast(x.split('|')[1]!, 'rgb(255, 255, 255)') < 7)).toEqual([]);
      for (const em of r.ol) expect(em).toBeGreaterThanOrEqual(2);
      expect(r.chartWithLegend).toBe(true);
      await page.screenshot({ path: join(SHOTS, 'konak-baski.png'), fullPage: true });
      await page.pdf({ path: join(SHOTS, 'konak-baski.pdf'), format: 'A4', printBackground: true });
      expect(await close(page)).toEqual([]);
      // the PDF rendered to PNG by Chromium's own PDF viewer (there is no pdftoppm on this machine):
      // its running footer carries the address, print date and status, and the page numbers
      const viewer = await context.newPage();
      await viewer.setViewportSize({ width: 900, height: 1200 });
      await viewer.goto(`file://${join(SHOTS, 'konak-baski.pdf')}`).catch(() => undefined);
      await viewer.waitForTimeout(2_000);
      await viewer.screenshot({ path: join(SHOTS, 'konak-baski-pdf.png') });
      await viewer.close();
    }, 60_000);

    it('saves the screenshots of the Konak overview and a post page on a phone', async () => {
      const page = await tab();
      await page.setViewportSize(PHONE);
      await page.goto(server.url + regHref(konak.id), { waitUntil: 'load' });
      await page.screenshot({ path: join(SHOTS, 'konak-genel-bakis-telefon.png'), fullPage: true });
      const post = actorHref(konak.id, { id: konak.posts[0]!.id, kind: 'post' });
      await page.goto(server.url + post, { waitUntil: 'load' });
      await page.screenshot({ path: join(SHOTS, 'konak-kadro-telefon.png'), fullPage: true });
      await page.setViewportSize(DESKTOP);
      await page.goto(server.url + post, { waitUntil: 'load' });
      await page.screenshot({ path: join(SHOTS, 'konak-kadro-masaustu.png'), fullPage: true });
      expect(await page.locator('.vp-doc h1').innerText()).toContain(konak.posts[0]!.name);
      expect(await close(page)).toEqual([]);
    }, 60_000);
  });

  describe('a site built from a hostile regulation folder (issue 22.7)', () => {
    let hostile: StaticServer;
    let id = '';
    beforeAll(async () => {
      const built = await buildHostileSite();
      id = built.id;
      hostile = await serveStatic(built.dist);
    }, 300_000);
    afterAll(async () => { await hostile?.close(); });

    it('runs nothing a folder wrote and shows every name and title as written', async () => {
      const page = await context.newPage();
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      page.on('pageerror', (e) => errors.push(e.message));
      // the served HTML: the tags are text, never elements
      const raw = await (await fetch(hostile.url + regHref(id))).text();
      expect(raw).not.toMatch(/<img src=x|<script>window\.__pwned|<b>kalın<\/b>/);
      await page.goto(hostile.url + regHref(id), { waitUntil: 'load' });
      expect(await page.locator('.vp-doc h1').evaluate((h) => [...h.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim())).toBe(HOSTILE_TITLE);
      expect(await page.locator('.vp-doc').innerText()).toContain(HOSTILE_SUMMARY);
      const unitLink = page.locator('.vp-doc table.birimler a.aktor', { hasText: 'Evrak' }).first();
      expect(await unitLink.innerText()).toBe(HOSTILE_UNIT);
      // the unit's own page: its <title> verbatim (`<b>`, `{{ }}` and `</script>` kept as text)
      await unitLink.click();
      await page.waitForFunction(() => document.querySelector('.vp-doc h1')?.textContent?.includes('Evrak'));
      expect(await page.title()).toContain(HOSTILE_UNIT);
      expect(await page.locator('.vp-doc h1').evaluate((h) => [...h.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim())).toBe(HOSTILE_UNIT);
      // reloaded from the server: the static <title> too
      await page.reload({ waitUntil: 'load' });
      expect(await page.title()).toContain(HOSTILE_UNIT);
      // the post with a bidi override: the control is shown, never applied
      await page.goto(hostile.url + regHref(id), { waitUntil: 'load' });
      expect(await page.locator('.vp-doc').innerText()).toContain(HOSTILE_POST_SHOWN);
      expect(await page.locator('.vp-doc').innerText()).not.toContain('\u202E');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('.vp-doc img').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);

    it('marks an answer resting on a fact not yet reviewed as "gözden geçirilmemiş" (where the library says so)', async () => {
      const { fromFolders } = await import('../../scripts/docs/site.js');
      const { writeHostileFolder } = await import('./hostile-folder.js');
      const { HOSTILE_ROOT } = await import('./hostile-site.js');
      const set = fromFolders([writeHostileFolder(join(HOSTILE_ROOT, 'again'))], { only: true, draft: true });
      const pending = (['inter-directorate', 'public-institution', 'private-party'] as const)
        .filter((cls) => (set.queries.whoSigns(id as never, cls) as { review?: string }).review === 'pending').length;
      const page = await context.newPage();
      await page.goto(hostile.url + regHref(id), { waitUntil: 'load' });
      const marks = await page.locator('.vp-doc table.yazisma .gozden-gecirilmemis').count();
      expect(marks).toBe(pending);
      if (marks) expect(await page.locator('.vp-doc table.yazisma .gozden-gecirilmemis').first().isVisible()).toBe(true);
      await page.close();
    }, 60_000);
  });

  it('puts every regulation side by side on the comparison page', async () => {
    const page = await tab();
    await page.goto(server.url + COMPARE_HREF, { waitUntil: 'load' });
    const tables = await page.locator('table.karsilastirma').evaluateAll((ts) => ts.map((t) => [...t.querySelectorAll('[data-mevzuat]')].map((e) => e.getAttribute('data-mevzuat'))));
    expect(tables).toHaveLength(7);
    for (const t of tables) expect([...t].sort()).toEqual(regulations.map((r) => r.id).sort());
    // the answers are the library's: public-institution signers, and what each organisation reports to
    const rows = await page.locator('table.karsilastirma-imza-kamu tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('[data-mevzuat]')?.getAttribute('data-mevzuat'), tr.textContent ?? '']));
    for (const [id, text] of rows) {
      const a = whoSigns(id as never, 'public-institution');
      for (const s of a.signers) expect(text).toContain(s.name);
      for (const c of a.citations) expect(text).toContain(c.label);
    }
    const up = await page.locator('table.karsilastirma-baglilik tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('[data-mevzuat]')?.getAttribute('data-mevzuat'), tr.textContent ?? '']));
    for (const [id, text] of up) {
      const reg = regulations.find((r) => r.id === id)!;
      for (const l of reportsTo(reg.id, reg.organisation).lines) expect(text).toContain(l.to.name);
    }
    expect(await close(page)).toEqual([]);
  }, 60_000);

  it('has no broken internal link or anchor and no console error on any page (crawled from /)', async () => {
    // Every page is visited in the browser. The first page of each kind (home, regulation, text,
    // unit, post, office, comparison, API) is loaded from the server, so hydration errors show;
    // the rest are reached as a reader reaches them, by in-app navigation (the same page
    // component, rendered by the client, for a fraction of the cost of reloading mermaid).
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    const ids = new Map<string, Set<string>>();
    const links: [from: string, to: string][] = [];
    const errors: string[] = [];
    const kinds = new Set<string>();
    const kindOf = (path: string) => path.replace(/[^/]+\.html$/, '*.html').replace(/^\/mevzuat\/[^/]+\//, '/mevzuat/*/');
    const page = await tab();
    // on a phone: no page may scroll sideways
    await page.setViewportSize(PHONE);
    const wide: string[] = [];
    let reloads = 0;
    while (queue.length) {
      const path = queue.shift()!;
      const http = await fetch(server.url + path);
      if (http.status !== 200) errors.push(`${path}: HTTP ${http.status}`);
      if (!kinds.has(kindOf(path))) {
        kinds.add(kindOf(path));
        reloads++;
        await page.goto(server.url + path, { waitUntil: 'load' });
      } else {
        await page.evaluate((p) => { const a = document.createElement('a'); a.href = p; document.body.append(a); a.click(); a.remove(); }, path);
      }
      const pageClass = path.replace(/[./]+/g, '_').replace(/_html$/, '');
      // a doc page carries its path as a class; a full-width page (layout: page) its own wrapper
      await page.waitForFunction(([c, p]) => document.querySelector(`.VPHome, .NotFound, .vp-doc.${CSS.escape(c!)}`) || (location.pathname === p && document.querySelector('.VPPage .sema-sayfa')), [pageClass, path], { timeout: 15_000 });
      await page.waitForTimeout(50);
      const found = await page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        notFound: !!document.querySelector('.NotFound'),
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
        hrefs: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      }));
      if (found.notFound) errors.push(`${path}: the site shows its 404 page`);
      if (found.width > PHONE.width) wide.push(`${path}: ${found.width} px`);
      ids.set(path, new Set(found.ids));
      for (const href of found.hrefs) {
        const u = new URL(href);
        if (u.origin !== server.url) continue;
        links.push([path, u.pathname + u.hash]);
        if (!seen.has(u.pathname)) { seen.add(u.pathname); queue.push(u.pathname); }
      }
    }
    errors.push(...(await close(page)));

    const broken = links.filter(([, to]) => {
      const [path, hash] = to.split('#') as [string, string | undefined];
      const on = ids.get(path);
      return !on || (hash !== undefined && hash !== '' && !on.has(decodeURIComponent(hash)));
    });
    expect(broken.map(([from, to]) => `${from} → ${to}`)).toEqual([]);
    expect(errors).toEqual([]);
    expect(wide, 'pages wider than a 390 px phone').toEqual([]);
    expect(reloads).toBeGreaterThanOrEqual(7);
    // every regulation page, full text, unit and post page, and the API reference were reached
    for (const r of regulations) {
      expect(seen.has(regHref(r.id))).toBe(true);
      expect(seen.has(textHref(r.id))).toBe(true);
      for (const a of [...r.units, ...r.posts]) expect([...seen].some((s) => s.endsWith(`/${a.id}.html`) && s.includes(`/${r.id}/`)), `${r.id}/${a.id}`).toBe(true);
    }
    expect(seen.has('/api/')).toBe(true);
    expect([...seen].filter((s) => s.startsWith('/api/functions/')).length).toBeGreaterThan(10);
    expect(links.filter(([, to]) => to.includes('/metin.html#')).length).toBeGreaterThan(200);
  }, 180_000);
});
