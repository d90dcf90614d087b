// The questions the bench asks, shared by every probe so the warm, first-call and synthetic
// figures time exactly the same calls. `m` is the package's exports or a `createMevzuat` result
// (both have the same query functions). Arguments are what a user types: municipality names and
// Turkish subjects, folded by the library at run time.

/** Every query other than findDuties: one representative call each. */
export const queries = [
  { name: 'whoSigns', call: (m) => m.whoSigns('konak', 'valilik'), label: "whoSigns('konak', 'valilik')" },
  { name: 'reportsTo', call: (m) => m.reportsTo('konak', 'Müdür'), label: "reportsTo('konak', 'Müdür')" },
  { name: 'chainOfCommand', call: (m) => m.chainOfCommand('kocaeli', 'Şef'), label: "chainOfCommand('kocaeli', 'Şef')" },
  { name: 'deputyOf', call: (m) => m.deputyOf('konak', 'Müdür'), label: "deputyOf('konak', 'Müdür')" },
  { name: 'dutiesOf', call: (m) => m.dutiesOf('konak', 'Şef'), label: "dutiesOf('konak', 'Şef')" },
  { name: 'whoRoutesIncoming', call: (m) => m.whoRoutesIncoming('karsiyaka'), label: "whoRoutesIncoming('karsiyaka')" },
  { name: 'define', call: (m) => m.define('konak', 'Müdür'), label: "define('konak', 'Müdür')" },
  { name: 'inForce', call: (m) => m.inForce('kocaeli', '2026-11-23'), label: "inForce('kocaeli', '2026-11-23')" },
  { name: 'cite', call: (m) => m.cite('konak', 'm.14/b'), label: "cite('konak', 'm.14/b')" },
];

/** The headline search, over every regulation. */
export const search = { name: 'findDuties', call: (m) => m.findDuties('satın alma'), label: "findDuties('satın alma')" };

/** Every case by name (the first-call probe takes a name). */
export const byName = new Map([...queries, search].map((q) => [q.name, q]));

/**
 * Distinct two-word queries taken from the duties' own text (consecutive words of three letters
 * or more, folded), in a fixed pseudo-random order: cycling through more of them than findDuties
 * memoises (256) makes every call a real search. Each query matches at least the duty it came from.
 */
export function searchPool(m, fold, regulationIds, limit = 1000) {
  const seen = new Set();
  for (const id of regulationIds) {
    for (const d of m.getRegulation(id).duties) {
      const text = m.dutiesOf(id, d.holder).find((x) => x.id === d.id)?.text ?? '';
      const words = fold(text).split(' ').filter((w) => w.length >= 3);
      for (let i = 0; i + 1 < words.length; i++) seen.add(`${words[i]} ${words[i + 1]}`);
    }
  }
  const pool = [...seen].sort();
  // a fixed shuffle (LCG), so every run asks the same queries in the same order
  let s = 42;
  for (let i = pool.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, limit);
}
