/**
 * The one compiler of a `regulations/<id>/` folder, for the build, `mevzuat check` and run-time
 * loading: reads every file, validates it against the zod schemas, checks the rules the data must
 * obey (references resolve, every provision covered, verbatim excerpts, no cycles, the structure
 * holds the whole source, sha256 of every source) and returns the compiled {@link Regulation} with
 * every problem as data (file, path, line, column, Turkish message, value, suggestion).
 *
 * No `process.exit`, no console: callers decide how to report.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { z } from 'zod';
import { TextInput, type TextNodeInput } from '../schema/text.js';
import { OrganisationInput } from '../schema/organisation.js';
import { CoverageInput, DutiesInput, RulesInput } from '../schema/facts.js';
import { Regulation, RegulationMetaInput, type ReportingLine } from '../schema/regulation.js';
import { compileText, serialise, stripMarkup, type CompiledText } from './text.js';
import {
  formatProblem, locate, nearest, readYaml, zodProblems, type PathSegment, type Problem, type YamlFile,
} from './problems.js';

export type { Problem, PathSegment } from './problems.js';
export { formatProblem } from './problems.js';
import { genitive } from '../internal/turkish.js';
import { escapeInput } from '../internal/escape.js';
import { SafeFolder, type FolderLimits, type ReadFailure } from '../internal/safe-fs.js';
import { DraftMetaInput, PLACEHOLDER, fillUnwritten, markerLines, placeholders } from './draft.js';

export const REGULATIONS_DIR = new URL('../../regulations/', import.meta.url).pathname;

/** A folder that does not compile; `problems` lists every problem, `message` formats them all. */
export class DataError extends Error {
  readonly problems: Problem[];
  constructor(message: string, problems: Problem[] = []) {
    super(message);
    this.problems = problems;
  }
}

export function regulationDirs(root = REGULATIONS_DIR): string[] {
  // a Dirent is a directory only when it is one itself: a symbolic link to a folder is not followed
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && SafeFolder.open(join(root, d.name)).exists('regulation.yaml'))
    .map((d) => join(root, d.name))
    .sort();
}

export const sha256 = (buf: Buffer | string) => createHash('sha256').update(buf).digest('hex');

/**
 * Loads the raw source text the structure was made from, through the folder's safe reader.
 *
 * @throws {DataError} when `text.yaml` or the source cannot be read or is not valid.
 */
export function readSource(dir: string): string {
  const folder = SafeFolder.open(dir);
  const must = <T>(r: { ok: true; value: T } | { ok: false; failure: ReadFailure }, file: string): T => {
    if (r.ok) return r.value;
    throw new DataError(r.failure.message, [{ file, message: r.failure.message, severity: 'error' }]);
  };
  const { data, problems } = readYaml('text.yaml', must(folder.text('text.yaml', { yaml: true }), 'text.yaml'));
  const text = TextInput.safeParse(data);
  if (problems.length || !text.success) throw new DataError('text.yaml geçersiz', problems);
  return must(folder.text(text.data.source), 'text.yaml');
}

/** Options of {@link checkRegulationDir}. */
export type CheckOptions = FolderLimits & {
  /**
   * A regulation being written: provisions without a fact and fact files not written yet are
   * `todo`, not errors, and the result still holds the regulation (its text, and the facts it has).
   */
  draft?: boolean;
};

/** What {@link checkRegulationDir} returns: the regulation when nothing is in error, and every problem. */
export type CheckResult = { regulation?: Regulation; problems: Problem[] };

const PROVISION_KINDS = new Set(['article', 'paragraph', 'point', 'item', 'section']);

/**
 * Validates and compiles one regulation folder.
 *
 * @param dir - The folder (`regulations/<id>/`); its name must be the regulation's id.
 * @param options - `draft` to accept a half-encoded regulation.
 * @returns The compiled regulation unless some problem is an error, and every problem found, in
 *   file order. Under `draft`, uncovered provisions and missing fact files are `todo`.
 * @example
 * const { regulation, problems } = checkRegulationDir('regulations/konak-ozel-kalem');
 * problems  //=> []
 * regulation?.id  //=> 'konak-ozel-kalem'
 */
export function checkRegulationDir(dir: string, options: CheckOptions = {}): CheckResult {
  const reader = SafeFolder.open(dir, {
    ...(options.maxFileBytes !== undefined && { maxFileBytes: options.maxFileBytes }), ...(options.maxYamlBytes !== undefined && { maxYamlBytes: options.maxYamlBytes }),
    ...(options.maxFolderBytes !== undefined && { maxFolderBytes: options.maxFolderBytes }),
  });
  let result: CheckResult;
  try {
    result = checkFolder(reader, dir, options);
  } catch (e) {
    // a structure deep enough to exhaust the stack somewhere past the YAML reader's own bound
    if (!(e instanceof RangeError)) throw e;
    result = { problems: [{ file: 'text.yaml', message: 'Klasör derlenemedi: verinin yapısı çok derin ya da çok büyük.', suggestion: 'Dosyaların yapısını kontrol edin: bir mevzuat birkaç düzey derinliktedir.', severity: 'error' }] };
  }
  // what a problem quotes from the folder is escaped (control characters, bidi controls) and capped
  const problems = result.problems.map((p) => ({
    ...p,
    message: escapeInput(p.message, 1000),
    ...(p.value !== undefined && { value: escapeInput(p.value, 400) }),
    ...(p.suggestion !== undefined && { suggestion: escapeInput(p.suggestion, 1000) }),
  }));
  return result.regulation ? { regulation: result.regulation, problems } : { problems };
}

/** {@link checkRegulationDir}'s work, every read through `reader`. */
function checkFolder(reader: SafeFolder, dir: string, options: CheckOptions): CheckResult {
  const draft = options.draft === true;
  const rawData = new Map<string, unknown>();
  /** A file the folder could not give (outside it, not a regular file, too large, not UTF-8): an error at `file`/`path`. */
  const unreadableAt = (file: string, path: PathSegment[] | undefined, f: ReadFailure, value?: string) => {
    problems.push({
      file, ...(path ? { path } : {}),
      ...(f.line !== undefined && path === undefined ? { line: f.line, column: f.column } : path ? (() => { const y = yamls.get(file); return (y && locate(y, path)) ?? {}; })() : {}),
      message: f.message, ...(value !== undefined ? { value } : {}), ...(f.suggestion ? { suggestion: f.suggestion } : {}), severity: 'error',
    });
  };
  const problems: Problem[] = [];
  const yamls = new Map<string, YamlFile>();

  const report = (severity: Problem['severity'], file: string, path: PathSegment[] | undefined, message: string, extra: { value?: string; suggestion?: string; at?: 'key' | 'value' } = {}) => {
    const y = yamls.get(file);
    const pos = y && path ? locate(y, path, extra.at) : undefined;
    problems.push({
      file, ...(path ? { path } : {}), ...(pos ?? {}), message,
      ...(extra.value !== undefined ? { value: extra.value } : {}), ...(extra.suggestion ? { suggestion: extra.suggestion } : {}), severity,
    });
  };
  const error = (file: string, path: PathSegment[] | undefined, message: string, extra?: { value?: string; suggestion?: string; at?: 'key' | 'value' }) => report('error', file, path, message, extra);

  let labelToId: (label: string) => string | undefined = () => undefined;
  /** Every citation and actor id written anywhere, valid or not: an invalid entry must not make others look uncovered or unknown. */
  const rawCited = new Set<string>();
  const rawActors = new Set<string>();
  const scan = (v: unknown, key?: string): void => {
    if (Array.isArray(v)) v.forEach((e) => { if (key === 'cites' && typeof e === 'string') rawCited.add(e); else scan(e); });
    else if (v && typeof v === 'object') {
      for (const [k, e] of Object.entries(v)) {
        if ((k === 'fallback' || k === 'provision') && typeof e === 'string') rawCited.add(e);
        else scan(e, k);
      }
    }
  };

  /** A string value that is the skeleton's placeholder (`YAZILACAK…`): a todo under draft, an error otherwise. */
  const placeholderValues = (file: string, data: unknown) => {
    const walk = (v: unknown, path: PathSegment[]): void => {
      if (typeof v === 'string') {
        if (v.trim().toLocaleUpperCase('tr-TR').startsWith(PLACEHOLDER)) {
          const key = path.map((x, i) => (typeof x === 'number' ? `[${x}]` : `${i ? '.' : ''}${x}`)).join('');
          report(draft ? 'todo' : 'error', file, path, `"${key}" henüz yazılmadı.`, { value: v, suggestion: draft ? 'Metne göre yazın; taslakta yazılmadan kalabilir.' : 'Metne göre yazın; yazılmamış bir alanla mevzuat derlenmez (taslak için --draft).', at: 'key' });
        }
      } else if (Array.isArray(v)) v.forEach((e, i) => walk(e, [...path, i]));
      else if (v && typeof v === 'object') for (const [k, e] of Object.entries(v)) walk(e, [...path, k]);
    };
    walk(data, []);
  };
  /** `# YAZILACAK: …` comments, one problem each, where no problem stands on that line already. */
  const markers = (file: string, text: string, from: number) => {
    const taken = new Set(problems.slice(from).filter((p) => p.file === file).map((p) => p.line));
    for (const m of markerLines(text)) {
      if (taken.has(m.line)) continue;
      problems.push({
        file, line: m.line, column: 1, severity: draft ? 'todo' : 'error',
        message: draft ? `Yazılması gereken: ${m.what || "işaretli yer"}` : `"# YAZILACAK" işareti duruyor: ${m.what || 'işaretli yer'}`,
        suggestion: 'Metne göre yazın, sonra "# YAZILACAK" işaretini silin.',
      });
    }
  };
  /** Under draft, regulation.yaml's unwritten fields are todos and are left out of the validation. */
  const draftMeta = (data: unknown) => {
    const { data: rest, found } = placeholders(data, true);
    for (const f of found) {
      const key = f.path.join('.');
      if (problems.some((p) => p.file === 'regulation.yaml' && p.path?.join('.') === key)) continue;
      report('todo', 'regulation.yaml', f.path, `"${key}" henüz yazılmadı: ${f.what}.`, { suggestion: 'Metne göre yazın; taslak bu alan olmadan da derlenir, cevaplar onu "yazılmadı" ya da "bilinmiyor" diye verir.', at: 'key' });
    }
    return rest;
  };

  /**
   * Reads and validates one file. Where entries of a list are invalid, the valid ones are kept
   * (`data` is then partial and `valid` false) so that their own checks still run; `at(list, i)`
   * gives an entry's index in the file.
   */
  function load<S extends z.ZodObject>(file: string, schema: S, factFile: boolean, prepare?: (data: unknown) => unknown): Loaded<z.infer<S>> {
    const none = { valid: false, at: (_list: string, i: number) => i };
    const read = reader.text(file, { yaml: true });
    if (!read.ok && read.failure.reason === 'missing') {
      if (factFile && draft) report('todo', file, undefined, `${file} henüz yazılmamış.`, { suggestion: 'Taslakta eksik olabilir; bitmiş bir mevzuatta her dosya bulunur (bkz. regulations/README.md).' });
      else error(file, undefined, `${file} yok.`, { suggestion: factFile ? 'Dosyayı oluşturun (mevzuat new iskeletini yazar) ya da taslak için --draft kullanın.' : 'Klasörü mevzuat new ile oluşturun.' });
      return { ...none, missing: true };
    }
    if (!read.ok) { unreadableAt(file, undefined, read.failure); return none; }
    const text = read.value;
    let { yaml, data, problems: syntax } = readYaml(file, text);
    yamls.set(file, yaml);
    if (syntax.length) { problems.push(...syntax); return none; }
    rawData.set(file, data);
    scan(data);
    const before = problems.length;
    placeholderValues(file, data);
    if (prepare) data = prepare(data);
    markers(file, text, before);
    const r = schema.safeParse(data);
    if (r.success) return { data: r.data, valid: true, at: (_list, i) => i };
    problems.push(...zodProblems(yaml, schema, r.error, labelToId));
    const { partial, index } = partialParse(schema, data);
    return { data: partial as z.infer<S>, valid: false, at: (list, i) => index[list]?.[i] ?? i };
  }

  // ── the text ──────────────────────────────────────────────────────────────────────────────
  const textFile = load('text.yaml', TextInput, false);
  const text = textFile.valid ? textFile.data : undefined;
  let compiled: CompiledText | undefined;
  const provisionPath = new Map<string, PathSegment[]>();
  let provisionPaths: PathSegment[][] = [];
  if (text) {
    const walk = (nodes: TextNodeInput[], base: PathSegment[], visit: (n: TextNodeInput, p: PathSegment[]) => void) =>
      nodes.forEach((n, i) => { const p = [...base, i]; visit(n, p); if (n.children) walk(n.children, [...p, 'children'], visit); });
    walk(text.nodes, ['nodes'], (n, p) => {
      if (n.kind === 'article' && !/\d/.test(n.num ?? '') && n.number === undefined) {
        error('text.yaml', [...p, 'num'], 'Maddenin numarası yok; kimliği (art_N) numarasından çıkar.', { value: n.num ?? '', suggestion: 'Metin numara basmıyorsa "number: N" ekleyin (N maddenin sırası) ve regulation.yaml sic notlarına yazın.' });
      }
    });
    try {
      compiled = compileText(text.nodes);
    } catch (e) {
      error('text.yaml', ['nodes'], `Metin ağacı derlenemedi: ${(e as Error).message}`, { suggestion: 'Fıkra bentin, bent bentin içinde olamaz; bölüm dışındaki düğümler yalnızca title, part, heading, article, closing olabilir.' });
    }
    if (compiled) {
      const paths: PathSegment[][] = [];
      walk(text.nodes, ['nodes'], (n, p) => { if (PROVISION_KINDS.has(n.kind)) paths.push(p); });
      compiled.provisions.forEach((prov, i) => { if (!provisionPath.has(prov.id)) provisionPath.set(prov.id, paths[i]!); });
      provisionPaths = paths;
      const byLabel = new Map(compiled.provisions.flatMap((prov) => [prov.label, ...prov.altLabels].map((l) => [l, prov.id] as const)));
      labelToId = (label) => byLabel.get(label.replace(/^madde\s*/i, 'm.').replace(/^(\d)/, 'm.$1'));
    }
    const source = reader.text(text.source);
    if (!source.ok && source.failure.reason === 'missing') error('text.yaml', ['source'], `Kaynak dosya yok: ${text.source}`, { value: text.source });
    else if (!source.ok) unreadableAt('text.yaml', ['source'], source.failure, text.source);
    else {
      const gap = locateGap(source.value, text.nodes);
      if (gap) {
        error('text.yaml', gap.path, `Metin ağacı kaynağın tamamını harfi harfine tutmuyor; ${gap.index}. karakterde (boşluklar sayılmadan) ayrılıyor.`, {
          value: `…${gap.structure}…`,
          suggestion: `Kaynakta bu noktada "…${gap.source}…" yazıyor; text.yaml'ı kaynağa göre düzeltin (yazım hataları dahil, hiçbir şey düzeltilmez).`,
        });
      }
    }
  }
  const provisionIds = new Set(compiled?.provisions.map((p) => p.id) ?? []);
  const byId = new Map(compiled?.provisions.map((p) => [p.id, p]) ?? []);
  const at = (id: string) => provisionPath.get(id) ?? ['nodes'];
  if (compiled) {
    // each repeated id or label once, naming every line it stands on
    const lineOf = (path: PathSegment[] | undefined) => { const y = yamls.get('text.yaml'); return y && path ? locate(y, path)?.line : undefined; };
    const idPaths = new Map<string, PathSegment[][]>();
    compiled.provisions.forEach((p, i) => { const list = idPaths.get(p.id); const path = provisionPaths[i] ?? at(p.id); if (list) list.push(path); else idPaths.set(p.id, [path]); });
    for (const [id, paths] of idPaths) {
      if (paths.length < 2) continue;
      const lines = paths.map(lineOf).filter((l): l is number => l !== undefined);
      error('text.yaml', paths[1], `Aynı madde kimliği ${paths.length} kez çıkıyor: ${id}${lines.length ? ` (text.yaml satır ${lines.join(', ')})` : ''}.`, { value: id, suggestion: 'Bir madde içinde numaralar ve bent harfleri tekrar etmemeli. Metin bir listeyi yeniden başlatıyorsa (ör. "Ayrıca;" sonrası) ya da aynı madde numarasını iki kez basıyorsa text.yaml\'da o düğümleri ayırın (ayrı bir bölüm ya da fıkra), sonra mevzuat new --update ile iskeleti yeniden türetin.' });
    }
    const labels = new Map<string, string>();
    const reported = new Set<string>();
    for (const p of compiled.provisions) {
      for (const l of [p.label, ...p.altLabels]) {
        const first = labels.get(l);
        if (first !== undefined && first !== p.id && !reported.has(l)) {
          reported.add(l);
          const lines = [lineOf(at(first)), lineOf(at(p.id))].filter((x): x is number => x !== undefined);
          error('text.yaml', at(p.id), `${l} etiketi hem ${first} hem ${p.id} için çıkıyor${lines.length === 2 ? ` (text.yaml satır ${lines[0]} ve ${lines[1]})` : ''}.`, { value: l, suggestion: 'Etiket metnin bastığından çıkar; iki hüküm aynı etiketi alıyorsa text.yaml\'da birinin numarasını ya da yerini metne göre düzeltin.' });
        }
        if (first === undefined) labels.set(l, p.id);
      }
    }
  }

  // ── regulation.yaml and the other files ──────────────────────────────────────────────────
  const metaFile = (draft ? load('regulation.yaml', DraftMetaInput, false, draftMeta) : load('regulation.yaml', RegulationMetaInput, false)) as Loaded<RegulationMetaInput>;
  const meta: Partial<RegulationMetaInput> | undefined = metaFile.data;
  const orgFile = load('organisation.yaml', OrganisationInput, true);
  const dutiesFile = load('duties.yaml', DutiesInput, true);
  const rulesFile = load('rules.yaml', RulesInput, true);
  const coverageFile = load('coverage.yaml', CoverageInput, true);
  const org: OrganisationInput = { units: [], posts: [], offices: [], ...orgFile.data };
  const { duties } = { duties: [], ...dutiesFile.data };
  const rules: RulesInput = { reporting: [], deputies: [], correspondence: [], routing: [], definitions: [], ...rulesFile.data };
  const { noFact } = { noFact: [], ...coverageFile.data };
  const canActor = !!orgFile.data;
  const O = orgFile.at; const D = dutiesFile.at; const R = rulesFile.at; const C = coverageFile.at; const M = metaFile.at;

  if (meta) {
    const folder = basename(resolve(dir));
    if (meta.id !== undefined && folder !== meta.id) error('regulation.yaml', ['id'], `Klasörün adı mevzuatın kimliğiyle aynı olmalı; klasör "${folder}".`, { value: meta.id, suggestion: `Klasörü "${meta.id}" diye adlandırın ya da id'yi "${folder}" yapın.` });
    meta.sources?.forEach((s, i) => {
      const bytes = reader.bytes(s.file);
      if (!bytes.ok && bytes.failure.reason === 'missing') { error('regulation.yaml', ['sources', M('sources', i), 'file'], `Kaynak dosya yok: ${s.file}`, { value: s.file }); return; }
      if (!bytes.ok) { unreadableAt('regulation.yaml', ['sources', M('sources', i), 'file'], bytes.failure, s.file); return; }
      const got = sha256(bytes.value);
      if (got !== s.sha256) {
        error('regulation.yaml', ['sources', M('sources', i), 'sha256'], `${s.file} dosyasının sha256 özeti kayıtlı özetle uyuşmuyor: dosya değişmiş.`, {
          value: s.sha256, suggestion: `Kaynak metin bayt bayt korunur: değişikliği geri alın. Yeni bir metin bilerek konduysa özeti ${got} yapın ve text.yaml'ı yeniden denetleyin.`,
        });
      }
    });
    const authoritative = (meta.sources ?? []).filter((s) => s.role === 'authoritative');
    if (text && meta.sources && metaFile.valid && (authoritative.length !== 1 || authoritative[0]!.file !== text.source)) {
      error('regulation.yaml', ['sources'], `Tam olarak bir kaynak "authoritative" olmalı ve text.yaml'ın yapıldığı dosya (${text.source}) olmalı.`, { value: authoritative.map((s) => s.file).join(', ') || '(yok)' });
    }
  }

  // ── references ───────────────────────────────────────────────────────────────────────────
  const suggestProvision = (id: string) => {
    const fromLabel = labelToId(id);
    if (fromLabel) return `${id} maddesinin kimliği: ${fromLabel}`;
    const near = nearest(id, provisionIds);
    return near.length ? `Şunu mu demek istediniz: ${near.join(', ')}` : 'Kimlikleri görmek için: npx tsx scripts/provisions.ts <klasör>';
  };
  const cited = new Set<string>();
  const cites = (file: string, path: PathSegment[], ids: readonly string[]) => ids.forEach((id, j) => {
    cited.add(id);
    if (compiled && !provisionIds.has(id)) error(file, [...path, j], `Atıf çözülmüyor: metinde ${id} kimlikli bir hüküm yok.`, { value: id, suggestion: suggestProvision(id) });
  });
  const actors = new Map<string, string>();
  const actorNames = new Map<string, string>();
  for (const kind of ['units', 'posts', 'offices'] as const) {
    const raw = rawData.get('organisation.yaml') as Record<string, { id?: unknown }[] | undefined> | undefined;
    raw?.[kind]?.forEach?.((a) => { if (typeof a?.id === 'string') rawActors.add(a.id); });
    org[kind].forEach((a, i) => {
      if (actors.has(a.id)) error('organisation.yaml', [kind, O(kind, i), 'id'], `Aynı kimlik iki aktörde: ${a.id}.`, { value: a.id, suggestion: 'Kimlikler birim, kadro ve makamlar arasında tekil olmalı.' });
      actors.set(a.id, kind);
      actorNames.set(a.id, a.name);
    });
  }
  const actor = (file: string, path: PathSegment[], id: string | undefined) => {
    if (!canActor || id === undefined || actors.has(id) || (!orgFile.valid && rawActors.has(id))) return;
    const near = nearest(id, actors.keys());
    error(file, path, `Bilinmeyen aktör: "${id}" organisation.yaml'da birim, kadro ya da makam olarak yok.`, {
      value: id, suggestion: near.length ? `Şunu mu demek istediniz: ${near.join(', ')}` : 'Aktörü organisation.yaml\'a (units, posts ya da offices) dayandığı maddeyle ekleyin.',
    });
  };
  const factIds = new Map<string, string>();
  const fact = (file: string, path: PathSegment[], id: string) => {
    if (factIds.has(id)) error(file, [...path, 'id'], `Aynı olgu kimliği iki kez kullanılmış: ${id} (ilki ${factIds.get(id)}).`, { value: id, suggestion: 'Olgu kimlikleri bütün dosyalarda tekil olmalı.' });
    else factIds.set(id, file);
  };
  const verbatim = (file: string, path: PathSegment[], what: string, snippet: string, provisionId: string | undefined) => {
    const p = provisionId ? byId.get(provisionId) : undefined;
    if (p && !p.text.includes(snippet)) {
      error(file, path, `${what} ${p.label} metninde harfi harfine geçmiyor.`, {
        value: snippet, suggestion: `Metinden kopyalayın; ${p.label}: "${p.text.length > 240 ? `${p.text.slice(0, 240)}…` : p.text}"`,
      });
    }
  };

  const unitIds = new Set(org.units.map((u) => u.id));
  if (meta?.organisation !== undefined && canActor && orgFile.valid && !unitIds.has(meta.organisation)) {
    error('regulation.yaml', ['organisation'], `"${meta.organisation}" organisation.yaml'da bir birim değil.`, { value: meta.organisation, suggestion: `Düzenlenen birimi (Müdürlük) organisation.yaml units listesine ekleyin${nearest(meta.organisation, unitIds).length ? `; yakın olanlar: ${nearest(meta.organisation, unitIds).join(', ')}` : ''}.` });
  }
  org.units.forEach((u, i) => {
    const p: PathSegment[] = ['units', O('units', i)];
    cites('organisation.yaml', [...p, 'cites'], u.cites);
    if (u.parent !== undefined && !unitIds.has(u.parent) && !rawActors.has(u.parent)) error('organisation.yaml', [...p, 'parent'], `"${u.parent}" bir birim değil.`, { value: u.parent, suggestion: nearest(u.parent, unitIds).length ? `Şunu mu demek istediniz: ${nearest(u.parent, unitIds).join(', ')}` : 'Üst birimi units listesine ekleyin.' });
    u.parents?.forEach((q, k) => {
      if (!unitIds.has(q) && !rawActors.has(q)) error('organisation.yaml', [...p, 'parents', k], `"${q}" bir birim değil.`, { value: q, suggestion: nearest(q, unitIds).length ? `Şunu mu demek istediniz: ${nearest(q, unitIds).join(', ')}` : 'Üst birimi units listesine ekleyin.' });
    });
    u.includesDutiesOf?.forEach((inc, k) => { actor('organisation.yaml', [...p, 'includesDutiesOf', k, 'actor'], inc.actor); cites('organisation.yaml', [...p, 'includesDutiesOf', k, 'cites'], inc.cites); });
  });
  org.posts.forEach((post, i) => {
    const p: PathSegment[] = ['posts', O('posts', i)];
    cites('organisation.yaml', [...p, 'cites'], post.cites);
    if (post.unit !== undefined && !unitIds.has(post.unit) && !rawActors.has(post.unit)) error('organisation.yaml', [...p, 'unit'], `"${post.unit}" bir birim değil.`, { value: post.unit, suggestion: nearest(post.unit, unitIds).length ? `Şunu mu demek istediniz: ${nearest(post.unit, unitIds).join(', ')}` : 'Birimi units listesine ekleyin.' });
    if (post.heads && !post.unit) error('organisation.yaml', [...p, 'heads'], `${post.id} bir birimin başı (heads: true) ama unit alanı yok.`, { suggestion: 'Başında olduğu birimi unit ile yazın.' });
    post.includesDutiesOf?.forEach((inc, k) => { actor('organisation.yaml', [...p, 'includesDutiesOf', k, 'actor'], inc.actor); cites('organisation.yaml', [...p, 'includesDutiesOf', k, 'cites'], inc.cites); });
  });
  org.offices.forEach((o, i) => cites('organisation.yaml', ['offices', O('offices', i), 'cites'], o.cites));
  const heads = new Map<string, string>();
  org.posts.forEach((p, i) => {
    if (!p.heads) return;
    if (heads.has(p.unit!)) error('organisation.yaml', ['posts', O('posts', i), 'heads'], `${p.unit} biriminin iki başı var: ${heads.get(p.unit!)} ve ${p.id}.`, { suggestion: 'Bir birimin tek başı olur; birini heads: true olmaktan çıkarın.' });
    heads.set(p.unit!, p.id);
  });
  org.units.forEach((u, i) => {
    // every unit above u, through parent and parents; u among them is a cycle
    const seen = new Set<string>();
    const queue = [...(u.parent ? [u.parent] : []), ...(u.parents ?? [])];
    while (queue.length) {
      const cur = queue.shift()!;
      if (cur === u.id) { error('organisation.yaml', ['units', O('units', i), u.parents ? 'parents' : 'parent'], `Birim ağacında döngü: ${u.id} kendi altında kalıyor.`, { value: u.parent ?? u.parents?.join(', ') ?? '' }); break; }
      if (seen.has(cur)) continue;
      seen.add(cur);
      const up = org.units.find((x) => x.id === cur);
      if (up?.parent) queue.push(up.parent);
      queue.push(...(up?.parents ?? []));
    }
  });

  duties.forEach((d, i) => {
    const p: PathSegment[] = ['duties', D('duties', i)];
    fact('duties.yaml', p, d.id); actor('duties.yaml', [...p, 'holder'], d.holder); cites('duties.yaml', [...p, 'cites'], d.cites);
    if (d.excerpt) verbatim('duties.yaml', [...p, 'excerpt'], 'Alıntı (excerpt)', d.excerpt, d.cites[0]);
  });
  rules.reporting.forEach((r, i) => {
    const p: PathSegment[] = ['reporting', R('reporting', i)];
    fact('rules.yaml', p, r.id); actor('rules.yaml', [...p, 'from'], r.from); actor('rules.yaml', [...p, 'to'], r.to); cites('rules.yaml', [...p, 'cites'], r.cites);
    if (r.from === r.to) error('rules.yaml', [...p, 'to'], `${r.id}: bir aktör kendine bağlanamaz.`, { value: r.to });
  });
  rules.deputies.forEach((r, i) => {
    const p: PathSegment[] = ['deputies', R('deputies', i)];
    fact('rules.yaml', p, r.id); actor('rules.yaml', [...p, 'for'], r.for); r.deputies.forEach((a, k) => actor('rules.yaml', [...p, 'deputies', k], a)); cites('rules.yaml', [...p, 'cites'], r.cites);
  });
  rules.correspondence.forEach((r, i) => {
    const p: PathSegment[] = ['correspondence', R('correspondence', i)];
    fact('rules.yaml', p, r.id); cites('rules.yaml', [...p, 'cites'], r.cites);
    r.signers.forEach((s, k) => actor('rules.yaml', [...p, 'signers', k, 'actor'], s.actor));
    r.paraf.forEach((a, k) => actor('rules.yaml', [...p, 'paraf', k], a));
    r.parafQualifiers?.forEach((q, k) => { if (!r.paraf.includes(q.actor)) error('rules.yaml', [...p, 'parafQualifiers', k, 'actor'], `${q.actor} paraf listesinde yok; niteleme yalnızca paraf atanlar için yazılır.`, { value: q.actor, suggestion: `paraf listesine ekleyin ya da bu kaydı silin.` }); });
    if (r.signersJoin && r.signers.length < 2) error('rules.yaml', [...p, 'signersJoin'], 'signersJoin yalnızca birden çok imzalayan varken yazılır.', { value: r.signersJoin });
    if (r.parafQualifiers) for (const q of r.parafQualifiers) verbatim('rules.yaml', [...p, 'parafQualifiers'], 'Paraf niteleyicisi', q.qualifier, r.cites[0]);
    r.responsible.forEach((a, k) => actor('rules.yaml', [...p, 'responsible', k], a));
  });
  rules.routing.forEach((r, i) => {
    const p: PathSegment[] = ['routing', R('routing', i)];
    fact('rules.yaml', p, r.id); actor('rules.yaml', [...p, 'actor'], r.actor); cites('rules.yaml', [...p, 'cites'], r.cites);
  });
  rules.definitions.forEach((d, i) => {
    const p: PathSegment[] = ['definitions', R('definitions', i)];
    fact('rules.yaml', p, d.id); actor('rules.yaml', [...p, 'actor'], d.actor); cites('rules.yaml', [...p, 'cites'], d.cites);
    verbatim('rules.yaml', [...p, 'meaning'], 'Tanımın anlamı (meaning)', d.meaning, d.cites[0]);
  });
  if (meta) {
    meta.legalBasis?.forEach((lb, i) => cites('regulation.yaml', ['legalBasis', M('legalBasis', i), 'cites'], lb.cites));
    if (meta.adoption) cites('regulation.yaml', ['adoption', 'cites'], meta.adoption.cites);
    if (meta.entryIntoForce) cites('regulation.yaml', ['entryIntoForce', 'cites'], meta.entryIntoForce.cites);
    meta.repeals?.forEach((r, i) => cites('regulation.yaml', ['repeals', M('repeals', i), 'cites'], r.cites));
    if (meta.executor) {
      cites('regulation.yaml', ['executor', 'cites'], meta.executor.cites);
      actor('regulation.yaml', ['executor', 'actor'], meta.executor.actor); actor('regulation.yaml', ['executor', 'onBehalfOf'], meta.executor.onBehalfOf);
      meta.executor.jointWith?.forEach((j, k) => actor('regulation.yaml', ['executor', 'jointWith', k, 'actor'], j.actor));
      if (meta.executor.wording) verbatim('regulation.yaml', ['executor', 'wording'], 'Yürütücünün metindeki sözü (wording)', meta.executor.wording, meta.executor.cites[0]);
    }
    if (meta.fallback) {
      const fb = fallbackId(meta.fallback);
      const path: PathSegment[] = typeof meta.fallback === 'string' ? ['fallback'] : ['fallback', 'provision'];
      cited.add(fb);
      if (compiled && !provisionIds.has(fb)) error('regulation.yaml', path, `Atıf çözülmüyor: metinde ${fb} kimlikli bir hüküm yok.`, { value: fb, suggestion: suggestProvision(fb) });
    }
    meta.sic?.forEach((s, i) => {
      const p = byId.get(s.provision);
      if (compiled && !p) error('regulation.yaml', ['sic', M('sic', i), 'provision'], `Atıf çözülmüyor: metinde ${s.provision} kimlikli bir hüküm yok.`, { value: s.provision, suggestion: suggestProvision(s.provision) });
      else if (p && !p.text.includes(s.reading)) error('regulation.yaml', ['sic', M('sic', i), 'reading'], `"${s.reading}" ${p.label} metninde geçmiyor.`, { value: s.reading, suggestion: `Okunuşu metinden harfi harfine kopyalayın; ${p.label}: "${p.text.slice(0, 240)}"` });
    });
  }

  // ── coverage: every leaf provision carries a fact or is marked as carrying none ────────────
  const marked = new Set<string>();
  noFact.forEach((n, i0) => {
    const i = C('noFact', i0);
    if (compiled && !provisionIds.has(n.provision)) error('coverage.yaml', ['noFact', i, 'provision'], `Atıf çözülmüyor: metinde ${n.provision} kimlikli bir hüküm yok.`, { value: n.provision, suggestion: suggestProvision(n.provision) });
    if (marked.has(n.provision)) error('coverage.yaml', ['noFact', i, 'provision'], `${n.provision} iki kez noFact olarak yazılmış.`, { value: n.provision });
    if (cited.has(n.provision)) error('coverage.yaml', ['noFact', i, 'provision'], `${byId.get(n.provision)?.label ?? n.provision} hem bir olguya dayanak hem de noFact olarak işaretli.`, { value: n.provision, suggestion: 'Bir olgu bu hükme dayanıyorsa noFact kaydını silin.' });
    marked.add(n.provision);
  });
  // a fact file that could not be read at all hides what it cites: coverage waits until it is readable
  const unreadable = [orgFile, dutiesFile, rulesFile, coverageFile, metaFile].some((f) => !f.data && !f.missing);
  if (compiled && !unreadable) {
    // a citation written as a label (m.7/b) is already reported as malformed; its provision is not also uncovered
    for (const c of [...rawCited]) { const id = labelToId(c); if (id) rawCited.add(id); }
    const uncovered = compiled.provisions.filter((p) => p.leaf && !cited.has(p.id) && !marked.has(p.id) && !rawCited.has(p.id));
    for (const p of uncovered) {
      report(draft ? 'todo' : 'error', 'text.yaml', at(p.id), `${p.label} (${p.id}) henüz hiçbir olguya dayanak değil ve noFact olarak da işaretli değil.`, {
        value: p.text.length > 160 ? `${p.text.slice(0, 160)}…` : p.text,
        suggestion: 'Bu hükmü bir olgunun cites listesine ekleyin (duties.yaml, rules.yaml, organisation.yaml) ya da coverage.yaml noFact listesine gerekçesiyle yazın.',
      });
    }
  }

  // reporting lines: what the text states (explicit), the inferences authored as such, and the
  // structural lines the unit tree gives where the text states none
  const reporting: ReportingLine[] = rules.reporting.map(({ inferred, ...r }) => ({ ...r, basis: inferred ? 'structural' as const : 'explicit' as const }));
  const hasExplicit = (from: string) => rules.reporting.some((r) => r.from === from);
  const unitById = new Map(org.units.map((u) => [u.id, u]));
  const nameOf = (id: string) => unitById.get(id)?.name ?? org.posts.find((p) => p.id === id)?.name ?? id;
  /** The nearest unit at or above `unit` that has a head, and that head. */
  const headAt = (unit: string | undefined): [string, string] | undefined => {
    for (let u = unit; u; u = unitById.get(u)?.parent) {
      const h = heads.get(u);
      if (h) return [u, h];
    }
    return undefined;
  };
  // an inference rests on the facts it is drawn from: unreviewed when any of them is
  const reviewOf = (...facts: ({ review?: string } | undefined)[]) => (facts.some((f) => f?.review === 'pending') ? { review: 'pending' as const } : {});
  const postById = new Map(org.posts.map((p) => [p.id, p]));
  for (const u of org.units) {
    if (u.parent && !hasExplicit(u.id)) {
      reporting.push({ id: `structural-${u.id}`, from: u.id, to: u.parent, relation: 'attached-to', cites: [u.cites[0]!], basis: 'structural', ...reviewOf(u, unitById.get(u.parent)) });
    }
    // a generic unit under each of several units: one of them is its parent, the text does not say which
    if (u.parents && !hasExplicit(u.id)) {
      for (const q of u.parents) {
        reporting.push({ id: `structural-${u.id}-${q}`, from: u.id, to: q, relation: 'attached-to', cites: [u.cites[0]!], basis: 'structural', note: `Her ${u.name} ${u.parents.map(nameOf).join(', ')} birimlerinden birine bağlıdır; metin hangisine olduğunu söylemez.` });
      }
    }
  }
  // a post answers to the head of its unit; in a sub-unit without a head (Karşıyaka's Müdürlük
  // Ofisi), to the head of the nearest enclosing unit that has one; a head, to the head above
  for (const p of org.posts) {
    if (!p.unit || hasExplicit(p.id)) continue;
    const found = headAt(p.heads ? unitById.get(p.unit)?.parent : p.unit);
    if (!found || found[1] === p.id) continue;
    const [unit, target] = found;
    const line: ReportingLine = { id: `structural-${p.id}`, from: p.id, to: target, relation: 'superior', cites: [p.cites[0]!], basis: 'structural', ...reviewOf(p, postById.get(target), unitById.get(p.unit), unitById.get(unit)) };
    if (!p.heads && unit !== p.unit) line.note = `Metin ${nameOf(p.unit)} için bir amir göstermez; ${nameOf(target)}, bu birimi kapsayan ${genitive(nameOf(unit))} başıdır.`;
    reporting.push(line);
  }
  // a unit's line to an office outside the organisation reaches the unit's head (Karşıyaka: the
  // Müdürlük works attached to the Başkan Yardımcısı, m.5/2; so does its Müdür)
  const officeIds = new Set(org.offices.map((o) => o.id));
  for (const r of rules.reporting) {
    const head = heads.get(r.from);
    if (!head || !officeIds.has(r.to) || reporting.some((l) => l.from === head && l.to === r.to)) continue;
    const line: ReportingLine = {
      id: `structural-${head}-${r.id}`, from: head, to: r.to, relation: r.relation, cites: r.cites, basis: 'structural',
      note: `Metin bunu ${nameOf(r.from)} için söyler; ${nameOf(head)} bu birimin başıdır.`,
      ...reviewOf(r, postById.get(head)),
    };
    if (r.condition) line.condition = r.condition;
    reporting.push(line);
  }
  // no cycles among unconditional lines
  const up = new Map<string, string[]>();
  for (const r of reporting) if (!r.condition) up.set(r.from, [...(up.get(r.from) ?? []), r.to]);
  const visiting = new Set<string>(); const done = new Set<string>();
  const visit = (a: string): void => {
    if (done.has(a)) return;
    if (visiting.has(a)) {
      const i = rules.reporting.findIndex((r) => r.from === a && !r.condition);
      if (i >= 0) error('rules.yaml', ['reporting', i, 'to'], `Bağlılık hatlarında döngü: ${a} ${actorNames.get(a) ? `(${actorNames.get(a)}) ` : ''}kendi üstüne bağlanıyor.`, { value: rules.reporting[i]!.to, suggestion: 'Koşulsuz hatlar bir ağaç oluşturmalı; döngüyü kuran hattı metne göre düzeltin (bir hat yalnızca koşulla geçerliyse condition yazın).' });
      else error('organisation.yaml', undefined, `Bağlılık hatlarında döngü: ${a}.`, { value: a, suggestion: 'Birim ağacındaki parent ve heads alanlarını kontrol edin.' });
      return;
    }
    visiting.add(a); (up.get(a) ?? []).forEach(visit); visiting.delete(a); done.add(a);
  };
  [...up.keys()].forEach(visit);

  // ── review: machine-drafted facts nobody has confirmed yet ─────────────────────────────────
  // a draft lists them as work to do, file by file; a finished regulation has none
  for (const file of ['regulation.yaml', 'organisation.yaml', 'duties.yaml', 'rules.yaml']) {
    const pending = pendingPaths(rawData.get(file)); // the data as read, within the alias limit: a second toJS would expand a bomb unbounded
    if (!pending.length) continue;
    report(draft ? 'todo' : 'error', file, pending[0], `${pending.length} olgu henüz gözden geçirilmedi (review: pending); ilki burada.`, {
      suggestion: draft
        ? 'Her olguyu dayandığı hükümle karşılaştırın (mevzuat review <klasör>); doğruysa review satırını silin, yanlışsa düzeltin.'
        : 'Bitmiş bir mevzuatta gözden geçirilmemiş olgu olmaz: mevzuat review <klasör> ile her birini hükmüyle karşılaştırıp onaylayın (review satırını silin) ya da taslak olarak --draft ile yükleyin.',
    });
  }

  const order = ['regulation.yaml', 'text.yaml', 'organisation.yaml', 'duties.yaml', 'rules.yaml', 'coverage.yaml'];
  const rank = (f: string) => (order.includes(f) ? order.indexOf(f) : order.length);
  problems.sort((a, b) => rank(a.file) - rank(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));

  if (!metaFile.valid || !compiled || problems.some((p) => p.severity === 'error')) return { problems };

  const { fallback: fallbackInput, ...metaRest } = draft ? fillUnwritten(meta as DraftMetaInput) : meta as RegulationMetaInput;
  const anyPending = [
    meta?.executor, meta?.entryIntoForce, meta?.adoption, ...(meta?.legalBasis ?? []), ...(meta?.repeals ?? []),
    typeof fallbackInput === 'object' ? fallbackInput : undefined,
    ...org.units, ...org.posts, ...org.offices, ...duties, ...rules.reporting, ...rules.deputies, ...rules.correspondence, ...rules.routing, ...rules.definitions,
  ].some((f) => f?.review === 'pending');

  // executing the regulation is a duty the yürütme article gives its executor (and each joint
  // executor): where no duty records it (a duty of that actor resting on that article), it is
  // derived from `executor`, with the executor's review state
  const executor = metaRest.executor;
  const allDuties = [...duties];
  for (const actor of executor ? [executor.actor, ...(executor.jointWith ?? []).map((j) => j.actor)] : []) {
    if (duties.some((d) => d.holder === actor && d.cites[0] === executor!.cites[0])) continue;
    const id = `${actor}-duzenlemeyi-yurutur`;
    allDuties.push({ id: factIds.has(id) ? `${id}-yurutme` : id, holder: actor, cites: [...executor!.cites], topics: ['execution'], ...(executor!.review ? { review: executor!.review } : {}) });
  }
  const out: Regulation = {
    ...metaRest,
    ...(fallbackInput !== undefined && { fallback: fallbackId(fallbackInput) }),
    ...(typeof fallbackInput === 'object' && fallbackInput.review === 'pending' && { fallbackReview: 'pending' as const }),
    ...(anyPending && { review: 'pending' as const }),
    units: org.units, posts: org.posts, offices: org.offices,
    duties: allDuties, reporting,
    deputies: rules.deputies, correspondence: rules.correspondence, routing: rules.routing, definitions: rules.definitions,
    noFact,
    document: compiled.document, articles: compiled.articles, provisions: compiled.provisions,
  };
  const check = Regulation.safeParse(out);
  if (!check.success) {
    problems.push({ file: 'regulation.yaml', message: `Derlenen mevzuat şemaya uymuyor (yazılım hatası olabilir): ${check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, severity: 'error' });
    return { problems };
  }
  return { regulation: out, problems };
}

/**
 * Compiles a finished regulation folder for the build.
 *
 * @throws {DataError} listing every problem (`file:line:column: hata: …`) when anything is wrong.
 */
export function compileRegulation(dir: string): Regulation {
  const { regulation, problems } = checkRegulationDir(dir);
  if (!regulation) {
    throw new DataError(`${basename(resolve(dir))}: ${problems.length} sorun\n${problems.map((p) => formatProblem(p, dir)).join('\n')}`, problems);
  }
  return regulation;
}

type Loaded<T> = { data?: T; valid: boolean; missing?: true; at: (list: string, i: number) => number };

/** The provision id of the fallback clause, written either as the id or as `{ provision, review }`. */
const fallbackId = (f: string | { provision: string }) => (typeof f === 'string' ? f : f.provision);

/** The path of every object in a file's data that carries `review: pending`, in file order. */
function pendingPaths(data: unknown, base: PathSegment[] = []): PathSegment[][] {
  // facts sit at most a few levels deep (file → list → fact → field): deeper nesting holds none
  if (base.length > 6) return [];
  if (Array.isArray(data)) return data.flatMap((e, i) => pendingPaths(e, [...base, i]));
  if (!data || typeof data !== 'object') return [];
  const own = (data as Record<string, unknown>).review === 'pending' ? [[...base, 'review']] : [];
  return [...own, ...Object.entries(data).flatMap(([k, v]) => (k === 'review' ? [] : pendingPaths(v, [...base, k])))];
}

/**
 * The valid part of a file's data: each top-level field that validates, and of each list the
 * entries that validate, with their indices in the file.
 */
function partialParse(schema: z.ZodObject, raw: unknown): { partial: Record<string, unknown>; index: Record<string, number[]> } {
  const partial: Record<string, unknown> = {};
  const index: Record<string, number[]> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { partial, index };
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const value = (raw as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const r = field.safeParse(value);
    if (r.success) { partial[key] = r.data; continue; }
    const def = (field as unknown as { _zod: { def: { type: string; element?: z.ZodType } } })._zod.def;
    if (def.type === 'array' && def.element && Array.isArray(value)) {
      const kept: unknown[] = [];
      index[key] = [];
      value.forEach((e, i) => { const er = def.element!.safeParse(e); if (er.success) { kept.push(er.data); index[key]!.push(i); } });
      partial[key] = kept;
    }
  }
  return { partial, index };
}

/** Where the structure first parts from the source (whitespace aside), with the node and field it happens in. */
function locateGap(source: string, nodes: TextNodeInput[]): { index: number; path: PathSegment[]; source: string; structure: string } | undefined {
  const a = stripMarkup(source).replace(/\s+/g, '');
  const b = serialise(nodes);
  if (a === b) return undefined;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let offset = 0;
  let found: PathSegment[] = ['nodes'];
  const walk = (list: TextNodeInput[], base: PathSegment[]): boolean => list.some((n, k) => {
    const p = [...base, k];
    for (const field of ['heading', 'num', 'title', 'text'] as const) {
      const s = n[field]?.replace(/\s+/g, '') ?? '';
      if (s && i < offset + s.length) { found = [...p, field]; return true; }
      offset += s.length;
    }
    return n.children ? walk(n.children, [...p, 'children']) : false;
  });
  if (!walk(nodes, ['nodes'])) found = nodes.length ? [...['nodes'], nodes.length - 1] : ['nodes'];
  return { index: i, path: found, source: a.slice(Math.max(0, i - 20), i + 40), structure: b.slice(Math.max(0, i - 20), i + 40) };
}

