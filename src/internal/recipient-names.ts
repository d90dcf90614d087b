// The names a recipient class goes by in the encoded texts: shared by the CLI's overview and the
// docs site's correspondence table.
import { collator, fold } from '../fold.js';
import type { RecipientClass } from '../schema/facts.js';
import type { Regulation } from '../index.js';

/**
 * Every phrase of the texts' recipient lists (`recipientText`, verbatim: "Bakanlık, Valilik,
 * Kaymakamlık ve diğer kamu kuruluşları") that `resolve` (the library's own recipient words)
 * puts in a class the rule covers; the class's own name (`ownName`) is left out. Taken from the
 * data and the library's resolution, never from a list of our own. Sorted with the Turkish collator.
 *
 * @example
 * recipientNames(regulations, (id, w) => whoSigns(id, w).recipient, recipientTr).get('public-institution')
 * //=> ['Bakanlık', 'Büyükşehir Belediyesi', 'Kaymakamlık', 'Valilik']
 */
export function recipientNames(
  regs: readonly Regulation[],
  resolve: (regulation: string, phrase: string) => RecipientClass,
  ownName: (cls: RecipientClass) => string,
): Map<RecipientClass, string[]> {
  const out = new Map<RecipientClass, Map<string, string>>();
  for (const reg of regs) {
    for (const rule of reg.correspondence) {
      const text = rule.recipientText ?? '';
      // phrases: runs of up to three items of the list ("Bakanlık, Valilik, Kaymakamlık ve diğer …")
      const seps = [...text.matchAll(/\s*,\s*|\s+ve\s+/g)];
      const cuts = [0, ...seps.flatMap((m) => [m.index!, m.index! + m[0].length]), text.length];
      const items: [number, number][] = [];
      for (let i = 0; i < cuts.length; i += 2) items.push([cuts[i]!, cuts[i + 1]!]);
      for (let i = 0; i < items.length; i++) {
        for (let j = i; j < Math.min(items.length, i + 3); j++) {
          const phrase = text.slice(items[i]![0], items[j]![1]).trim();
          if (!phrase) continue;
          let cls: RecipientClass | undefined;
          try { cls = resolve(reg.id, phrase); } catch { cls = undefined; }
          if (!cls || fold(phrase) === fold(ownName(cls)) || !rule.recipients.includes(cls)) continue;
          if (!out.has(cls)) out.set(cls, new Map());
          if (!out.get(cls)!.has(fold(phrase))) out.get(cls)!.set(fold(phrase), phrase);
        }
      }
    }
  }
  return new Map([...out].map(([k, v]) => [k, [...v.values()].sort(collator.compare)]));
}
