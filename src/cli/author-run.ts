// `mevzuat new` and `mevzuat check`: the file-system side of authoring a regulation folder. The
// contents come from src/author/ (pure); the checks from src/compile/regulation.ts, the compiler the
// build uses.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { parseRegulationText, type ParseProblem } from '../parse/text.js';
import { compileText } from '../compile/text.js';
import type { TextNodeInput } from '../schema/text.js';
import { META_FACTS, isHuman, keptFacts, provisionMap, type Moved } from '../author/update.js';
import { draftRegulation, type NewSummary } from '../author/skeleton.js';
import { checkRegulationDir, formatProblem, type Problem } from '../compile/regulation.js';
import { slugify } from '../fold.js';
import { escapeInput } from '../internal/escape.js';
import { SafeFolder, decodeUtf8, type ReadFailure } from '../internal/safe-fs.js';
import { readYaml } from '../compile/problems.js';
import { UsageError } from './args.js';
import type { Output } from './commands.js';
import type { Style } from './text.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** File contents quoted in messages may be long; still escaped, cut at a generous length. */
const quote = (s: string) => escapeInput(s, 600);
const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

/** Runs `fn`, turning a file-system failure into a usage error (exit 2) that says what to do. */
function fsStep<T>(what: string, path: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const why = code === 'EACCES' || code === 'EPERM' ? 'yazma izni yok' : code === 'ENOENT' ? 'yol bulunamadı (kırık bir bağlantı olabilir)' : code === 'ENOTDIR' ? 'yolun bir parçası klasör değil' : code === 'EEXIST' ? 'orada zaten bir şey var' : code === 'ENOSPC' ? 'diskte yer yok' : code === 'EROFS' ? 'dosya sistemi salt okunur' : 'dosya sistemi hatası';
    throw new UsageError(`${what}: "${quote(path)}" (${why}).`, [], 'Yazılabilir bir klasör verin: --out <klasör>');
  }
}

/** True when something (a file, a folder, a symlink, even a dangling one) is at `path`. */
const occupied = (path: string) => { try { lstatSync(path); return true; } catch { return false; } };

/**
 * Validates a folder's files as `check --draft` does, on a scratch copy in `work` (a folder named
 * like the regulation, holding source.txt): what `draftRegulation` calls between its rounds.
 */
const checker = (work: string) => (files: Record<string, string>): Problem[] => {
  for (const [name, content] of Object.entries(files)) writeFileSync(join(work, name), content);
  return checkRegulationDir(work, { draft: true }).problems;
};

/**
 * Writes a new regulation folder from a source text; refuses an existing folder. The folder is
 * made in a scratch folder beside the target, checked there as `mevzuat check --draft` would, and
 * renamed into place only when written completely: nothing half-written is ever left.
 */
export function runNew(source: string, id: string | undefined, out: string | undefined, style: Style): Output {
  const suggestedId = slugify(basename(source).replace(/\.[^.]+$/, ''));
  if (id === undefined) throw new UsageError('Eksik seçenek: --id <kimlik>', [], `Örnek: mevzuat new ${quote(source)} --id ${suggestedId || 'ornekkoy'}`);
  if (!SLUG.test(id)) {
    throw new UsageError(`Geçersiz kimlik: "${quote(id)}". Kimlik küçük harfli, Türkçe harfsiz, tireyle ayrılmış olmalı.`, slugify(id) ? [slugify(id)] : [], 'Örnek: --id ornekkoy');
  }
  if (!existsSync(source) || !statSync(source).isFile()) throw new UsageError(`Kaynak dosya bulunamadı: "${quote(source)}"`);
  const dir = out ?? join('regulations', id);
  if (basename(resolve(dir)) !== id) {
    throw new UsageError(`Klasörün adı kimlikle aynı olmalı: "${quote(dir)}" ile --id ${id} uyuşmuyor.`, [], `Örnek: --out ${join(resolve(dir, '..'), id)}`);
  }
  if (occupied(dir)) throw new UsageError(`Klasör zaten var: "${quote(dir)}". mevzuat new var olan bir klasörün üzerine yazmaz.`, [], `Metni yeniden okutmak için: mevzuat new --update ${quote(dir)}. Ya da başka bir --out verin.`);
  const bytes = readFileSync(source);
  const raw = bytes.toString('utf8');
  if (raw.includes('\uFFFD')) {
    throw new UsageError(`Kaynak UTF-8 değil: "${quote(source)}". Türkçe harfler bozulmasın diye önce UTF-8'e çevirin.`, [], 'Örnek: iconv -f WINDOWS-1254 -t UTF-8 eski.txt > yeni.txt');
  }
  // a text with no article has nothing a fact could cite: say what the parser looks for and write nothing
  if (parseRegulationText(raw).problems.some((p) => p.kind === 'no-article')) {
    throw new UsageError(`Metinde madde bulunamadı: "${quote(source)}" dosyasında hiçbir satır "MADDE 1 –", "Madde 1-" ya da "MADDE 1:" biçiminde başlamıyor. Klasör yazılmadı.`, [],
      'Maddelerin numaralandığı satırları kaynakta "MADDE 1 –" biçimine getirip yeniden deneyin; metin başka bir numaralandırma kullanıyorsa bildirin.');
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const parent = dirname(resolve(dir));
  fsStep('Klasör oluşturulamadı', parent, () => mkdirSync(parent, { recursive: true }));
  const scratch = fsStep('Klasöre yazılamadı', parent, () => mkdtempSync(join(parent, `.${id}.mevzuat-new-`)));
  try {
    const work = join(scratch, id);
    mkdirSync(work);
    writeFileSync(join(work, 'source.txt'), bytes);
    const check = checker(work);
    const { files, summary } = draftRegulation({ id, raw, sha256, receivedAs: basename(source) }, { check });
    const problems = check(files);
    fsStep('Klasör yerine konamadı', dir, () => renameSync(work, dir));
    const errors = problems.filter((p) => p.severity === 'error');
    const toWrite = todoLines(files);
    return {
      data: { dir, files: ['source.txt', ...Object.keys(files)], sha256, summary, ...(errors.length ? { problems: errors } : {}) },
      text: formatNew(dir, sha256, summary, toWrite, raw, style, errors),
      code: errors.length ? 2 : 0,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The `# YAZILACAK:` markers of the files, as `file: field (what)`. */
function todoLines(files: Record<string, string>): string[] {
  return Object.entries(files).flatMap(([name, content]) => content.split('\n').flatMap((line) => {
    const m = /^\s*(?:- )?([\w]+):.*# YAZILACAK: (.*)$/.exec(line);
    return m ? [`${name}: ${m[1]} (${m[2]})`] : [];
  }));
}

/** The source's line `n` (1-based), for quoting beside a parser warning. */
function sourceLine(raw: string, n: number): string | undefined {
  if (!(n >= 1)) return undefined;
  let start = 0;
  for (let i = 1; i < n; i++) {
    const next = raw.indexOf('\n', start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  const end = raw.indexOf('\n', start);
  return raw.slice(start, end < 0 ? raw.length : end).replace(/\r$/, '');
}

/** A parser warning as `new` prints it: line number, message, and the line itself (escaped, capped). */
export function formatParseProblem(p: ParseProblem, raw: string): string {
  const line = sourceLine(raw, p.line);
  return [`  ${p.line >= 1 ? `satır ${p.line}: ` : ''}${quote(p.message)}`, ...(line !== undefined && line.trim() ? [`      | ${escapeInput(line.trim(), 160)}`] : [])].join('\n');
}

function formatNew(dir: string, sha256: string, s: NewSummary, toWrite: string[], raw: string, style: Style, errors: Problem[]): string {
  const names = (cs: { name: string; label: string }[]) => cs.map((c) => `${quote(c.name)}${c.label ? ` (${c.label})` : ''}`).join(', ') || '—';
  const left = s.leaves - s.covered;
  return [
    style.bold(`Yeni mevzuat klasörü: ${quote(dir)}`),
    `  source.txt         kaynak metin, bayt bayt (sha256 ${sha256.slice(0, 12)}…)`,
    `  text.yaml          ${s.articles} madde, ${s.provisions} hüküm (${s.leaves} yaprak hüküm)`,
    '  regulation.yaml    başlık, tür, belediye, dayanak, yürürlük, yürütme adayları',
    `  organisation.yaml  ${s.units.length} birim, ${s.posts.length} kadro, ${s.offices.length} makam adayı`,
    `  duties.yaml        ${s.drafted.duties ? `${s.drafted.duties} taslak görev (review: pending)` : 'boş: görevler sizin'}`,
    `  rules.yaml         ${s.definitions.length} tanım adayı${s.drafted.rules ? `, ${s.drafted.rules} taslak kural (review: pending)` : ''}`,
    '  coverage.yaml      amaç ve kapsam maddeleri için noFact adayları',
    '',
    style.bold('Metinden okunanlar'),
    `  Başlık: ${s.title ? quote(s.title) : '— (metinde başlık satırı yok)'}`,
    `  Tür: ${s.kind === 'yonerge' ? 'yönerge' : 'yönetmelik'}`,
    `  Tanımlar: ${names(s.definitions)}`,
    `  Birim adayları: ${names(s.units)}`,
    `  Kadro adayları: ${names(s.posts)}`,
    `  Makam adayları: ${names(s.offices)}`,
    ...(s.parseProblems.length ? ['', style.bold(`Yapılacaklar: ayrıştırıcının karar veremediği yerler (${s.parseProblems.length}, kaynak satırıyla)`), ...s.parseProblems.map((p) => formatParseProblem(p, raw)), '  Her birini kaynakla karşılaştırın; text.yaml yanlışsa düzeltin ve mevzuat new --update ile iskeleti yeniden türetin.'] : []),
    ...(s.drafted.actors + s.drafted.duties + s.drafted.rules + s.drafted.meta ? ['', style.bold('Metinden taslak olarak okunanlar (review: pending)'),
      `  ${s.drafted.actors} birim/kadro/makam, ${s.drafted.duties} görev, ${s.drafted.rules} kural, ${s.drafted.meta} künye bilgisi. Her birini metinle karşılaştırın; doğruysa "review: pending" satırını silin.`] : []),
    ...(s.draftTodos.length ? ['', style.bold(`Taslakta okunamayan hükümler (${s.draftTodos.length})`), ...s.draftTodos.map((t) => `  ${quote(t.label ?? t.provision)}: ${quote(t.message)}`)] : []),
    ...(s.rejected.length ? ['', style.bold(`Denetimden geçmediği için yazılmayan taslak olgular (${s.rejected.length})`), ...s.rejected.map((r) => `  ${quote(r.file)} ${quote(r.what)}: ${quote(r.message)}`)] : []),
    ...(errors.length ? ['', style.bold(`İskelet denetimden geçmedi (${errors.length} hata); bu bir yazılım hatasıdır, lütfen bildirin:`), ...errors.map((p) => formatProblem(p, dir, quote))] : []),
    '',
    style.bold('Kodlanacaklar'),
    `  ${s.leaves} yaprak hükmün ${s.covered} tanesi iskelette bir olguya ya da noFact adayına bağlandı; ${left} tanesi bekliyor.`,
    ...s.toEncode.map((t) => `  ${t.label} ${quote(t.heading)}: ${t.what}`),
    ...toWrite.map((t) => `  ${quote(t)}`),
    '  "GÖZDEN GEÇİRİN" işaretli her değer bir tahmindir: metinle karşılaştırıp doğrulayın, sonra işareti silin.',
    '',
    `Sonraki adım: mevzuat check ${quote(dir)} --draft`,
  ].join('\n');
}

/** Validates a folder with everything the build checks; exit 2 on any error. */
export function runCheck(dir: string, draft: boolean, style: Style): Output {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`Klasör bulunamadı: "${quote(dir)}"`, [], 'Kullanım: mevzuat check <klasör> [--draft]');
  const { regulation, problems } = checkRegulationDir(dir, { draft });
  const errors = problems.filter((p) => p.severity === 'error');
  const todos = problems.filter((p) => p.severity === 'todo');
  const block = (ps: Problem[]) => ps.map((p) => formatProblem(p, dir, quote)).join('\n');
  const lines: string[] = [];
  if (errors.length) lines.push(block(errors), '');
  if (todos.length) lines.push(style.bold(`Yapılacaklar (${todos.length})`), block(todos), '');
  if (errors.length) {
    lines.push(`${errors.length} hata${todos.length ? `, ${todos.length} yapılacak` : ''}. Mevzuat derlenmedi; hataları düzeltip yeniden deneyin.`);
  } else if (regulation) {
    const facts = regulation.duties.length + regulation.reporting.filter((r) => r.basis === 'explicit').length + regulation.deputies.length
      + regulation.correspondence.length + regulation.routing.length + regulation.definitions.length;
    lines.push(`${todos.length ? 'Taslak derleniyor' : 'Sorun yok'}: ${regulation.id} — ${regulation.articles.length} madde, ${regulation.provisions.length} hüküm, ${facts} olgu${todos.length ? `; ${todos.length} yapılacak kaldı` : ''}.`);
  }
  return {
    data: { ok: errors.length === 0, draft, ...(regulation ? { regulation: regulation.id } : {}), problems },
    text: lines.join('\n'),
    code: errors.length ? 2 : 0,
  };
}


/**
 * `mevzuat new --update <folder>`: re-derives the skeleton of an existing folder without losing
 * work. The tree is the folder's text.yaml (a person may have repaired it), or with `reparse` a new
 * parse of source.txt. What a person wrote or reviewed is kept and its provision references are
 * carried over to the tree's ids (by label, then by verbatim text); what the machine drafted
 * (`review: pending`, placeholders) is drafted again. The files are checked on a scratch copy,
 * the old ones copied to a backup folder beside the folder, then each new file renamed into place.
 * A folder whose files cannot be read is refused, untouched.
 */
export function runUpdate(dir: string, reparse: boolean, style: Style): Output {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`Klasör bulunamadı: "${quote(dir)}"`, [], 'Kullanım: mevzuat new --update <klasör>');
  const id = basename(resolve(dir));
  if (!SLUG.test(id)) throw new UsageError(`Klasörün adı bir mevzuat kimliği değil: "${quote(id)}".`);
  // read as the compiler reads: inside the folder, regular files, strict UTF-8, within the size limits
  const folder = SafeFolder.open(dir);
  // the bytes as received (the hash and the scratch copy are of these), then their strict UTF-8 text
  const refuse = (f: ReadFailure): never => {
    if (f.reason === 'missing') throw new UsageError(`Klasörde source.txt yok: "${quote(dir)}".`, [], 'Yeni bir klasör için: mevzuat new <kaynak> --id <kimlik>');
    throw new UsageError(`${f.message} Klasöre dokunulmadı.`, [], f.suggestion);
  };
  const source = folder.bytes('source.txt');
  if (!source.ok) return refuse(source.failure);
  const bytes = source.value;
  const decoded = decodeUtf8(bytes, 'source.txt');
  if (!decoded.ok) return refuse(decoded.failure);
  const raw = decoded.value;
  // every file must read, or nothing is touched
  const names = ['text.yaml', 'regulation.yaml', 'organisation.yaml', 'duties.yaml', 'rules.yaml', 'coverage.yaml'];
  const texts: Record<string, string> = {};
  const data: Record<string, unknown> = {};
  for (const name of names) {
    const read = folder.text(name, { yaml: true });
    if (!read.ok && read.failure.reason === 'missing') continue;
    if (!read.ok) throw new UsageError(`${read.failure.message} Klasöre dokunulmadı.`, [], read.failure.suggestion);
    texts[name] = read.value;
    // the compiler's reader: depth and alias limits, no custom tags
    const parsed = readYaml(name, read.value);
    if (parsed.problems.some((p) => p.severity === 'error')) throw new UsageError(`${name} okunamıyor (YAML hatası); klasöre dokunulmadı.`, [], `Önce hatayı düzeltin: mevzuat check ${quote(dir)} --draft`);
    data[name] = parsed.data;
  }
  const parsedNodes = parseRegulationText(raw).nodes;
  const ownNodes = (data['text.yaml'] as { nodes?: TextNodeInput[] } | undefined)?.nodes;
  const tryCompile = (nodes: readonly TextNodeInput[] | undefined) => { try { return nodes ? compileText(nodes as TextNodeInput[]) : undefined; } catch { return undefined; } };
  const fresh = tryCompile(parsedNodes);
  const own = tryCompile(ownNodes);
  if (!reparse && !own) throw new UsageError('text.yaml derlenemiyor; klasöre dokunulmadı.', [], `Metin ağacını düzeltin ya da kaynaktan yeniden okutun: mevzuat new --update ${quote(dir)} --reparse`);
  // the tree the facts were written against, and the one they are to cite now
  const before = reparse ? own ?? fresh : fresh ?? own;
  const after = reparse ? fresh : own;
  const to = before && after ? provisionMap(before, after) : (x: string) => x;
  const afterIds = new Set(after?.provisions.map((p) => p.id) ?? []);
  const { keep, noFact, moved } = keptFacts(data, to, (x) => afterIds.has(x));
  // a reference whose provision is gone while its id now names another one would cite the wrong
  // text: refuse, and say which, rather than guess
  const metaRefs: string[] = [];
  const refs = (x: unknown, key?: string): void => {
    if (typeof x === 'string' && (key === 'cites' || key === 'provision' || key === 'fallback')) metaRefs.push(x);
    else if (Array.isArray(x)) x.forEach((e) => refs(e, key));
    else if (x && typeof x === 'object') Object.entries(x).forEach(([k, v]) => refs(v, k));
  };
  const metaData = (data['regulation.yaml'] ?? {}) as Record<string, unknown>;
  for (const key of META_FACTS) if (metaData[key] !== undefined && isHuman(metaData[key])) refs(metaData[key], key);
  const taken = [...moved.filter((m) => m.taken), ...metaRefs.filter((x) => to(x) === undefined && afterIds.has(x)).map((x) => ({ file: 'regulation.yaml', from: x }))];
  if (taken.length) {
    throw new UsageError(`${taken.length} atıf taşınamıyor: hükmü artık yok ve kimliği şimdi başka bir hükmün; klasöre dokunulmadı.\n${taken.slice(0, 20).map((m) => `  ${quote(m.file)}: ${quote(m.from)}`).join('\n')}`, [], 'Bu atıfları text.yaml\'daki yeni kimliklerine elle çevirin (ya da silin), sonra yeniden deneyin.');
  }

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const parent = dirname(resolve(dir));
  const scratch = fsStep('Klasöre yazılamadı', parent, () => mkdtempSync(join(parent, `.${id}.mevzuat-update-`)));
  try {
    const work = join(scratch, id);
    mkdirSync(work);
    writeFileSync(join(work, 'source.txt'), bytes);
    const check = checker(work);
    const oldMeta = data['regulation.yaml'] as Record<string, unknown> | undefined;
    const receivedAs = (Array.isArray(oldMeta?.sources) ? (oldMeta.sources as { file?: string; receivedAs?: string }[]).find((s) => s.file === 'source.txt')?.receivedAs : undefined) ?? 'source.txt';
    const { files, summary } = draftRegulation({ id, raw, sha256, receivedAs }, { check, keep, keepNoFact: noFact, ...(!reparse && ownNodes ? { nodes: ownNodes } : {}) });
    if (!reparse && texts['text.yaml'] !== undefined) files['text.yaml'] = texts['text.yaml'];
    if (texts['regulation.yaml'] !== undefined) files['regulation.yaml'] = updateMeta(texts['regulation.yaml'], files['regulation.yaml']!, to, moved);
    const problems = check(files);
    // the old files to a backup beside the folder, then each new file into place
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const backup = join(parent, `.${id}.yedek-${stamp}`);
    fsStep('Yedek alınamadı', backup, () => { mkdirSync(backup); for (const [name, content] of Object.entries(texts)) writeFileSync(join(backup, name), content); });
    for (const name of Object.keys(files)) fsStep('Dosya yerine konamadı', join(dir, name), () => renameSync(join(work, name), join(dir, name)));
    const errors = problems.filter((p) => p.severity === 'error');
    const lost = moved.filter((m) => !m.to);
    const carried = moved.filter((m) => m.to);
    const kept = keep.organisation.units.length + keep.organisation.posts.length + keep.organisation.offices.length + keep.duties.length
      + Object.values(keep.rules).reduce((n, l) => n + l.length, 0) + noFact.length;
    const text = [
      style.bold(`Güncellendi: ${quote(dir)}`),
      `  Metin ağacı: ${reparse ? 'source.txt yeniden okundu' : 'text.yaml olduğu gibi kullanıldı'} (${summary.articles} madde, ${summary.provisions} hüküm).`,
      `  Korunan, kişinin yazdığı ya da gözden geçirdiği olgu: ${kept}. Yeniden taslak olarak okunan: ${summary.drafted.actors + summary.drafted.duties + summary.drafted.rules} (review: pending).`,
      `  Yeni kimliğine taşınan atıf: ${carried.length}.`,
      ...carried.slice(0, 40).map((m) => `    ${quote(m.file)}: ${quote(m.from)} → ${quote(m.to!)}`),
      ...(lost.length ? [style.bold(`  Hükmü artık bulunmayan atıf (${lost.length}); olduğu gibi bırakıldı, düzeltin:`), ...lost.map((m) => `    ${quote(m.file)}: ${quote(m.from)}`)] : []),
      `  Eski dosyaların yedeği: ${quote(backup)}`,
      ...(errors.length ? ['', style.bold(`Denetim (${errors.length} hata):`), ...errors.map((p) => formatProblem(p, dir, quote))] : []),
      '',
      `Sonraki adım: mevzuat check ${quote(dir)} --draft`,
    ].join('\n');
    return { data: { dir, backup, kept, moved, summary, ...(errors.length ? { problems: errors } : {}) }, text, code: errors.length ? 2 : 0 };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * regulation.yaml after an update: the person's file, its comments and every field kept; of the
 * fields that are facts (dayanak, yürürlük, yürütme…), a human one has its references carried
 * over, and a drafted or unwritten one is replaced by the new draft's (or removed when the new
 * draft has none).
 */
function updateMeta(old: string, drafted: string, to: (id: string) => string | undefined, moved: Moved[]): string {
  const doc = parseDocument(old);
  const fresh = parse(drafted) as Record<string, unknown>;
  const carry = (x: unknown, key?: string): unknown => {
    if (typeof x === 'string' && (key === 'cites' || key === 'provision' || key === 'fallback')) { const t = to(x); if (t !== x) moved.push({ file: 'regulation.yaml', from: x, ...(t ? { to: t } : {}) }); return t ?? x; }
    if (Array.isArray(x)) return x.map((e) => carry(e, key));
    if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, carry(v, k)]));
    return x;
  };
  for (const key of META_FACTS) {
    const v = doc.get(key, true);
    const value = (v && typeof v === 'object' && 'toJSON' in v ? (v as { toJSON: () => unknown }).toJSON() : v) as unknown;
    const human = value !== undefined && value !== null && !(Array.isArray(value) && !value.length) && isHuman(value);
    if (human) {
      const next = carry(value, key);
      if (JSON.stringify(next) !== JSON.stringify(value)) doc.set(key, next);
    } else if (fresh[key] !== undefined) doc.set(key, fresh[key]);
    else if (value !== undefined) doc.delete(key);
  }
  return doc.toString({ lineWidth: 0 });
}
