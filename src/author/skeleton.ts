/**
 * `mevzuat new`, the pure part: from a regulation's raw text, the contents of a new
 * `regulations/<id>/` folder — `text.yaml` from the parser, and skeletons of the other files
 * pre-filled with what can be read safely, every guess marked `# GÖZDEN GEÇİRİN: …` and every
 * field left to write marked `# YAZILACAK: …`. No file access: the caller writes the files.
 */
import { stringify } from 'yaml';
import { compileText, type CompiledText } from '../compile/text.js';
import { parseRegulationText, type ParseProblem } from '../parse/text.js';
import { fold, slugify } from '../fold.js';
import type { Provision, TextNode, TextNodeInput } from '../schema/text.js';
import { PROVINCES } from './provinces.js';
import { commentText, executorWords, indexLeaves, splitDefinition } from './scan.js';
import { draftFacts as defaultDraftFacts, type DraftContext, type DraftedFacts, type DraftTodo } from './facts/index.js';
import { nominativeName } from './facts/organisation.js';
import { draftedCites, mergeDrafted, renderDrafted, renderMeta, withoutRejected, type DraftedList, type Rejected, type SkeletonActor } from './merge.js';
import type { Problem } from '../compile/problems.js';

/** What `mevzuat new` is given. */
export type NewInput = {
  id: string;
  /** The source text, as read (UTF-8). */
  raw: string;
  /** The sha256 of the source's bytes. */
  sha256: string;
  /** The file name the source was received as. */
  receivedAs: string;
};

/** A candidate read from the text, with the provision it rests on. */
export type Candidate = { id: string; name: string; label: string; kind: string };

/** What `mevzuat new` found and what is left to encode. */
export type NewSummary = {
  title?: string;
  kind: 'yonetmelik' | 'yonerge';
  articles: number;
  provisions: number;
  /** Leaf provisions: each needs a fact or a noFact reason. */
  leaves: number;
  /** Leaves already covered by the skeleton (dayanak, yürürlük, yürütme, tanımlar, amaç, kapsam…). */
  covered: number;
  definitions: Candidate[];
  units: Candidate[];
  posts: Candidate[];
  offices: Candidate[];
  /** Where the parser could not decide, by source line. */
  parseProblems: ParseProblem[];
  /** Articles whose headings say they hold duties, correspondence, routing…: where to look next. */
  toEncode: { label: string; heading: string; what: string }[];
  /** How many facts the drafting (`draftFacts`) wrote, each `review: pending`. */
  drafted: { actors: number; duties: number; rules: number; meta: number };
  /** Provisions the drafting read but could not turn into a fact. */
  draftTodos: (DraftTodo & { label?: string })[];
  /** Drafted facts left out because the folder would not have loaded with them. */
  rejected: Rejected[];
};

/** Options of {@link draftRegulation}. */
export type DraftOptions = {
  /** The fact drafting; `draftFacts` of ./facts/ by default (a test may give its own). */
  draftFacts?: (context: DraftContext) => DraftedFacts;
  /**
   * Validates a folder's files as the compiler does (`checkRegulationDir` under draft, on a
   * temporary folder: the caller does the file work). A drafted fact it refuses is left out and
   * reported in `summary.rejected`, so that what is written always loads as a draft.
   */
  check?: (files: Record<string, string>) => Problem[];
  /**
   * Facts a person wrote or reviewed (`mevzuat new --update`): written as they are, before and
   * instead of anything drafted or read by the skeleton under the same id (or, for a duty or
   * rule, on the same provision). Never marked pending, never left out.
   */
  keep?: DraftedFacts;
  /** Coverage entries a person wrote (`--update`): kept, and no skeleton noFact on their provisions. */
  keepNoFact?: { provision: string; reason: string }[];
  /** The text tree to use instead of parsing `raw` (`--update` on a tree a person repaired). */
  nodes?: TextNodeInput[];
};

const REVIEW = '# GÖZDEN GEÇİRİN:';
const TODO = '# YAZILACAK:';

const scalar = (v: string | number | boolean) => stringify(v, { lineWidth: 0 }).trimEnd();
/** A string inside `[…]` or `{…}`: plain when it cannot be misread there, else double-quoted. */
const flow = (v: string) => (/^[\p{L}_][\p{L}\p{N} ._’()/-]*$/u.test(v) && !/^(true|false|null|yes|no|on|off)$/i.test(v) ? v : JSON.stringify(v));
const list = (vs: string[]) => `[${vs.map(flow).join(', ')}]`;

/** Title case for a Turkish name printed in capitals: `HALKLA İLİŞKİLER MÜDÜRLÜĞÜ` → `Halkla İlişkiler Müdürlüğü`. */
export function titleCase(s: string): string {
  const small = new Set(['ve', 'ile', 'veya', 'ya', 'da', 'de']);
  return s.toLocaleLowerCase('tr-TR').split(/(\s+)/).map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toLocaleUpperCase('tr-TR') + w.slice(1))).join('');
}

const textOf = (n: TextNode) => [n.heading, n.title].filter(Boolean).join(' ');

/** The article whose heading or title matches, first match wins. */
function articleWhere(c: CompiledText, test: (folded: string) => boolean): TextNode | undefined {
  return c.articles.find((a) => test(fold(textOf(a))));
}


/**
 * The contents of a new regulation folder, and what was found.
 *
 * @param input - The id, the raw text and the source's digest.
 * @returns `files` (name → content) and a `summary`.
 * @example
 * const { files, summary } = draftRegulation({ id: 'ornekkoy', raw, sha256, receivedAs: 'ornekkoy.txt' });
 * Object.keys(files)  //=> ['text.yaml', 'regulation.yaml', 'organisation.yaml', 'duties.yaml', 'rules.yaml', 'coverage.yaml']
 * summary.articles    //=> 10
 */
export function draftRegulation(input: NewInput, options: DraftOptions = {}): { files: Record<string, string>; summary: NewSummary } {
  const parsed = options.nodes ? { nodes: options.nodes, problems: [] as ParseProblem[] } : parseRegulationText(input.raw);
  let compiled: CompiledText;
  // the tree text.yaml gets: the parser's, with `number:` where the text prints an article without one
  let nodes = parsed.nodes;
  try {
    compiled = compileText(nodes);
  } catch {
    // an article printed without its number: the skeleton cites it by the number its position
    // suggests (the parser reports it; text.yaml is left for the editor to decide)
    let last = 0;
    nodes = parsed.nodes.map(function number(n): typeof n {
      if (n.kind === 'article') {
        const m = n.num?.match(/\d+/);
        last = m ? Number(m[0]) : last + 1;
        return m ? n : { ...n, number: last };
      }
      return n.children ? { ...n, children: n.children.map(number) } : n;
    });
    compiled = compileText(nodes);
  }
  const titles = compiled.document.filter((n) => n.kind === 'title').map((n) => n.text ?? '');
  // "T.C." and a line that only names the province are letterhead, not title
  const titleLines = titles.filter((t) => fold(t) !== 't c' && !PROVINCES.includes(titleCase(t)));
  const provinceLine = titles.map(titleCase).find((t) => PROVINCES.includes(t));
  const title = titleLines.length ? titleLines.join(' ') : undefined;
  const foldedTitle = fold(titleLines.join(' '));
  const kind: NewSummary['kind'] = /yonerge/.test(foldedTitle) ? 'yonerge' : 'yonetmelik';
  const byId = new Map(compiled.provisions.map((p) => [p.id, p]));
  const leavesUnder = indexLeaves(compiled);
  const covered = new Set<string>();
  const cover = (id: string | undefined) => { if (id) leavesUnder(id).forEach((p) => covered.add(p.id)); };

  // ── the unit the regulation governs, and the municipality ──────────────────────────────
  const unitLine = [...titleLines].reverse().find((t) => /mudurlugu|daire baskanligi/.test(fold(t)));
  let orgName: string | undefined;
  if (unitLine) {
    const m = /^(.*?(?:MÜDÜRLÜĞÜ|Müdürlüğü|BAŞKANLIĞI|Başkanlığı))/u.exec(unitLine.replace(/^.*?BELEDİYE(?:Sİ)?\s+BAŞKANLIĞI\s*/u, ''));
    orgName = titleCase(m ? m[1]! : unitLine).replace(/\bŞube\b/u, 'Şube');
  }
  const orgId = orgName ? slugify(orgName) : 'mudurluk';
  const orgKind = orgName && /sube/.test(fold(orgName)) ? 'sube-mudurlugu' : orgName && /daire baskanligi/.test(fold(orgName)) ? 'daire-baskanligi' : 'mudurluk';
  const cityLine = titleLines.find((t) => /belediye/.test(fold(t)));
  let municipality: { name: string; kind: string; province: string } | undefined;
  if (cityLine) {
    const m = /^(.*?)\s*(BÜYÜKŞEHİR\s+)?BELEDİYE/iu.exec(cityLine.toLocaleUpperCase('tr-TR'));
    const words = (m?.[1] ?? '').split(/\s+/).filter(Boolean).map(titleCase);
    const province = words.length > 1 && PROVINCES.includes(words[0]!) ? words.shift()! : words.length === 1 && PROVINCES.includes(words[0]!) && m?.[2] ? words[0]! : '';
    const place = words.join(' ');
    if (place) municipality = { name: `${place} ${m?.[2] ? 'Büyükşehir Belediyesi' : 'Belediyesi'}`, kind: m?.[2] ? 'buyuksehir-belediyesi' : 'belediye', province: province || (PROVINCES.includes(place) ? place : '') };
  }
  if (provinceLine) {
    if (!municipality) municipality = { name: '', kind: 'belediye', province: provinceLine };
    else if (!municipality.province) municipality.province = provinceLine;
  }

  // ── definitions, and the actors they name ──────────────────────────────────────────────
  const units: (Candidate & { parent?: string; cites: string[] })[] = [];
  const posts: (Candidate & { cites: string[]; heads?: boolean })[] = [];
  const offices: (Candidate & { cites: string[] })[] = [];
  const actorById = new Map<string, Candidate & { cites: string[] }>();
  const addActor = <T extends Candidate & { cites: string[] }>(into: T[], c: T): string => {
    if (c.id === orgId) return orgId;
    const existing = actorById.get(c.id);
    if (existing) { if (!existing.cites.includes(c.cites[0]!)) existing.cites.push(c.cites[0]!); return existing.id; }
    into.push(c); actorById.set(c.id, c);
    return c.id;
  };
  const tanimlar = articleWhere(compiled, (f) => /\btanimlar\b/.test(f));
  const definitions: (Candidate & { term: string; meaning: string; actor?: string; cites: string[] })[] = [];
  const definitionIds = new Map<string, number>();
  const usedDefinitionIds = new Set<string>();
  if (tanimlar) {
    for (const p of leavesUnder(tanimlar.id)) {
      const m = splitDefinition(p.text.replace(/^\S+\)\s*/, ''));
      if (!m || !p.text.includes(m.meaning)) continue;
      const { term, meaning } = m;
      const f = fold(term);
      let actor: string | undefined;
      if (/^(mudurluk|sube mudurlugu)$/.test(f) || (orgName && f === fold(orgName))) actor = orgId;
      else if (/^(sube )?mudur(u)?$/.test(f)) actor = addActor(posts, { id: 'mudur', name: term, label: p.label, kind: 'post', cites: [p.id], heads: true });
      else if (/^sef( ler|ler)?$/.test(f)) actor = addActor(posts, { id: 'sef', name: term.replace(/\s*\(.*\)$/, ''), label: p.label, kind: 'post', cites: [p.id] });
      else if (/^(personel|memur|memurlar|.* personeli)$/.test(f)) actor = addActor(posts, { id: slugify(term), name: term, label: p.label, kind: 'post', cites: [p.id] });
      else if (/^(baskan|belediye baskani)$/.test(f)) actor = addActor(offices, { id: 'belediye-baskani', name: 'Belediye Başkanı', label: p.label, kind: 'office', cites: [p.id] });
      else if (/^(baskan yardimcisi|daire baskani|genel sekreter|ust yonetici|ust yonetim|meclis|belediye meclisi|encumen|belediye encumeni)$/.test(f)) {
        actor = addActor(offices, { id: slugify(term), name: term, label: p.label, kind: 'office', cites: [p.id] });
      }
      // ids stay unique however often a term repeats: each base remembers the last number it gave
      const base = `tanim-${slugify(term) || 'terim'}`;
      let k = definitionIds.get(base) ?? 1;
      let id = base;
      while (usedDefinitionIds.has(id)) id = `${base}-${++k}`;
      definitionIds.set(base, k);
      usedDefinitionIds.add(id);
      definitions.push({ id, name: term, term, meaning, label: p.label, kind: 'definition', cites: [p.id], ...(actor ? { actor } : {}) });
      covered.add(p.id);
    }
  }

  // ── units and posts listed in a teşkilat article ────────────────────────────────────────
  const teskilat = articleWhere(compiled, (f) => /teskilat/.test(f));
  // a unit named in the nominative or accusative (not "Müdürlüğe bağlı …", which only places what follows)
  const unitWord = /^(.*?(?:şefliği|şeflikleri|şeflikler|birimi|birimleri|masası|masaları|merkezi|merkezini|ofisi|hattı|servisi|müdürlüğü|müdürlükleri|bürosu))(?=$|[\s,.;'’])/iu;
  if (teskilat) {
    for (const p of leavesUnder(teskilat.id)) {
      if (p.kind !== 'point' && p.kind !== 'item') continue;
      const text = p.text.replace(/^\S+\)\s*/, '').replace(/[,.;]+$/, '').trim();
      const words = text.split(/\s+/, 13);
      if (/^(mudur|sef|memur|memurlar|isci personel|personel|memur ve personel)$/.test(fold(text))) {
        const id = fold(text) === 'mudur' ? 'mudur' : fold(text) === 'sef' ? 'sef' : slugify(text);
        addActor(posts, { id, name: text, label: p.label, kind: 'post', cites: [p.id], ...(id === 'mudur' ? { heads: true } : {}) });
        covered.add(p.id);
        continue;
      }
      if (words.length > 12) continue;
      const m = unitWord.exec(text);
      if (!m) continue;
      // "ç) Diyalog Merkezini kapsar.": the unit is the Diyalog Merkezi, as the drafting names it
      const name = nominativeName(m[1]!);
      const id = slugify(name);
      if (id === orgId) continue;
      const f = fold(name);
      const uk = /seflig|seflik|sefler/.test(f) ? 'seflik' : /masa/.test(f) ? 'masa' : /merkez/.test(f) ? 'merkez' : /ofis/.test(f) ? 'ofis' : /\bhat/.test(f) ? 'hat' : /mudurlu/.test(f) ? (/sube/.test(f) ? 'sube-mudurlugu' : 'mudurluk') : 'birim';
      addActor(units, { id, name, label: p.label, kind: uk, parent: orgId, cites: [p.id] });
      covered.add(p.id);
    }
  }
  const orgCitesExtra: string[] = [];
  const orgCites = [definitions.find((d) => d.actor === orgId)?.cites[0], teskilat?.id].filter((x): x is string => !!x);
  if (!orgCites.length && compiled.articles[0]) orgCites.push(compiled.articles[0].id);

  // ── dayanak, yürürlük, yürütme, the fallback clause ────────────────────────────────────
  const dayanak = articleWhere(compiled, (f) => /dayanak/.test(f));
  const yururluk = articleWhere(compiled, (f) => /^yururluk$|\byururluk\b(?! ten)/.test(f) && !/kaldir/.test(f) && !/yurutme/.test(f));
  const yurutme = articleWhere(compiled, (f) => /\byurutme\b/.test(f)) ?? compiled.articles.find((a) => executorWords(byId.get(a.id)?.text ?? '') !== undefined);
  const fallback = compiled.provisions.find((p) => p.leaf && /hüküm bulunmayan|hükümler[i]? bulunmayan|bulunmayan hükümler/u.test(p.text));
  /** What a fact resting on a whole article cites: its leaves (coverage counts leaves), or the article when it has none. */
  const leafIds = (a: TextNode) => leavesUnder(a.id).map((p) => p.id);
  const amacKapsam = compiled.articles.filter((a) => /^(amac|kapsam|amac ve kapsam|amac kapsam)$/.test(fold(textOf(a))) || /\b(amaci|kapsar)\b/.test(fold(byId.get(a.id)?.text.slice(0, 60) ?? '')) && a.id === compiled.articles[0]?.id);

  const dayanakText = dayanak ? byId.get(dayanak.id)?.text ?? '' : '';
  // "5393 sayılı Belediye Kanunu’nun", "5393 sayılı belediye kanununun": the first law the Dayanak names
  const lawMatch = /(\d{3,4})\s+sayılı\s+((?:\p{L}+\s+){0,4}?)[Kk]anun/u.exec(dayanakText);
  const law = lawMatch ? [lawMatch[0], lawMatch[1]!, lawMatch[2]!.trim() ? `${titleCase(lawMatch[2]!.trim())} Kanunu` : ''] as const : undefined;
  const yururlukText = yururluk ? leavesUnder(yururluk.id).map((p) => p.text).join(' ') : '';
  const date = /(\d{1,2})[./](\d{1,2})[./](\d{4})/.exec(yururlukText);
  const iso = date ? `${date[3]}-${date[2]!.padStart(2, '0')}-${date[1]!.padStart(2, '0')}` : undefined;
  const executorText = yurutme ? byId.get(yurutme.id)?.text ?? '' : '';
  const execWho = executorWords(executorText);
  const exec = execWho === undefined ? undefined : [execWho, execWho] as const;
  let executorId: string | undefined;
  if (exec && yurutme) {
    const adina = exec[1].lastIndexOf('adına ');
    const who = adina >= 0 && (adina === 0 || /\s/u.test(exec[1][adina - 1]!)) ? exec[1].slice(adina + 6).trim() : exec[1];
    const f = fold(who);
    // one actor only: a list ("Müdür, bağlı olduğu Başkan Yardımcısı ve Belediye Başkanı") is a joint
    // executor the drafting reads or a person writes; guessing one actor from it would be wrong
    const several = /\b(?:ve|veya|ile|ya da)\b|[,;/]/.test(f) || f.split(' ').length > 6;
    executorId = several ? undefined : /^(belediye )?baskan(i)?$/.test(f) ? 'belediye-baskani' : slugify(who);
  }
  if (exec && yurutme && executorId) {
    const f = fold(exec[1]);
    const adina = exec[1].lastIndexOf('adına ');
    const who = adina >= 0 && (adina === 0 || /\s/u.test(exec[1][adina - 1]!)) ? exec[1].slice(adina + 6).trim() : exec[1];
    const at = leafIds(yurutme)[0] ?? yurutme.id;
    const known = actorById.get(executorId);
    if (executorId === orgId) orgCitesExtra.push(at);
    else if (!known) addActor(offices, { id: executorId, name: fold(who) === 'baskan' ? 'Belediye Başkanı' : who, label: byId.get(at)?.label ?? '', kind: 'office', cites: [at] });
    else if (!known.cites.includes(at)) known.cites.push(at);
  }
  cover(dayanak?.id); cover(yururluk?.id); cover(yurutme?.id); cover(fallback?.id);
  amacKapsam.forEach((a) => cover(a.id));

  const skeletonCovered = new Set(covered);
  const skeletonActors: SkeletonActor[] = [
    { id: orgId, name: orgName ?? '', cites: orgCites, kind: 'unit' },
    ...units.map((u) => ({ id: u.id, name: u.name, cites: u.cites, kind: 'unit' as const })),
    ...posts.map((p) => ({ id: p.id, name: p.name, cites: p.cites, kind: 'post' as const, unit: orgId, ...(p.heads ? { heads: true } : {}) })),
    ...offices.map((o) => ({ id: o.id, name: o.name, cites: o.cites, kind: 'office' as const })),
  ];

  // ── the drafted facts, merged; the folder rendered and, where a checker is given, validated ──
  const context: DraftContext = { id: input.id, text: compiled, ...(orgName ? { organisation: { id: orgId, name: orgName, kind: orgKind } } : {}) };
  let facts = (options.draftFacts ?? defaultDraftFacts)(context);
  const rejected: Rejected[] = [];
  let rendered = render(facts);
  // a drafted fact the compiler refuses is left out (and reported), round by round, until the folder loads
  for (let round = 0; options.check && round < 8; round++) {
    const errors = options.check(rendered.files).filter((p) => p.severity === 'error');
    if (!errors.length) break;
    const drop: Parameters<typeof withoutRejected>[1] = [];
    for (const e of errors) {
      const target = rendered.slotOf(e);
      if (!target) continue;
      drop.push(target.drop);
      rejected.push({ file: e.file, what: target.what, message: e.message });
    }
    if (!drop.length) break; // an error of the skeleton itself: a bug, reported by the caller
    facts = withoutRejected(facts, drop);
    rendered = render(facts);
  }

  const leaves = compiled.provisions.filter((p) => p.leaf);
  return {
    files: rendered.files,
    summary: {
      ...(title ? { title } : {}), kind,
      articles: compiled.articles.length, provisions: compiled.provisions.length, leaves: leaves.length,
      covered: leaves.filter((p) => rendered.covered.has(p.id)).length,
      definitions: rendered.definitions.map(({ id, name, label, kind: k }) => ({ id, name, label, kind: k })),
      units: [{ id: orgId, name: orgName ?? '', label: orgCites[0] ? (byId.get(orgCites[0]) as Provision | undefined)?.label ?? '' : '', kind: orgKind }, ...rendered.units.map(({ id, name, label, kind: k }) => ({ id, name, label, kind: k }))],
      posts: rendered.posts.map(({ id, name, label, kind: k }) => ({ id, name, label, kind: k })),
      offices: rendered.offices.map(({ id, name, label, kind: k }) => ({ id, name, label, kind: k })),
      parseProblems: parsed.problems,
      toEncode: rendered.toEncode,
      drafted: rendered.counts,
      draftTodos: rendered.drafted.todos.map((t) => ({ ...t, ...(byId.get(t.provision) ? { label: byId.get(t.provision)!.label } : {}) })),
      rejected,
    },
  };

  /** The folder's files for the given drafted facts, and how to find the drafted fact behind a problem. */
  function render(draftedFacts: DraftedFacts) {
    const { drafted, superseded, dropDefinitions, origin, isHuman } = mergeDrafted(draftedFacts, { orgId, actors: skeletonActors, definitions }, options.keep);
    const to = (id: string) => superseded.get(id) ?? id;
    const covered = new Set(skeletonCovered);
    // as the compiler counts it: a leaf is covered when a fact cites it, not when it cites its article
    for (const c of draftedCites(drafted)) covered.add(c);
    const label = (id: string) => byId.get(id)?.label ?? id;
    const draftedOrg = drafted.units.find((u) => u.id === orgId);
    const keptUnits = units.filter((u) => !superseded.has(u.id));
    const keptPosts = posts.filter((p) => !superseded.has(p.id));
    const keptOffices = offices.filter((o) => !superseded.has(o.id));
    const keptDefinitions = definitions.filter((d) => !dropDefinitions.has(d.id)).map((d) => (d.actor ? { ...d, actor: to(d.actor) } : d));
    const draftedUnits = drafted.units.filter((u) => u.id !== orgId);

    // what is left: the articles to read next
    const toEncode: NewSummary['toEncode'] = [];
    for (const a of compiled.articles) {
      const f = fold(`${textOf(a)} ${byId.get(a.id)?.text.slice(0, 200) ?? ''}`);
      const h = commentText(textOf(a) || (byId.get(a.id)?.text.slice(0, 60) ?? ''), 80);
      const what = [
        /gorev|sorumluluk/.test(f) && 'görevler (duties.yaml)',
        /yazisma|imza|paraf/.test(f) && 'yazışma ve imza (rules.yaml correspondence)',
        /bagli|bagliligi|baglilik|karsi sorumlu|amiri/.test(f) && 'bağlılık (rules.yaml reporting)',
        /vekalet|bulunmadigi/.test(f) && 'vekalet (rules.yaml deputies)',
        /evrak|havale/.test(f) && 'gelen evrak (rules.yaml routing)',
      ].filter((x): x is string => !!x);
      if (what.length && leavesUnder(a.id).some((p) => !covered.has(p.id))) toEncode.push({ label: `m.${a.id.slice(4)}`, heading: h, what: what.join(', ') });
    }

    const header = (what: string) => [
      `# ${commentText(what, 200)}`,
      `# mevzuat new ile ${commentText(input.receivedAs, 80)} dosyasından oluşturuldu. "GÖZDEN GEÇİRİN" işaretli her değer bir tahmindir:`,
      '# metinle karşılaştırıp doğrulayın, sonra işareti silin. "YAZILACAK" işaretli alanları siz yazarsınız.',
      ...(draftedCites(drafted).length ? ['# "review: pending" taşıyan her olgu metinden taslak olarak okundu: metinle karşılaştırın, doğruysa o satırı silin.'] : []),
    ].join('\n');

    const problemsNote = parsed.problems.length
      ? ['# Ayrıştırıcının karar veremediği yerler (kaynak satırıyla):', ...parsed.problems.map((p) => `#   ${p.line > 0 ? `satır ${p.line}: ` : ''}${commentText(p.message, 300)}`)].join('\n') + '\n'
      : '';
    const textYaml = `${header('Metnin tamamı, madde madde; her dize source.txt\'den harfi harfine.')}\n${problemsNote}${stringify({ source: 'source.txt', nodes }, { lineWidth: 0 })}`;

    const cites = (ids: string[]) => list(ids);
    const meta = drafted.meta;
    const metaSlots = new Map<string, string>();
    const metaBlock = (key: keyof typeof meta, skeleton: string): string => {
      if (meta[key] === undefined) return skeleton;
      metaSlots.set(key, key);
      return renderMeta(key, meta[key]);
    };
    const regulationYaml = [
      header(`${title ?? input.id}`),
      `id: ${scalar(input.id)}`,
      title ? `title: ${scalar(title)} ${REVIEW} başlık satırlarından (T.C. hariç) olduğu gibi birleştirildi; büyük-küçük harfi düzeltirseniz titleNote yazın` : `title: "" ${TODO} metinde başlık satırı bulunamadı; başlığı yazın ve titleSource: supplied yapın`,
      'titleSource: source',
      `kind: ${kind} ${REVIEW} başlıktaki "${kind === 'yonerge' ? 'YÖNERGE' : 'YÖNETMELİK'}" sözcüğünden`,
      'municipality:',
      `  name: ${scalar(municipality?.name ?? '')} ${municipality?.name ? `${REVIEW} başlık satırından` : `${TODO} belediyenin adı`}`,
      `  kind: ${municipality?.kind ?? 'belediye'} ${REVIEW} belediye ya da buyuksehir-belediyesi`,
      `  province: ${scalar(municipality?.province ?? '')} ${municipality?.province ? `${REVIEW} başlık satırından` : `${TODO} il`}`,
      ...[[municipality?.name.replace(/ (Büyükşehir )?Belediyesi$/u, '') ?? ''].filter(Boolean)].map((aliases) => `aliases: ${list(aliases)} ${aliases.length ? REVIEW : TODO} kullanıcının yazabileceği kısa adlar (ör. belediyenin adı)`),
      `organisation: ${orgId} ${REVIEW} düzenlenen birim; organisation.yaml units listesinde`,
      `summary: "" ${TODO} mevzuatın ne düzenlediği, bir iki cümle`,
      metaBlock('legalBasis', dayanak
        ? ['legalBasis:', `  - kind: kanun ${REVIEW} m.${dayanak.id.slice(4)} (Dayanak) maddesinden; kanun, khk, yonetmelik ya da meclis-karari`,
          ...(law ? [`    number: ${scalar(law[1])}`, law[2] ? `    name: ${scalar(law[2])} ${REVIEW} metindeki adından` : `    ${TODO} name`] : [`    ${TODO} number ve name`]),
          `    articles: [] ${REVIEW} metnin andığı maddeler (ör. 15/b)`, `    cites: ${cites(leafIds(dayanak))}`, '    review: pending'].join('\n')
        : `legalBasis: [] ${TODO} Dayanak maddesi bulunamadı; dayanılan kanunu dayandığı maddeyle yazın`),
      ...(meta.adoption ? [metaBlock('adoption', '')] : []),
      metaBlock('entryIntoForce', yururluk
        ? ['entryIntoForce:', `  rule: ${iso ? 'on-date' : 'on-event'} ${REVIEW} ${iso ? 'metindeki tarihten' : 'metinde tarih yok: yürürlük bir olaya bağlı'}`,
          ...(iso ? [`  date: "${iso}"`] : []), `  condition: ${scalar(yururlukText.replace(/\s+/g, ' ').trim() || commentText(textOf(yururluk)))} ${REVIEW} cevapta gösterilecek koşul`, `  cites: ${cites(leafIds(yururluk))}`, '  review: pending'].join('\n')
        : `entryIntoForce: ${TODO} Yürürlük maddesi bulunamadı (rule, date, condition, cites)`),
      metaBlock('repeals', `repeals: [] ${REVIEW} yürürlükten kaldırdığı mevzuat varsa`),
      metaBlock('executor', exec && executorId && yurutme
        ? ['executor:', `  actor: ${to(executorId)} ${REVIEW} "${commentText(exec[1], 120)}" (m.${yurutme.id.slice(4)})`, `  cites: ${cites(leafIds(yurutme))}`, '  review: pending'].join('\n')
        : `executor: ${TODO} Yürütme maddesi bulunamadı (actor, cites)`),
      ...(meta.fallback || fallback ? [metaBlock('fallback', `fallback: ${REVIEW} ${fallback?.label}: metnin hüküm bulunmayan hallerde gönderdiği madde\n  provision: ${fallback?.id}\n  review: pending`)] : []),
      'sources:',
      '  - file: source.txt',
      `    sha256: ${input.sha256}`,
      `    receivedAs: ${scalar(input.receivedAs)}`,
      '    role: authoritative',
      '',
    ].join('\n');

    const actorYaml = (a: Candidate & { cites: string[] }, extra: string[] = []) => [
      `  - id: ${a.id} ${REVIEW} ${a.label}`,
      `    name: ${scalar(a.name)}`,
      ...extra,
      `    cites: ${cites([...new Set(a.cites)])}`,
      '    review: pending',
    ].join('\n');
    const orgCiteList = orgCites.length || orgCitesExtra.length ? [...new Set([...orgCites, ...orgCitesExtra])] : [compiled.articles[0]?.id ?? 'art_1'];
    const orgEntry = draftedOrg
      ? renderDrafted([{ ...draftedOrg, cites: [...new Set([...draftedOrg.cites, ...orgCites, ...orgCitesExtra])] }])
      : [
        `  - id: ${orgId} ${REVIEW} düzenlenen birim`,
        `    name: ${orgName ? scalar(orgName) : `YAZILACAK ${TODO} birimin adı`}`,
        `    kind: ${orgKind}`,
        `    cites: ${cites(orgCiteList)} ${REVIEW} birimi kuran ya da adlandıran hüküm`,
        '    review: pending',
      ].join('\n');
    const noPosts = !keptPosts.length && !drafted.posts.length;
    const noOffices = !keptOffices.length && !drafted.offices.length;
    const organisationYaml = [
      header('Birimler, kadrolar ve metnin andığı birim dışı makamlar.'),
      'units:',
      orgEntry,
      ...keptUnits.map((u) => actorYaml(u, [`    kind: ${u.kind}`, `    parent: ${to(u.parent ?? orgId)}`])),
      ...(draftedUnits.length ? [renderDrafted(draftedUnits)] : []),
      noPosts ? `posts: [] ${TODO} Müdür, Şef… (unit ve heads ile)` : 'posts:',
      ...keptPosts.map((p) => actorYaml(p, [`    unit: ${orgId}`, ...(p.heads ? ['    heads: true'] : [])])),
      ...(drafted.posts.length ? [renderDrafted(drafted.posts)] : []),
      noOffices ? `offices: [] ${TODO} metnin andığı birim dışı makamlar (Belediye Başkanı…)` : 'offices:',
      ...keptOffices.map((o) => actorYaml(o)),
      ...(drafted.offices.length ? [renderDrafted(drafted.offices)] : []),
      '',
    ].join('\n');

    const firstDutyArticle = toEncode.find((t) => /görev/.test(t.what));
    const example = (firstDutyArticle && leavesUnder(`art_${firstDutyArticle.label.slice(2)}`).find((p) => !covered.has(p.id))?.id) ?? 'art_5__para_1__point_b';
    const dutyArticles = toEncode.filter((t) => /görev/.test(t.what)).map((t) => `#   ${t.label} ${t.heading}`);
    const dutiesYaml = [
      header('Her görev: sahibi, dayandığı hüküm (ilk atıf) ve konuları.'),
      ...(dutyArticles.length ? [`${drafted.duties.length ? '# Taslakta okunmayan görevler için bakılacak maddeler:' : `${TODO} görev maddeleri. Aday maddeler:`}`, ...dutyArticles] : drafted.duties.length ? [] : [`${TODO} görevler (görev maddesi bulunamadı)`]),
      `# Örnek: - { id: mudur-evraki-havale-eder, holder: mudur, cites: [${example}], topics: [documents] }`,
      drafted.duties.length ? `duties:\n${renderDrafted(drafted.duties)}` : 'duties: []',
      '',
    ].join('\n');

    const defYaml = keptDefinitions.map((d) => `  - { id: ${d.id}, term: ${flow(d.term)}, meaning: ${flow(d.meaning)}${d.actor ? `, actor: ${d.actor}` : ''}, cites: ${cites(d.cites)}, review: pending } ${REVIEW} ${d.label}`);
    const pick = (re: RegExp) => toEncode.filter((t) => re.test(t.what)).map((t) => `#   ${t.label} ${t.heading}`);
    const ruleList = (key: 'reporting' | 'deputies' | 'correspondence' | 'routing', what: string, re: RegExp) => [
      ...(pick(re).length ? [`# ${what} için bakılacak maddeler:`, ...pick(re)] : []),
      drafted[key].length ? `${key}:\n${renderDrafted(drafted[key])}` : `${key}: []`,
    ];
    const anyDefinitions = keptDefinitions.length + drafted.definitions.length > 0;
    const rulesYaml = [
      header('Bağlılık hatları, vekalet, yazışma, gelen evrak ve tanımlar.'),
      ...ruleList('reporting', 'Bağlılık', /reporting/),
      ...ruleList('deputies', 'Vekalet', /deputies/),
      ...ruleList('correspondence', 'Yazışma ve imza', /correspondence/),
      ...ruleList('routing', 'Gelen evrak', /routing/),
      anyDefinitions ? `definitions:${keptDefinitions.length ? ` ${REVIEW} Tanımlar maddesinden; her terimin anlamı metinde harfi harfine geçer` : ''}` : tanimlar ? 'definitions: []' : `definitions: [] ${TODO} Tanımlar maddesi bulunamadı`,
      ...defYaml,
      ...(drafted.definitions.length ? [renderDrafted(drafted.definitions)] : []),
      '',
    ].join('\n');

    // a provision some fact cites is no noFact
    const cited = new Set([...draftedCites(drafted), ...orgCiteList, ...(draftedOrg?.cites ?? []),
      ...[...keptUnits, ...keptPosts, ...keptOffices, ...keptDefinitions].flatMap((a) => a.cites)]);
    for (const n of options.keepNoFact ?? []) cited.add(n.provision);
    const keptNoFact = options.keepNoFact?.length ? [renderDrafted(options.keepNoFact)] : [];
    const noFactYaml = amacKapsam.flatMap((a) => leavesUnder(a.id).filter((p) => !cited.has(p.id)).map((p) => `  - provision: ${p.id} ${REVIEW} ${p.label}\n    reason: ${scalar(`${/amac/.test(fold(textOf(a))) && /kapsam/.test(fold(textOf(a))) ? 'Amaç ve kapsam' : /kapsam/.test(fold(textOf(a))) ? 'Kapsam' : 'Amaç'} maddesi; görev, yetki ya da kural koymaz.`)}`));
    const coverageYaml = [
      header('Bilerek hiçbir olguya dayanak yapılmayan hükümler, gerekçesiyle.'),
      noFactYaml.length || keptNoFact.length ? 'noFact:' : 'noFact: []',
      ...keptNoFact,
      ...noFactYaml,
      '',
    ].join('\n');

    // where each list entry of the files came from: a problem at ['duties', 3, …] names the
    // drafted fact to leave out; one on a skeleton entry cannot be fixed here
    const slots = new Map<string, { drop: { list?: DraftedList; id?: string; meta?: string }; what: string }>();
    const slot = (file: string, key: DraftedList, offset: number, xs: readonly object[]) => xs.forEach((x, i) => {
      if (isHuman(x)) return; // what a person wrote is never left out
      const id = origin.get(x) ?? (x as { id: string }).id;
      slots.set(`${file}|${key}|${offset + i}`, { drop: { list: key, id }, what: `${key}: ${id}` });
    });
    slot('organisation.yaml', 'units', 1 + keptUnits.length, draftedUnits);
    if (draftedOrg) slot('organisation.yaml', 'units', 0, [draftedOrg]);
    slot('organisation.yaml', 'posts', keptPosts.length, drafted.posts);
    slot('organisation.yaml', 'offices', keptOffices.length, drafted.offices);
    slot('duties.yaml', 'duties', 0, drafted.duties);
    for (const k of ['reporting', 'deputies', 'correspondence', 'routing'] as const) slot('rules.yaml', k, 0, drafted[k]);
    slot('rules.yaml', 'definitions', keptDefinitions.length, drafted.definitions);
    const slotOf = (p: Problem) => {
      const [a, b] = p.path ?? [];
      if (p.file === 'regulation.yaml' && typeof a === 'string' && metaSlots.has(a)) return { drop: { meta: a }, what: a };
      return typeof a === 'string' && typeof b === 'number' ? slots.get(`${p.file}|${a}|${b}`) : undefined;
    };

    return {
      files: { 'text.yaml': textYaml, 'regulation.yaml': regulationYaml, 'organisation.yaml': organisationYaml, 'duties.yaml': dutiesYaml, 'rules.yaml': rulesYaml, 'coverage.yaml': coverageYaml },
      slotOf, covered, toEncode, drafted,
      definitions: [...keptDefinitions, ...drafted.definitions.map((d) => ({ id: d.id, name: d.term, label: label(d.cites[0]!), kind: 'definition' }))],
      units: [...keptUnits, ...draftedUnits.map((u) => ({ id: u.id, name: u.name, label: label(u.cites[0]!), kind: u.kind }))],
      posts: [...keptPosts, ...drafted.posts.map((p) => ({ id: p.id, name: p.name, label: label(p.cites[0]!), kind: 'post' }))],
      offices: [...keptOffices, ...drafted.offices.map((o) => ({ id: o.id, name: o.name, label: label(o.cites[0]!), kind: 'office' }))],
      counts: {
        actors: drafted.units.length + drafted.posts.length + drafted.offices.length, duties: drafted.duties.length,
        rules: drafted.reporting.length + drafted.deputies.length + drafted.correspondence.length + drafted.routing.length + drafted.definitions.length,
        meta: Object.keys(drafted.meta).length,
      },
    };
  }
}
