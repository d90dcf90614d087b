/**
 * Problems found in a regulation folder, as data: the file, the path inside it, the line and
 * column, a Turkish message, the offending value and a suggestion. Also reads YAML keeping
 * positions, and turns zod issues into such problems.
 */
import { Composer, Document, LineCounter, Parser, YAMLParseError, isMap, isScalar, isSeq, visit, type Node as YamlNode } from 'yaml';
import { escapeInput } from '../internal/escape.js';
import type { z } from 'zod';
import { distance } from '../internal/distance.js';
import { slugify } from '../fold.js';

/** A step in a path into a YAML document: a key or an index. */
export type PathSegment = string | number;

/**
 * One problem in a regulation folder. `severity` is `todo` only under `--draft`, for what is not
 * encoded yet (a provision without a fact, a fact file not written yet).
 */
export type Problem = {
  /** The file, relative to the folder (`duties.yaml`). */
  file: string;
  /** Where in the file's data (`['duties', 3, 'holder']`). */
  path?: PathSegment[];
  /** 1-based line and column, when the place could be found. */
  line?: number;
  column?: number;
  /** What is wrong, in Turkish. */
  message: string;
  /** The offending value, as written. */
  value?: string;
  /** What to do about it, in Turkish. */
  suggestion?: string;
  severity: 'error' | 'todo';
};

/** A YAML file read with its positions. */
export type YamlFile = { file: string; doc: Document; lines: LineCounter };

const yamlErrorTr: Partial<Record<string, string>> = {
  BAD_INDENT: 'girinti hatalı.',
  TAB_AS_INDENT: 'girintide sekme var; yalnızca boşluk kullanılır.',
  DUPLICATE_KEY: 'aynı anahtar iki kez yazılmış.',
  MISSING_CHAR: 'kapanmamış bir ayraç ya da tırnak var.',
  BLOCK_AS_IMPLICIT_KEY: 'bir liste ya da eşleme anahtar yerinde kullanılmış (girintiyi kontrol edin).',
  MULTILINE_IMPLICIT_KEY: 'anahtar tek satırda olmalı (iki nokta üst üsteden sonra boşluk olmalı).',
  UNEXPECTED_TOKEN: 'beklenmeyen bir işaret var.',
  BAD_SCALAR_START: 'değer bu işaretle başlayamaz; değeri tırnak içine alın.',
  BAD_DQ_ESCAPE: 'çift tırnak içinde geçersiz bir kaçış dizisi var.',
  MULTIPLE_DOCS: 'dosyada birden çok YAML belgesi var (---).',
  BLOCK_IN_FLOW: 'köşeli ya da süslü ayraç içinde blok biçimi kullanılmış.',
};

/** Deepest nesting of collections a regulation file may have (the built-in ones reach 13). */
export const MAX_YAML_DEPTH = 64;
/** Most alias expansions a file may make (the `yaml` package's `maxAliasCount`). */
export const MAX_YAML_ALIASES = 100;

type CstLike = { type?: string; value?: unknown; key?: unknown; items?: unknown[]; offset?: number };

/** The deepest collection nesting in a CST token, walked without recursion, and where it first goes past `limit`. */
function cstDepth(token: unknown, limit: number): { depth: number; offset?: number } {
  const stack: [CstLike, number][] = [[token as CstLike, 0]];
  let depth = 0;
  while (stack.length) {
    const [t, d] = stack.pop()!;
    if (!t || typeof t !== 'object') continue;
    const isCollection = t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection';
    const here = isCollection ? d + 1 : d;
    if (here > depth) depth = here;
    if (here > limit) return { depth: here, ...(typeof t.offset === 'number' ? { offset: t.offset } : {}) };
    if (t.value) stack.push([t.value as CstLike, here]);
    if (Array.isArray(t.items)) {
      for (const item of t.items as CstLike[]) {
        if (item?.key) stack.push([item.key as CstLike, here]);
        if (item?.value) stack.push([item.value as CstLike, here]);
      }
    }
  }
  return { depth };
}

const yamlSuggestion = 'Girintileri (boşluk, sekme değil), iki nokta üst üsteden sonraki boşluğu ve tırnakları kontrol edin; aynı anahtar iki kez yazılmamalı.';

/**
 * Reads YAML text keeping positions; syntax errors come back as problems. Hostile input is
 * bounded: nesting deeper than {@link MAX_YAML_DEPTH} is refused before the document is built
 * (the tokens are walked without recursion), aliases expand at most {@link MAX_YAML_ALIASES}
 * times, only the core schema's tags are known (a custom tag is a problem), a key that is a list
 * or a mapping is a problem, and the `yaml` package's warnings are problems too: it never writes
 * to stderr.
 */
export function readYaml(file: string, text: string): { yaml: YamlFile; data: unknown; problems: Problem[] } {
  const lines = new LineCounter();
  const problem = (offset: number | undefined, message: string, suggestion = yamlSuggestion): Problem => {
    const pos = offset !== undefined ? lines.linePos(offset) : undefined;
    return { file, ...(pos ? { line: pos.line, column: pos.col } : {}), message, suggestion, severity: 'error' };
  };
  const empty = (problems: Problem[]) => ({ yaml: { file, doc: new Document(null), lines }, data: undefined, problems });
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  for (const t of tokens) {
    const { depth, offset } = cstDepth(t, MAX_YAML_DEPTH);
    if (depth > MAX_YAML_DEPTH) {
      return empty([problem(offset, `YAML çok derin iç içe geçiyor: ${MAX_YAML_DEPTH} düzeyden derin liste ya da eşleme okunmaz.`, 'Bir mevzuat dosyası birkaç düzey derinliktedir (madde, fıkra, bent, alt bent); dosyanın yapısını kontrol edin.')]);
    }
  }
  let doc: Document | undefined;
  try {
    for (const d of new Composer({ prettyErrors: false, uniqueKeys: true, schema: 'core', logLevel: 'silent', strict: true }).compose(tokens, true, text.length)) {
      if (!doc) doc = d;
      else { doc.errors.push(new YAMLParseError(d.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'multiple documents')); break; }
    }
  } catch (e) {
    if (e instanceof RangeError) return empty([problem(undefined, 'YAML okunamadı: dosyanın yapısı çok derin ya da çok büyük.')]);
    throw e;
  }
  doc ??= new Document(null);
  const yaml: YamlFile = { file, doc, lines };
  // the first syntax error only: the ones after it are mostly its echoes
  const first = doc.errors[0];
  if (first) {
    return { yaml, data: undefined, problems: [problem(first.pos[0], `YAML sözdizimi hatası: ${yamlErrorTr[first.code] ?? escapeInput(first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), 200)}`)] };
  }
  const problems: Problem[] = [];
  for (const w of doc.warnings) {
    const why = w.code === 'TAG_RESOLVE_FAILED' ? 'bilinmeyen bir etiket (tag) var; yalnızca düz metin, sayı, true/false, liste ve eşleme yazılır.' : yamlErrorTr[w.code] ?? escapeInput(w.message.split('\n')[0]!, 200);
    problems.push(problem(w.pos[0], `YAML uyarısı: ${why}`, 'Değerin başındaki ! ile başlayan etiketi silin ya da değeri tırnak içine alın.'));
  }
  // a key must be a plain value: a list or a mapping as a key would be turned into text
  visit(doc, {
    Pair(_k, pair) {
      const key = pair.key as YamlNode | null;
      if (key && !isScalar(key)) problems.push(problem(key.range?.[0], 'YAML: bir liste ya da eşleme anahtar olarak kullanılmış; anahtar düz bir ad olmalı.', 'Anahtarı düz bir ad yapın (ör. "units:"); ? ile başlayan karmaşık anahtarlar okunmaz.'));
    },
  });
  if (problems.length) return { yaml, data: undefined, problems: problems.slice(0, 1) };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    if (e instanceof ReferenceError || e instanceof RangeError) {
      return { yaml, data: undefined, problems: [problem(undefined, `YAML takma adları (& ve *) çok fazla açılıyor: en çok ${MAX_YAML_ALIASES} açılım okunur.`, 'Takma adları (&ad, *ad) kaldırıp değerleri açıkça yazın.')] };
    }
    throw e;
  }
  return { yaml, data, problems: [] };
}

/** The node at `path`, or the deepest node on the way to it; with the key node when the last step found a key. */
function nodeAt(doc: Document, path: PathSegment[]): { node: YamlNode | null | undefined; key?: YamlNode; complete: boolean } {
  let node = doc.contents as YamlNode | null | undefined;
  let key: YamlNode | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (!pair) return { node, complete: false };
      key = pair.key as YamlNode;
      node = (pair.value as YamlNode | null) ?? key;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      key = undefined;
      node = node.items[seg] as YamlNode;
    } else return { node, complete: false };
  }
  return { node, ...(key ? { key } : {}), complete: true };
}

/** The 1-based line and column of `path` in the file (of its key when `at` is `key`), or of the nearest enclosing node. */
export function locate(y: YamlFile, path: PathSegment[], at: 'key' | 'value' = 'value'): { line: number; column: number } | undefined {
  const { node, key } = nodeAt(y.doc, path);
  const target = at === 'key' && key ? key : node;
  const offset = target?.range?.[0];
  if (offset === undefined) return undefined;
  const { line, col } = y.lines.linePos(offset);
  return { line, column: col };
}

/** The value at `path`, as written, for messages. */
export function valueAt(y: YamlFile, path: PathSegment[]): string | undefined {
  const { node, complete } = nodeAt(y.doc, path);
  if (!complete || !node) return undefined;
  let v: unknown;
  // a collection with aliases may expand without bound: its value is then not shown
  try { v = isScalar(node) ? node.value : (node as { toJSON?: (arg?: unknown, ctx?: unknown) => unknown }).toJSON?.(); } catch { return undefined; }
  if (v === undefined || v === null) return undefined;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Up to three candidates nearest to `input`, best first. */
export function nearest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const cap = Math.max(2, Math.floor(input.length / 3));
  return [...new Set(candidates)]
    .map((c) => ({ c, d: distance(input, c, cap) }))
    .filter(({ d }) => d <= cap)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, limit)
    .map(({ c }) => c);
}

const typeTr: Record<string, string> = {
  string: 'metin', number: 'sayı', boolean: 'true ya da false', array: 'liste', object: 'anahtar: değer eşlemesi', int: 'tam sayı',
};

type AnySchema = { _zod: { def: Record<string, unknown> & { type: string } } };

/** The object keys a schema allows at `path`, where it can be told (for suggesting a misspelt key). */
function keysAt(schema: AnySchema, path: PathSegment[]): string[] {
  let s: AnySchema | undefined = schema;
  const unwrap = () => {
    for (let i = 0; s && i < 10; i++) {
      const d: Record<string, unknown> & { type: string } = s._zod.def;
      if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default') s = d.innerType as AnySchema;
      else if (d.type === 'lazy') s = (d.getter as () => AnySchema)();
      else if (d.type === 'pipe') s = d.in as AnySchema;
      else return;
    }
  };
  for (const seg of path) {
    unwrap();
    if (!s) return [];
    const d: Record<string, unknown> & { type: string } = s._zod.def;
    if (d.type === 'object' && typeof seg === 'string') s = (d.shape as Record<string, AnySchema>)[seg];
    else if (d.type === 'array' && typeof seg === 'number') s = d.element as AnySchema;
    else return [];
  }
  unwrap();
  return s && s._zod.def.type === 'object' ? Object.keys(s._zod.def.shape as object) : [];
}

const customTr: Record<string, string> = {
  'on-date needs a date; on-event has none': 'rule: on-date ise date yazılmalı; on-event ise date yazılmamalı.',
  'a correspondence rule names signers or someone responsible': 'Bir yazışma kuralı ya imzalayanları (signers) ya da sorumluyu (responsible) adlandırmalı.',
};

/**
 * Turns a zod error on a file's data into problems with Turkish messages, each placed at its line
 * and column. `labelToId` turns a label (`m.14/b`) into a provision id, for suggestions.
 */
export function zodProblems(y: YamlFile, schema: z.ZodType, error: z.ZodError, labelToId?: (label: string) => string | undefined): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is PathSegment => typeof p === 'string' || typeof p === 'number');
    const last = path.at(-1);
    // the field as a reader finds it: municipality.name, duties[3].topics[0]
    const key = path.length ? path.map((x, i) => (typeof x === 'number' ? `[${x}]` : `${i ? '.' : ''}${x}`)).join('') : undefined;
    const where = (p: PathSegment[], at: 'key' | 'value' = 'value') => locate(y, p, at) ?? {};
    const value = valueAt(y, path);
    const base = { file: y.file, path, severity: 'error' as const };
    switch (issue.code) {
      case 'invalid_type': {
        if (value === undefined && !(key !== undefined && nodeAt(y.doc, path).complete)) {
          return { ...base, ...where(path), message: `"${String(key ?? '(kök)')}" alanı eksik; bu alan zorunlu.`, suggestion: `"${String(last)}:" satırını ekleyin (bkz. regulations/README.md).` };
        }
        // the whole file is of the wrong kind (a list, a bare value): say so, not "undefined"
        if (key === undefined) return { ...base, ...where(path), message: `Dosyanın tamamı ${typeTr[issue.expected] ?? issue.expected} olmalı (ör. "source: source.txt" gibi satırlar); başka türde bir değer yazılmış.`, ...(value !== undefined ? { value } : {}), suggestion: 'Dosyanın en üst düzeyinde "anahtar: değer" satırları olmalı (bkz. regulations/README.md).' };
        return { ...base, ...where(path), message: `"${String(key)}" ${typeTr[issue.expected] ?? issue.expected} olmalı.`, ...(value !== undefined ? { value } : {}) };
      }
      case 'unrecognized_keys': {
        const allowed = keysAt(schema as unknown as AnySchema, path);
        const k = issue.keys[0]!;
        const near = nearest(k, allowed);
        // in a flow map ({ … }) an unquoted value with a comma ends at the comma: what follows reads as a key
        const pos = where([...path, k], 'key') as { line?: number };
        const parent = nodeAt(y.doc, path).node as { flow?: boolean } | null | undefined;
        const fromComma = !near.length && !/^[A-Za-z][A-Za-z0-9]*$/.test(k) && isMap(parent) && parent.flow === true;
        return {
          ...base, path: [...path, k], ...pos,
          message: fromComma ? `Bilinmeyen alan: "${k}". Süslü ayraç ({ … }) içindeki bir değerde tırnaksız bir virgül var gibi: değer virgülde bitmiş, kalanı alan adı sanılmış.` : `Bilinmeyen alan: ${issue.keys.map((x) => `"${x}"`).join(', ')}.`, value: k,
          suggestion: fromComma ? 'Virgül içeren değeri çift tırnak içine alın: meaning: "Müdürü, Şefi ve personeli"' : near.length ? `Şunu mu demek istediniz: ${near.join(', ')}` : allowed.length ? `Bu düzeyde yazılabilecek alanlar: ${allowed.join(', ')}.` : 'Bu alanı silin.',
        };
      }
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        const near = value ? nearest(value, allowed) : [];
        return {
          ...base, ...where(path), message: `"${String(key)}" için geçersiz değer; geçerli değerler: ${allowed.join(', ')}.`,
          ...(value !== undefined ? { value } : {}), ...(near.length ? { suggestion: `Şunu mu demek istediniz: ${near.join(', ')}` } : {}),
        };
      }
      case 'too_small':
        return {
          ...base, ...where(path),
          message: issue.origin === 'array' ? `"${String(key)}" listesinde en az ${String(issue.minimum)} öğe olmalı.` : `"${String(key)}" boş olamaz.`,
        };
      case 'invalid_format': {
        const pattern = 'pattern' in issue ? String(issue.pattern) : '';
        if (pattern.includes('art_')) {
          const id = value ? labelToId?.(value) : undefined;
          return { ...base, ...where(path), message: 'Madde kimliği art_14, art_8__para_7, art_14__point_b biçiminde olmalı.', ...(value !== undefined ? { value } : {}), suggestion: id ? `${value} maddesinin kimliği: ${id}` : 'Kimlikleri görmek için: npx tsx scripts/provisions.ts <klasör>' };
        }
        if (pattern.includes('\\d{4}')) return { ...base, ...where(path), message: 'Tarih YYYY-AA-GG biçiminde olmalı.', ...(value !== undefined ? { value } : {}), suggestion: 'Örnek: "2024-03-12" (tırnak içinde).' };
        if (pattern.includes('0-9a-f')) return { ...base, ...where(path), message: 'sha256 özeti 64 onaltılık karakter olmalı.', ...(value !== undefined ? { value } : {}) };
        if (pattern.includes('a-z0-9')) return { ...base, ...where(path), message: 'Kimlik küçük harfli, Türkçe harfsiz, tireyle ayrılmış olmalı (ör. yazi-isleri-mudurlugu).', ...(value !== undefined ? { value, suggestion: `Önerilen: ${slugify(value)}` } : {}) };
        return { ...base, ...where(path), message: `"${String(key)}" biçimi geçersiz.`, ...(value !== undefined ? { value } : {}) };
      }
      case 'custom':
        return { ...base, ...where(path), message: customTr[issue.message] ?? issue.message };
      default:
        return { ...base, ...where(path), message: issue.message, ...(value !== undefined ? { value } : {}) };
    }
  });
}

/**
 * Formats a problem for people: `file:line:column: hata: message`, then the value and the
 * suggestion on their own lines. `escape` is applied to every part, since each may quote the files.
 *
 * @example
 * formatProblem({ file: 'duties.yaml', line: 4, column: 12, message: 'Bilinmeyen aktör.', value: 'mudr', suggestion: 'Şunu mu demek istediniz: mudur', severity: 'error' }, 'regulations/ornekkoy')
 * //=> 'regulations/ornekkoy/duties.yaml:4:12: hata: Bilinmeyen aktör.\n  değer: mudr\n  öneri: Şunu mu demek istediniz: mudur'
 */
export function formatProblem(p: Problem, dir?: string, escape: (s: string) => string = (s) => s): string {
  const file = dir ? `${dir.replace(/\/+$/, '')}/${p.file}` : p.file;
  const pos = p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : '';
  return [
    `${escape(file)}${pos}: ${p.severity === 'error' ? 'hata' : 'yapılacak'}: ${escape(p.message)}`,
    ...(p.value !== undefined ? [`  değer: ${escape(p.value)}`] : []),
    ...(p.suggestion ? [`  öneri: ${escape(p.suggestion)}`] : []),
  ].join('\n');
}
