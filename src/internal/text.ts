/** The verbatim text of a provision, shared by the compiler and the loader so both agree. */

type Node = { kind: string; heading?: string; num?: string; title?: string; text?: string; children?: readonly Node[] };

const ws = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A node's text and everything under it, one line per child (the child's number first). A
 * section starts with its heading; an article's caption and number are not part of its text. A
 * title printed after the number (`MADDE 10 - Memur, … Sorumlulukları`) is a line of its own, as
 * the text prints it, whether the article goes on in a sentence or in numbered children: never run
 * into the sentence that follows it.
 */
export function provisionText(n: Node): string {
  const lines: string[] = [];
  if (n.kind === 'section' && n.heading) lines.push(ws(n.heading));
  for (const own of [n.title, n.text]) if (own && ws(own)) lines.push(ws(own));
  for (const c of n.children ?? []) {
    const body = provisionText(c);
    lines.push(c.num ? `${ws(c.num)} ${body}` : body);
  }
  return lines.join('\n');
}
