// `mevzuat review <klasör>`: what is still to be reviewed in a regulation folder, article by
// article: each machine-drafted fact (`review: pending`) beside the verbatim provision it was read
// from, with the file and line to edit. Loaded only when the command runs (it needs the compiler).
import { existsSync, statSync } from 'node:fs';
import { checkRegulationDir, formatProblem, type PathSegment } from '../compile/regulation.js';
import { locate, readYaml } from '../compile/problems.js';
import { escapeInput } from '../internal/escape.js';
import { SafeFolder } from '../internal/safe-fs.js';
import type { Regulation } from '../types.js';
import { UsageError } from './args.js';
import type { Output } from './commands.js';
import { actionTr, recipientTr, relationTr } from './labels.js';
import { hanging, wrap, type Style } from './text.js';
import { listTr } from '../internal/turkish.js';

/** Folder content is input: escaped, and cut at a generous length, wherever it is printed. */
const quote = (s: string, limit = 600) => escapeInput(s, limit);

/** One pending fact as `mevzuat review --json` gives it. */
export type PendingFact = {
  /** The file to edit, relative to the folder, and the line of its `review: pending`. */
  file: string;
  line?: number;
  /** What kind of fact (`duty`, `reporting`, `correspondence`, `unit`, `executor`…). */
  kind: string;
  id?: string;
  /** The fact in Turkish words, as the reviewer checks it against the provision. */
  description: string;
  /** The words of the provision it was read from, where the drafting recorded them. */
  readFrom?: string;
  /** The provision it cites first. */
  provision?: string;
};

/** What the command returns as data: the pending facts grouped by article, in the text's order. */
export type ReviewReport = {
  dir: string;
  regulation: string;
  pending: number;
  articles: { label: string; heading?: string; provisions: { id: string; label: string; text: string; facts: PendingFact[] }[] }[];
  /** Pending facts that cite no provision of the text (they are still listed, with their file and line). */
  unplaced: PendingFact[];
};

type Raw = Record<string, unknown>;
const FILES = ['regulation.yaml', 'organisation.yaml', 'duties.yaml', 'rules.yaml'] as const;
const isPending = (v: unknown): v is Raw => !!v && typeof v === 'object' && (v as Raw).review === 'pending';
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Lists the pending facts of a folder; exit 0 when it loads as a draft, 2 when it does not. */
export function runReview(dir: string, style: Style): Output {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`Klasör bulunamadı: "${quote(dir)}"`, [], 'Kullanım: mevzuat review <klasör>');
  const { regulation, problems } = checkRegulationDir(dir, { draft: true });
  if (!regulation) {
    const errors = problems.filter((p) => p.severity === 'error');
    return {
      data: { ok: false, problems: errors },
      text: [...errors.map((p) => formatProblem(p, dir, quote)), '', `${errors.length} hata: klasör taslak olarak bile yüklenmiyor. Önce hataları düzeltin (mevzuat check ${quote(dir)} --draft).`].join('\n'),
      code: 2,
    };
  }
  const report = collect(dir, regulation);
  return { data: report, text: format(report, style) };
}

function collect(dir: string, reg: Regulation): ReviewReport {
  const names = new Map<string, string>([...reg.units, ...reg.posts, ...reg.offices].map((a) => [a.id, a.name]));
  const name = (id: unknown) => (typeof id === 'string' ? names.get(id) ?? id : '?');
  const facts: PendingFact[] = [];
  // read as the compiler reads: inside the folder, regular files, within the size limits
  const folder = SafeFolder.open(dir);
  for (const file of FILES) {
    const read = folder.text(file, { yaml: true });
    if (!read.ok) continue;
    const { yaml, data } = readYaml(file, read.value);
    const add = (kind: string, v: unknown, at: PathSegment[], describe: (f: Raw) => string) => {
      if (!isPending(v)) return;
      const pos = locate(yaml, [...at, 'review'], 'key');
      const cites = strs(v.cites);
      const provision = typeof v.provision === 'string' ? v.provision : cites[0];
      facts.push({
        file, ...(pos && { line: pos.line }), kind, ...(typeof v.id === 'string' && { id: v.id }), description: describe(v),
        ...(typeof v.readFrom === 'string' && { readFrom: v.readFrom }), ...(provision && { provision }),
      });
    };
    const list = (key: string, kind: string, describe: (f: Raw) => string) => {
      const l = (data as Raw | null)?.[key];
      if (Array.isArray(l)) l.forEach((v, i) => add(kind, v, [key, i], describe));
    };
    const d = data as Raw | null;
    if (file === 'regulation.yaml' && d) {
      add('executor', d.executor, ['executor'], (f) => `Yürütme: ${name(f.actor)}${f.onBehalfOf ? ` (${name(f.onBehalfOf)} adına)` : ''}`);
      add('entry-into-force', d.entryIntoForce, ['entryIntoForce'], (f) => `Yürürlük: ${String(f.condition ?? '')}`);
      add('adoption', d.adoption, ['adoption'], (f) => `Kabul: ${String(f.body ?? '')}${f.date ? `, ${String(f.date)}` : ''}`);
      add('fallback', d.fallback, ['fallback'], () => 'Hüküm bulunmayan haller: yürürlükteki mevzuata yollama');
      list('legalBasis', 'legal-basis', (f) => `Dayanak: ${[f.number, f.name].filter(Boolean).join(' sayılı ')}${strs(f.articles).length ? ` (${strs(f.articles).join(', ')})` : ''}`);
      list('repeals', 'repeal', (f) => `Yürürlükten kaldırdığı: ${String(f.title ?? '')}`);
    }
    if (file === 'organisation.yaml') {
      list('units', 'unit', (f) => `Birim: ${String(f.name)}${f.parent ? ` (üst birimi: ${name(f.parent)})` : ''}`);
      list('posts', 'post', (f) => `Kadro: ${String(f.name)}${f.unit ? ` (${name(f.unit)}${f.heads ? ' başı' : ''})` : ''}`);
      list('offices', 'office', (f) => `Makam: ${String(f.name)}`);
    }
    if (file === 'duties.yaml') list('duties', 'duty', (f) => `Görev; sahibi: ${name(f.holder)}`);
    if (file === 'rules.yaml') {
      list('reporting', 'reporting', (f) => `Bağlılık: ${name(f.from)} → ${name(f.to)}, ${relationTr(f.relation as never)}${f.condition ? ` (koşul: ${String(f.condition)})` : ''}`);
      list('deputies', 'deputy', (f) => `Vekâlet: ${name(f.for)} yokken ${listTr(strs(f.deputies).map(name))}${f.condition ? ` (${String(f.condition)})` : ''}`);
      list('correspondence', 'correspondence', (f) => {
        const signers = Array.isArray(f.signers) ? (f.signers as Raw[]).map((s) => `${s.via === 'delegation' ? 'yetki verdiği ' : ''}${name(s.actor)}`) : [];
        return [`Yazışma (${strs(f.recipients).map((r) => recipientTr(r as never)).join('; ')})`,
          signers.length && `imza: ${listTr(signers, 'veya')}`,
          strs(f.paraf).length && `paraf: ${listTr(strs(f.paraf).map(name))}`,
          strs(f.responsible).length && `sorumlu: ${listTr(strs(f.responsible).map(name))}`].filter(Boolean).join('; ');
      });
      list('routing', 'routing', (f) => `Gelen evrak: ${f.actor ? `${name(f.actor)} ${actionTr(f.action as never)}` : `(edilgen) ${String(f.action)}`}`);
      list('definitions', 'definition', (f) => `Tanım: ${String(f.term)}`);
    }
  }
  // article by article, in the text's order; a fact goes under the provision it cites first
  const order = new Map(reg.provisions.map((p, i) => [p.id, i]));
  const byProvision = new Map<string, PendingFact[]>();
  const unplaced: PendingFact[] = [];
  for (const f of facts) {
    if (f.provision && order.has(f.provision)) byProvision.set(f.provision, [...(byProvision.get(f.provision) ?? []), f]);
    else unplaced.push(f);
  }
  const articles: ReviewReport['articles'] = [];
  const articleOf = new Map(reg.articles.map((a) => [a.id, a]));
  for (const p of [...byProvision.keys()].sort((a, b) => order.get(a)! - order.get(b)!).map((id) => reg.provisions[order.get(id)!]!)) {
    const article = articleOf.get(p.id.split('__')[0]!);
    const label = article?.label ?? `m.${p.article}`;
    let entry = articles.at(-1);
    if (!entry || entry.label !== label) {
      entry = { label, ...(article?.heading && { heading: article.heading }), provisions: [] };
      articles.push(entry);
    }
    entry.provisions.push({ id: p.id, label: p.label, text: p.text, facts: byProvision.get(p.id)! });
  }
  return { dir, regulation: reg.id, pending: facts.length, articles, unplaced };
}

function format(r: ReviewReport, s: Style): string {
  if (!r.pending) return wrap(`Gözden geçirilecek olgu yok: ${quote(r.regulation)} klasöründeki her olgu gözden geçirilmiş. Son denetim için: mevzuat check ${quote(r.dir)}`);
  const fact = (f: PendingFact) => [
    hanging('    • ', `${quote(f.description, 300)} ${s.dim(`[${quote(f.file)}${f.line ? `:${f.line}` : ''}]`)}`),
    f.readFrom && s.dim(hanging('      okunan: ', `“${quote(f.readFrom, 300)}”`)),
  ].filter(Boolean).join('\n');
  const blocks = r.articles.map((a) => [
    s.bold(`${a.label}${a.heading ? ` ${quote(a.heading, 160)}` : ''}`),
    ...a.provisions.map((p) => [`  ${s.cyan(p.label)}`, wrap(quote(p.text, 2000), 4), ...p.facts.map(fact)].join('\n')),
  ].join('\n'));
  if (r.unplaced.length) blocks.push([s.bold('Metinde bir hükme bağlanamayanlar'), ...r.unplaced.map(fact)].join('\n'));
  return [
    s.bold(wrap(`${quote(r.regulation)}: gözden geçirilecek ${r.pending} olgu`)),
    wrap('Her olguyu altındaki hükümle karşılaştırın. Doğruysa dosyadaki "review: pending" satırını silin; yanlışsa olguyu düzeltin ya da silin. Bittiğinde mevzuat check hatasız geçer.', 2),
    '',
    blocks.join('\n\n'),
  ].join('\n');
}
