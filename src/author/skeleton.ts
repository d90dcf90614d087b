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
import type { Provision, TextNode } from '../schema/text.js';
import { PROVINCES } from './provinces.js';

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

const leavesUnder = (c: CompiledText, id: string) => c.provisions.filter((p) => p.leaf && (p.id === id || p.id.startsWith(`${id}__`)));

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
export function draftRegulation(input: NewInput): { files: Record<string, string>; summary: NewSummary } {
  const parsed = parseRegulationText(input.raw);
  let compiled: CompiledText;
  try {
    compiled = compileText(parsed.nodes);
  } catch {
    // an article printed without its number: the skeleton cites it by the number its position
    // suggests (the parser reports it; text.yaml is left for the editor to decide)
    let last = 0;
    compiled = compileText(parsed.nodes.map(function number(n): typeof n {
      if (n.kind === 'article') {
        const m = n.num?.match(/\d+/);
        last = m ? Number(m[0]) : last + 1;
        return m ? n : { ...n, number: last };
      }
      return n.children ? { ...n, children: n.children.map(number) } : n;
    }));
  }
  const titles = compiled.document.filter((n) => n.kind === 'title').map((n) => n.text ?? '');
  // "T.C." and a line that only names the province are letterhead, not title
  const titleLines = titles.filter((t) => fold(t) !== 't c' && !PROVINCES.includes(titleCase(t)));
  const provinceLine = titles.map(titleCase).find((t) => PROVINCES.includes(t));
  const title = titleLines.length ? titleLines.join(' ') : undefined;
  const foldedTitle = fold(titleLines.join(' '));
  const kind: NewSummary['kind'] = /yonerge/.test(foldedTitle) ? 'yonerge' : 'yonetmelik';
  const byId = new Map(compiled.provisions.map((p) => [p.id, p]));
  const covered = new Set<string>();
  const cover = (id: string | undefined) => { if (id) leavesUnder(compiled, id).forEach((p) => covered.add(p.id)); };

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
  const actorIds = new Set<string>([orgId]);
  const addActor = <T extends Candidate & { cites: string[] }>(into: T[], c: T): string => {
    const existing = [...units, ...posts, ...offices].find((x) => x.id === c.id);
    if (existing) { if (!existing.cites.includes(c.cites[0]!)) existing.cites.push(c.cites[0]!); return existing.id; }
    into.push(c); actorIds.add(c.id);
    return c.id;
  };
  const tanimlar = articleWhere(compiled, (f) => /\btanimlar\b/.test(f));
  const definitions: (Candidate & { term: string; meaning: string; actor?: string; cites: string[] })[] = [];
  if (tanimlar) {
    for (const p of leavesUnder(compiled, tanimlar.id)) {
      const m = /^([^:]{1,80}?)\s*:\s*(.+?)[\s,.;]*$/u.exec(p.text.replace(/^\S+\)\s*/, ''));
      if (!m || !p.text.includes(m[2]!)) continue;
      const term = m[1]!.trim();
      const meaning = m[2]!;
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
      let id = `tanim-${slugify(term) || 'terim'}`;
      for (let k = 2; definitions.some((d) => d.id === id); k++) id = `tanim-${slugify(term)}-${k}`;
      definitions.push({ id, name: term, term, meaning, label: p.label, kind: 'definition', cites: [p.id], ...(actor ? { actor } : {}) });
      covered.add(p.id);
    }
  }

  // ── units and posts listed in a teşkilat article ────────────────────────────────────────
  const teskilat = articleWhere(compiled, (f) => /teskilat/.test(f));
  // a unit named in the nominative or accusative (not "Müdürlüğe bağlı …", which only places what follows)
  const unitWord = /^(.*?(?:şefliği|şeflikleri|şeflikler|birimi|birimleri|masası|masaları|merkezi|merkezini|ofisi|hattı|servisi|müdürlüğü|müdürlükleri|bürosu))(?=$|[\s,.;'’])/iu;
  if (teskilat) {
    for (const p of leavesUnder(compiled, teskilat.id)) {
      if (p.kind !== 'point' && p.kind !== 'item') continue;
      const text = p.text.replace(/^\S+\)\s*/, '').replace(/[,.;]+$/, '').trim();
      const words = text.split(/\s+/);
      if (/^(mudur|sef|memur|memurlar|isci personel|personel|memur ve personel)$/.test(fold(text))) {
        const id = fold(text) === 'mudur' ? 'mudur' : fold(text) === 'sef' ? 'sef' : slugify(text);
        addActor(posts, { id, name: text, label: p.label, kind: 'post', cites: [p.id], ...(id === 'mudur' ? { heads: true } : {}) });
        covered.add(p.id);
        continue;
      }
      const m = unitWord.exec(text);
      if (!m || words.length > 12) continue;
      const name = m[1]!;
      const id = slugify(name);
      if (id === orgId) continue;
      const f = fold(name);
      const uk = /seflig|seflik|sefler/.test(f) ? 'seflik' : /masa/.test(f) ? 'masa' : /merkez/.test(f) ? 'merkez' : /ofis/.test(f) ? 'ofis' : /\bhat/.test(f) ? 'hat' : /mudurlu/.test(f) ? (/sube/.test(f) ? 'sube-mudurlugu' : 'mudurluk') : 'birim';
      addActor(units, { id, name, label: p.label, kind: uk, parent: orgId, cites: [p.id] });
      covered.add(p.id);
    }
  }
  const orgCites = [definitions.find((d) => d.actor === orgId)?.cites[0], teskilat?.id].filter((x): x is string => !!x);
  if (!orgCites.length && compiled.articles[0]) orgCites.push(compiled.articles[0].id);

  // ── dayanak, yürürlük, yürütme, the fallback clause ────────────────────────────────────
  const dayanak = articleWhere(compiled, (f) => /dayanak/.test(f));
  const yururluk = articleWhere(compiled, (f) => /^yururluk$|\byururluk\b(?! ten)/.test(f) && !/kaldir/.test(f) && !/yurutme/.test(f));
  const yurutme = articleWhere(compiled, (f) => /\byurutme\b/.test(f)) ?? compiled.articles.find((a) => /hükümlerini .* yürütür/u.test(byId.get(a.id)?.text ?? ''));
  const fallback = compiled.provisions.find((p) => p.leaf && /hüküm bulunmayan|hükümler[i]? bulunmayan|bulunmayan hükümler/u.test(p.text));
  /** What a fact resting on a whole article cites: its leaves (coverage counts leaves), or the article when it has none. */
  const leafIds = (a: TextNode) => leavesUnder(compiled, a.id).map((p) => p.id);
  const amacKapsam = compiled.articles.filter((a) => /^(amac|kapsam|amac ve kapsam|amac kapsam)$/.test(fold(textOf(a))) || /\b(amaci|kapsar)\b/.test(fold(byId.get(a.id)?.text.slice(0, 60) ?? '')) && a.id === compiled.articles[0]?.id);

  const dayanakText = dayanak ? byId.get(dayanak.id)?.text ?? '' : '';
  // "5393 sayılı Belediye Kanunu’nun", "5393 sayılı belediye kanununun": the first law the Dayanak names
  const lawMatch = /(\d{3,4})\s+sayılı\s+((?:\p{L}+\s+){0,4}?)[Kk]anun/u.exec(dayanakText);
  const law = lawMatch ? [lawMatch[0], lawMatch[1]!, lawMatch[2]!.trim() ? `${titleCase(lawMatch[2]!.trim())} Kanunu` : ''] as const : undefined;
  const yururlukText = yururluk ? leavesUnder(compiled, yururluk.id).map((p) => p.text).join(' ') : '';
  const date = /(\d{1,2})[./](\d{1,2})[./](\d{4})/.exec(yururlukText);
  const iso = date ? `${date[3]}-${date[2]!.padStart(2, '0')}-${date[1]!.padStart(2, '0')}` : undefined;
  const executorText = yurutme ? byId.get(yurutme.id)?.text ?? '' : '';
  const exec = /hükümlerini\s+(.+?)\s+yürütür/u.exec(executorText);
  let executorId: string | undefined;
  if (exec && yurutme) {
    const who = exec[1]!.replace(/^.*\badına\s+/u, '');
    const f = fold(who);
    executorId = /^(belediye )?baskan(i)?$/.test(f) ? 'belediye-baskani' : slugify(who);
    const at = leafIds(yurutme)[0] ?? yurutme.id;
    if (![...units, ...posts, ...offices].some((a) => a.id === executorId)) addActor(offices, { id: executorId, name: f === 'baskan' ? 'Belediye Başkanı' : who, label: byId.get(at)?.label ?? '', kind: 'office', cites: [at] });
    else [...units, ...posts, ...offices].find((a) => a.id === executorId)!.cites.push(at);
  }
  cover(dayanak?.id); cover(yururluk?.id); cover(yurutme?.id); cover(fallback?.id);
  amacKapsam.forEach((a) => cover(a.id));

  // ── what is left: the articles to read next ─────────────────────────────────────────────
  const toEncode: NewSummary['toEncode'] = [];
  for (const a of compiled.articles) {
    const f = fold(`${textOf(a)} ${byId.get(a.id)?.text.slice(0, 200) ?? ''}`);
    const h = textOf(a) || (byId.get(a.id)?.text.slice(0, 60) ?? '');
    const what = [
      /gorev|sorumluluk/.test(f) && 'görevler (duties.yaml)',
      /yazisma|imza|paraf/.test(f) && 'yazışma ve imza (rules.yaml correspondence)',
      /bagli|bagliligi|baglilik|karsi sorumlu|amiri/.test(f) && 'bağlılık (rules.yaml reporting)',
      /vekalet|bulunmadigi/.test(f) && 'vekalet (rules.yaml deputies)',
      /evrak|havale/.test(f) && 'gelen evrak (rules.yaml routing)',
    ].filter((x): x is string => !!x);
    if (what.length && leavesUnder(compiled, a.id).some((p) => !covered.has(p.id))) toEncode.push({ label: `m.${a.id.slice(4)}`, heading: h, what: what.join(', ') });
  }

  // ── the files ───────────────────────────────────────────────────────────────────────────
  const header = (what: string) => [
    `# ${what}`,
    `# mevzuat new ile ${input.receivedAs} dosyasından oluşturuldu. "GÖZDEN GEÇİRİN" işaretli her değer bir tahmindir:`,
    '# metinle karşılaştırıp doğrulayın, sonra işareti silin. "YAZILACAK" işaretli alanları siz yazarsınız.',
  ].join('\n');

  const problemsNote = parsed.problems.length
    ? ['# Ayrıştırıcının karar veremediği yerler (kaynak satırıyla):', ...parsed.problems.map((p) => `#   satır ${p.line}: ${p.message}`)].join('\n') + '\n'
    : '';
  const textYaml = `${header('Metnin tamamı, madde madde; her dize source.txt\'den harfi harfine.')}\n${problemsNote}${stringify({ source: 'source.txt', nodes: parsed.nodes }, { lineWidth: 0 })}`;

  const cites = (ids: string[]) => list(ids);
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
    dayanak
      ? ['legalBasis:', `  - kind: kanun ${REVIEW} ${dayanak ? `m.${dayanak.id.slice(4)}` : ''} (Dayanak) maddesinden; kanun, khk, yonetmelik ya da meclis-karari`,
        ...(law ? [`    number: ${scalar(law[1])}`, law[2] ? `    name: ${scalar(law[2])} ${REVIEW} metindeki adından` : `    ${TODO} name`] : [`    ${TODO} number ve name`]),
        `    articles: [] ${REVIEW} metnin andığı maddeler (ör. 15/b)`, `    cites: ${cites(leafIds(dayanak))}`].join('\n')
      : `legalBasis: [] ${TODO} Dayanak maddesi bulunamadı; dayanılan kanunu dayandığı maddeyle yazın`,
    yururluk
      ? ['entryIntoForce:', `  rule: ${iso ? 'on-date' : 'on-event'} ${REVIEW} ${iso ? 'metindeki tarihten' : 'metinde tarih yok: yürürlük bir olaya bağlı'}`,
        ...(iso ? [`  date: "${iso}"`] : []), `  condition: ${scalar(yururlukText.replace(/\n/g, ' '))} ${REVIEW} cevapta gösterilecek koşul`, `  cites: ${cites(leafIds(yururluk))}`].join('\n')
      : `entryIntoForce: ${TODO} Yürürlük maddesi bulunamadı (rule, date, condition, cites)`,
    `repeals: [] ${REVIEW} yürürlükten kaldırdığı mevzuat varsa`,
    exec && executorId && yurutme
      ? ['executor:', `  actor: ${executorId} ${REVIEW} "${exec[1]}" (m.${yurutme.id.slice(4)})`, `  cites: ${cites(leafIds(yurutme))}`].join('\n')
      : `executor: ${TODO} Yürütme maddesi bulunamadı (actor, cites)`,
    ...(fallback ? [`fallback: ${fallback.id} ${REVIEW} ${fallback.label}: metnin hüküm bulunmayan hallerde gönderdiği madde`] : []),
    'sources:',
    '  - file: source.txt',
    `    sha256: ${input.sha256}`,
    `    receivedAs: ${scalar(input.receivedAs)}`,
    '    role: authoritative',
    '',
  ].join('\n');

  const actorYaml = (a: Candidate & { cites: string[]; parent?: string; heads?: boolean }, extra: string[] = []) => [
    `  - id: ${a.id} ${REVIEW} ${a.label}`,
    `    name: ${scalar(a.name)}`,
    ...extra,
    `    cites: ${cites([...new Set(a.cites)])}`,
  ].join('\n');
  const organisationYaml = [
    header('Birimler, kadrolar ve metnin andığı birim dışı makamlar.'),
    'units:',
    `  - id: ${orgId} ${REVIEW} düzenlenen birim`,
    `    name: ${scalar(orgName ?? '')}${orgName ? '' : ` ${TODO} birimin adı`}`,
    `    kind: ${orgKind}`,
    `    cites: ${cites(orgCites.length ? [...new Set(orgCites)] : ['art_1'])} ${REVIEW} birimi kuran ya da adlandıran hüküm`,
    ...units.map((u) => actorYaml(u, [`    kind: ${u.kind}`, `    parent: ${u.parent}`])),
    posts.length ? 'posts:' : `posts: [] ${TODO} Müdür, Şef… (unit ve heads ile)`,
    ...posts.map((p) => actorYaml(p, [`    unit: ${orgId}`, ...(p.heads ? ['    heads: true'] : [])])),
    offices.length ? 'offices:' : `offices: [] ${TODO} metnin andığı birim dışı makamlar (Belediye Başkanı…)`,
    ...offices.map((o) => actorYaml(o)),
    '',
  ].join('\n');

  const firstDutyArticle = toEncode.find((t) => /görev/.test(t.what));
  const example = (firstDutyArticle && leavesUnder(compiled, `art_${firstDutyArticle.label.slice(2)}`).find((p) => !covered.has(p.id))?.id) ?? 'art_5__para_1__point_b';
  const dutiesYaml = [
    header('Her görev: sahibi, dayandığı hüküm (ilk atıf) ve konuları.'),
    `# ${TODO.slice(2)} görev maddeleri. Aday maddeler:`,
    ...toEncode.filter((t) => /görev/.test(t.what)).map((t) => `#   ${t.label} ${t.heading}`),
    `# Örnek: - { id: mudur-evraki-havale-eder, holder: mudur, cites: [${example}], topics: [documents] }`,
    'duties: []',
    '',
  ].join('\n');

  const defYaml = definitions.map((d) => `  - { id: ${d.id}, term: ${flow(d.term)}, meaning: ${flow(d.meaning)}${d.actor ? `, actor: ${d.actor}` : ''}, cites: ${cites(d.cites)} } ${REVIEW} ${d.label}`);
  const pick = (re: RegExp) => toEncode.filter((t) => re.test(t.what)).map((t) => `#   ${t.label} ${t.heading}`);
  const rulesYaml = [
    header('Bağlılık hatları, vekalet, yazışma, gelen evrak ve tanımlar.'),
    ...(pick(/reporting/).length ? ['# Bağlılık için bakılacak maddeler:', ...pick(/reporting/)] : []),
    'reporting: []',
    ...(pick(/deputies/).length ? ['# Vekalet için bakılacak maddeler:', ...pick(/deputies/)] : []),
    'deputies: []',
    ...(pick(/correspondence/).length ? ['# Yazışma ve imza için bakılacak maddeler:', ...pick(/correspondence/)] : []),
    'correspondence: []',
    ...(pick(/routing/).length ? ['# Gelen evrak için bakılacak maddeler:', ...pick(/routing/)] : []),
    'routing: []',
    definitions.length ? `definitions: ${REVIEW} Tanımlar maddesinden; her terimin anlamı metinde harfi harfine geçer` : `definitions: [] ${TODO} Tanımlar maddesi bulunamadı`,
    ...defYaml,
    '',
  ].join('\n');

  const noFactYaml = amacKapsam.flatMap((a) => leavesUnder(compiled, a.id).map((p) => `  - provision: ${p.id} ${REVIEW} ${p.label}\n    reason: ${scalar(`${/amac/.test(fold(textOf(a))) && /kapsam/.test(fold(textOf(a))) ? 'Amaç ve kapsam' : /kapsam/.test(fold(textOf(a))) ? 'Kapsam' : 'Amaç'} maddesi; görev, yetki ya da kural koymaz.`)}`));
  const coverageYaml = [
    header('Bilerek hiçbir olguya dayanak yapılmayan hükümler, gerekçesiyle.'),
    noFactYaml.length ? 'noFact:' : 'noFact: []',
    ...noFactYaml,
    '',
  ].join('\n');

  const leaves = compiled.provisions.filter((p) => p.leaf);
  return {
    files: { 'text.yaml': textYaml, 'regulation.yaml': regulationYaml, 'organisation.yaml': organisationYaml, 'duties.yaml': dutiesYaml, 'rules.yaml': rulesYaml, 'coverage.yaml': coverageYaml },
    summary: {
      ...(title ? { title } : {}), kind,
      articles: compiled.articles.length, provisions: compiled.provisions.length, leaves: leaves.length,
      covered: leaves.filter((p) => covered.has(p.id)).length,
      definitions: definitions.map(({ id, name, label, kind: k }) => ({ id, name, label, kind: k })),
      units: [{ id: orgId, name: orgName ?? '', label: orgCites[0] ? (byId.get(orgCites[0]) as Provision | undefined)?.label ?? '' : '', kind: orgKind }, ...units.map(({ id, name, label, kind: k }) => ({ id, name, label, kind: k }))],
      posts: posts.map(({ id, name, label, kind: k }) => ({ id, name, label, kind: k })),
      offices: offices.map(({ id, name, label, kind: k }) => ({ id, name, label, kind: k })),
      parseProblems: parsed.problems,
      toEncode,
    },
  };
}
