import { z } from 'zod';

/**
 * A pointer into a regulation's text that any answer can carry: the provision's id, its
 * Turkish label (`m.14/b`) and its verbatim text.
 *
 * `item` is the bent letter as printed (`'a'`, `'ç'`), or, for an unlabelled list entry, its
 * 1-based position as a string. `section` is the printed heading of the unit section an entry
 * stands under, where the article is organised by such headings.
 *
 * @example
 * const c: Citation = cite('konak', 'm.14/b');
 * //=> { regulation: 'konak-ozel-kalem', article: 14, item: 'b', id: 'art_14__point_b',
 * //     label: 'm.14/b', text: 'Müdürlüğün Belediye dışı özel ve tüzel kişiler, …' }
 */
export const Citation = z.strictObject({
  regulation: z.string(),
  article: z.number().int().positive(),
  paragraph: z.number().int().positive().optional(),
  section: z.string().optional(),
  item: z.string().optional(),
  id: z.string(),
  label: z.string(),
  text: z.string(),
});
export type Citation = z.infer<typeof Citation>;
