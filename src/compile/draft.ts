/**
 * Draft mode of the compiler: what a regulation folder may leave unwritten while it is a draft
 * (`mevzuat check --draft`, `loadRegulationDir(dir, { draft: true })`), and how the compiled draft
 * presents what is missing — as missing, never as an invented fact.
 *
 * A field of `regulation.yaml` is a placeholder when it is absent, empty (`""`, `[]`, nothing after
 * the colon) or holds the word `YAZILACAK`. Under draft each placeholder is a `todo` at its line and
 * the compiled regulation says plainly that it is not written (the summary says so, the yürürlük
 * answers `unknown` citing nothing, the executor is absent); without draft each is an error. A YAML
 * comment `# YAZILACAK: …` (what `mevzuat new` writes where a person must write something) is a
 * `todo` under draft and an error otherwise: delete it once the thing is written.
 */
import { z } from 'zod';
import { RegulationMetaInput } from '../schema/regulation.js';
import type { PathSegment } from './problems.js';

/** The word the skeleton writes where a person must write something. */
export const PLACEHOLDER = 'YAZILACAK';

/** A placeholder-able field of regulation.yaml: its path and what to write there, in Turkish. */
type DraftField = { path: PathSegment[]; what: string };

/** The fields of regulation.yaml a draft may leave unwritten. */
export const DRAFT_FIELDS: readonly DraftField[] = [
  { path: ['title'], what: 'mevzuatın başlığı (metinde yoksa yazın ve titleSource: supplied yapın)' },
  { path: ['municipality', 'name'], what: 'belediyenin adı' },
  { path: ['municipality', 'province'], what: 'belediyenin bulunduğu il' },
  { path: ['aliases'], what: 'kullanıcının yazabileceği kısa adlar (ör. belediyenin adı)' },
  { path: ['summary'], what: 'mevzuatın ne düzenlediği, bir iki cümle' },
  { path: ['legalBasis'], what: 'dayanılan kanun, dayandığı maddeyle (Dayanak maddesi)' },
  { path: ['entryIntoForce'], what: 'yürürlük kuralı, dayandığı maddeyle (Yürürlük maddesi)' },
  { path: ['executor'], what: 'yürütücü ve dayandığı madde (Yürütme maddesi)' },
];

/** True for a value that is a placeholder: absent, empty, or the word YAZILACAK. */
export function isPlaceholder(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '' || v.trim().toLocaleUpperCase('tr-TR').startsWith(PLACEHOLDER);
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v).length === 0;
  return false;
}

const get = (data: unknown, path: PathSegment[]): { parent?: Record<string, unknown>; value: unknown } => {
  let parent: Record<string, unknown> | undefined;
  let cur: unknown = data;
  for (const seg of path) {
    if (!cur || typeof cur !== 'object' || Array.isArray(cur)) return { value: undefined };
    parent = cur as Record<string, unknown>;
    cur = parent[seg as string];
  }
  return { ...(parent ? { parent } : {}), value: cur };
};

/**
 * The placeholders of regulation.yaml's data. With `remove`, they are deleted from `data` (a
 * copy is made first), so that the rest validates against {@link DraftMetaInput}.
 */
export function placeholders(data: unknown, remove: boolean): { data: unknown; found: DraftField[] } {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { data, found: [] };
  const copy = remove ? structuredClone(data) : data;
  const found: DraftField[] = [];
  for (const f of DRAFT_FIELDS) {
    const { parent, value } = get(copy, f.path);
    // an absent field is only a placeholder when its parent is there (municipality: with no name)
    if (f.path.length > 1 && !parent) continue;
    if (!isPlaceholder(value)) continue;
    found.push(f);
    if (remove && parent) delete parent[f.path.at(-1) as string];
  }
  return { data: copy, found };
}

/** regulation.yaml as a draft may write it: the placeholder-able fields optional. */
export const DraftMetaInput = RegulationMetaInput.extend({
  title: RegulationMetaInput.shape.title.optional(),
  municipality: z.strictObject({
    name: z.string().min(1).optional(),
    kind: RegulationMetaInput.shape.municipality.shape.kind,
    province: z.string().min(1).optional(),
  }),
  aliases: z.array(z.string().min(1)).optional(),
  summary: RegulationMetaInput.shape.summary.optional(),
  legalBasis: RegulationMetaInput.shape.legalBasis.optional(),
  entryIntoForce: RegulationMetaInput.shape.entryIntoForce.optional(),
  executor: RegulationMetaInput.shape.executor.optional(),
});
export type DraftMetaInput = z.infer<typeof DraftMetaInput>;

/** What the compiled draft says where a field is not written yet: that it is not written. */
export const UNWRITTEN = {
  title: 'Başlığı henüz yazılmamış mevzuat taslağı',
  titleNote: 'Başlık henüz yazılmadı; bu ad metnin başlığı değildir.',
  municipality: 'henüz yazılmadı',
  summary: 'Bu bir taslaktır; özeti henüz yazılmadı.',
  entryIntoForce: 'Yürürlük hükmü bu taslakta henüz kodlanmadı; yürürlük durumu bilinmiyor.',
} as const;

/**
 * The regulation meta a draft compiles to: every unwritten field filled with a statement that it
 * is unwritten (title supplied, summary and municipality saying so, a yürürlük that cites nothing
 * and answers `unknown`), no dayanak, no executor. Nothing here is a fact of the text.
 */
export function fillUnwritten(meta: DraftMetaInput): RegulationMetaInput {
  const out = { ...meta } as Record<string, unknown>;
  if (meta.title === undefined) { out.title = UNWRITTEN.title; out.titleSource = 'supplied'; out.titleNote = UNWRITTEN.titleNote; }
  out.municipality = { ...meta.municipality, name: meta.municipality.name ?? UNWRITTEN.municipality, province: meta.municipality.province ?? UNWRITTEN.municipality };
  if (meta.aliases === undefined) out.aliases = [];
  if (meta.summary === undefined) out.summary = UNWRITTEN.summary;
  if (meta.legalBasis === undefined) out.legalBasis = [];
  if (meta.entryIntoForce === undefined) out.entryIntoForce = { rule: 'on-event', condition: UNWRITTEN.entryIntoForce, cites: [] };
  return out as RegulationMetaInput;
}

/** The 1-based lines of a YAML file whose comment carries the `# YAZILACAK:` marker, with what it asks. */
export function markerLines(text: string): { line: number; what: string }[] {
  const out: { line: number; what: string }[] = [];
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line += 1;
    const l = text.slice(start, end);
    const hash = l.indexOf('#');
    if (hash >= 0) {
      const at = l.indexOf(`${PLACEHOLDER}:`, hash);
      if (at >= 0 && l.slice(hash + 1, at).trim() === '') out.push({ line, what: l.slice(at + PLACEHOLDER.length + 1).trim() });
    }
    start = end + 1;
  }
  return out;
}
