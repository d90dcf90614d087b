import { z } from 'zod';

/**
 * Kinds of node in a regulation's text.
 *
 * Provisions (citable): `article` (madde), `paragraph` (fıkra, numbered `(1)` or unnumbered),
 * `point` (bent, lettered `a)`), `item` (an unlabelled list entry), `section` (a heading inside an
 * article that groups entries, e.g. a unit's duties). The rest carry text but no legal rule:
 * `title` (the title lines), `part` (bölüm), `heading` (a caption between articles), `closing`
 * (signature block, approval, e-signature line).
 *
 * @example
 * getRegulation('izmir').document.filter((n) => n.kind === 'closing').map((n) => n.text)
 * //=> ['OLUR', 'Buğra GÖKÇE', 'Genel Sekreter', …]
 */
export const NodeKind = z.enum(['title', 'part', 'heading', 'article', 'paragraph', 'point', 'item', 'section', 'closing']);
export type NodeKind = z.infer<typeof NodeKind>;

/**
 * One node of the text as authored in `regulations/<id>/text.yaml`. Every string is verbatim
 * from the source (whitespace inside a string is collapsed to single spaces). The source reads,
 * in order: `heading`, `num`, `title`, `text`, then the children.
 */
export type TextNodeInput = {
  kind: NodeKind;
  /** A caption printed above the node (`Yürürlük` above `MADDE 20`). */
  heading?: string;
  /** The number or letter as printed: `MADDE 14 –`, `(1)`, `a)`, `(b)`, `BİRİNCİ BÖLÜM`. */
  num?: string;
  /** A title printed after the number (`Bağlılık;` in `MADDE 6 - Bağlılık;`). */
  title?: string;
  /** The node's own text (for a container: its chapeau). */
  text?: string;
  /**
   * Only for an article the source prints without its number (`MADDE –`): the number the editor
   * assigns from its position. Not part of the text; note it under `sic:` in `regulation.yaml`.
   */
  number?: number;
  children?: TextNodeInput[];
};
export const TextNodeInput: z.ZodType<TextNodeInput> = z.lazy(() =>
  z.strictObject({
    kind: NodeKind,
    heading: z.string().min(1).optional(),
    num: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    text: z.string().min(1).optional(),
    number: z.number().int().positive().optional(),
    children: z.array(TextNodeInput).min(1).optional(),
  }),
);

/** The authored text file: the whole document as a list of top-level nodes. */
export const TextInput = z.strictObject({
  /** The source file this structure was made from, relative to the regulation folder. */
  source: z.string(),
  nodes: z.array(TextNodeInput).min(1),
});
export type TextInput = z.infer<typeof TextInput>;

/**
 * A node of the compiled text: ids and labels assigned, everything else as authored.
 *
 * @example
 * getRegulation('konak').articles[13]
 * //=> { id: 'art_14', kind: 'article', heading: 'Diğer kurum ve kuruluşlarla koordinasyon', num: 'MADDE 14 –',
 * //     title: 'Diğer kurum ve kuruluşlarla koordinasyon;', label: 'm.14', children: [{ id: 'art_14__point_a', … }, …] }
 */
export type TextNode = {
  id: string;
  kind: NodeKind;
  heading?: string;
  num?: string;
  title?: string;
  text?: string;
  /** Present on provisions: the Turkish citation label (`m.14/b`). */
  label?: string;
  children?: TextNode[];
};
export const TextNode: z.ZodType<TextNode> = z.lazy(() =>
  z.strictObject({
    id: z.string(),
    kind: NodeKind,
    heading: z.string().optional(),
    num: z.string().optional(),
    title: z.string().optional(),
    text: z.string().optional(),
    label: z.string().optional(),
    children: z.array(TextNode).optional(),
  }),
);

/**
 * A citable provision, flattened for lookup: everything a {@link Citation} needs.
 *
 * @example
 * getRegulation('konak').provisions.find((p) => p.label === 'm.9/t')
 * //=> { id: 'art_9__point_t', kind: 'point', label: 'm.9/t', altLabels: [], article: 9, item: 't',
 * //     text: 'Müdürün herhangi bir sebeple bulunmadığı zamanlarda Müdürün görevlerini yürütmek.', parent: 'art_9', leaf: true }
 */
export const Provision = z.strictObject({
  id: z.string(),
  kind: z.enum(['article', 'paragraph', 'point', 'item', 'section']),
  label: z.string(),
  /** Other labels `cite` accepts for this provision (`m.5/1-k` for `m.5/k`). */
  altLabels: z.array(z.string()),
  article: z.number().int().positive(),
  /**
   * Present only for an article outside the regular numbering: `temporary` for `GEÇİCİ MADDE n`
   * (label `geçici m.n`), `additional` for `EK MADDE n` (label `ek m.n`); `article` is then `n`.
   */
  articleKind: z.enum(['temporary', 'additional']).optional(),
  paragraph: z.number().int().positive().optional(),
  section: z.string().optional(),
  item: z.string().optional(),
  /** Verbatim text: the node's own text, followed for a container by its children's lines. */
  text: z.string(),
  parent: z.string().optional(),
  /** True when the provision has no child provisions. */
  leaf: z.boolean(),
});
export type Provision = z.infer<typeof Provision>;
