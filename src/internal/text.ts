/** The verbatim text of a provision, shared by the compiler and the loader so both agree. */

type Node = { kind: string; heading?: string; num?: string; title?: string; text?: string; children?: readonly Node[] };

const ws = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A node's text and everything under it, one line per child (the child's number first). A
 * section starts with its heading; an article's caption and number are not part of its text.
 */
export function provisionText(n: Node): string {
  const lines: string[] = [];
  if (n.kind === 'section' && n.heading) lines.push(ws(n.heading));
  const own = [n.title, n.text].filter((s): s is string => !!s).map(ws).join(' ');
  if (own) lines.push(own);
  for (const c of n.children ?? []) {
    const body = provisionText(c);
    lines.push(c.num ? `${ws(c.num)} ${body}` : body);
  }
  return lines.join('\n');
}
