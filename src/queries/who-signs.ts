import type { DeepReadonly } from '../types.js';
import { builtins } from '../builtins.js';
import type { Corpus } from '../corpus.js';
import type { RegulationRef } from '../data.js';
import type { WhoSignsAnswer } from '../schema/answers.js';
import type { RecipientClass, CorrespondenceRuleInput } from '../schema/facts.js';
import { recipientClassIds, recipientWords } from '../schema/values.js';
import type { ActorRef } from '../schema/organisation.js';
import { genitive, listTr, sentence } from '../internal/turkish.js';
import { fold } from '../fold.js';
import { actorRef, citations, fallbackFact, fallbackOf, memo, reviewOf, type Index } from '../internal/registry.js';
import { fail, foldArg, nearest, show } from '../internal/lookup.js';

/**
 * Words a recipient may be given as: the classes themselves and common Turkish names for them.
 *
 * @example
 * whoSigns('karsiyaka', 'kaymakamlik').recipient  //=> 'public-institution'
 */
export type RecipientAlias =
  | 'valilik' | 'kaymakamlık' | 'kaymakamlik' | 'bakanlık' | 'bakanlik' | 'büyükşehir' | 'buyuksehir'
  | 'büyükşehir belediyesi' | 'kamu' | 'kamu kurumu' | 'kamu kurum ve kuruluşları'
  | 'müdürlük' | 'müdürlükler arası' | 'diğer müdürlükler' | 'kurum içi'
  | 'özel kişi' | 'tüzel kişi' | 'özel ve tüzel kişiler' | 'özel' | 'şahıs' | 'vatandaş';

/**
 * What `whoSigns` accepts as a recipient.
 *
 * @example
 * whoSigns('konak', 'inter-directorate').signers[0].name  //=> 'Müdür'
 * whoSigns('konak', 'valilik').recipient                   //=> 'public-institution'
 */
export type Recipient = RecipientClass | RecipientAlias | (string & {});

let recipients: Map<string, RecipientClass> | undefined;

/** Resolves a recipient word to its class, or throws INVALID_ARGUMENT with the nearest words. */
export function resolveRecipient(value: unknown): RecipientClass {
  const key = foldArg(value, 'recipient');
  recipients ??= new Map(recipientWords.map(([w, c]) => [fold(w), c]));
  const c = recipients.get(key);
  if (c) return c;
  const near = nearest(key, recipientWords.map(([w]): [string, string] => [fold(w), w]));
  const suggestions = [...new Set([...near, ...recipientClassIds])].slice(0, 5);
  return fail('INVALID_ARGUMENT', { en: `unknown recipient "${show(value)}": use inter-directorate, public-institution, private-party or an alias`, tr: `bilinmeyen alıcı "${show(value)}": inter-directorate, public-institution, private-party ya da bunların bir adı (valilik, kamu, vatandaş…) yazılmalı` }, value, suggestions, 'recipient');
}

// a Record over the union: a new recipient class without its Turkish words does not compile
const RECIPIENT_TR: Readonly<Record<RecipientClass, string>> = {
  'inter-directorate': 'diğer müdürlüklerle',
  'public-institution': 'kamu kurum ve kuruluşlarıyla',
  'private-party': 'özel ve tüzel kişilerle',
};
const recipientTr = (r: RecipientClass) => RECIPIENT_TR[r];

/**
 * The Turkish answer. The signature sentence is worded as Konak m.14/b words it: "Müdür parafı ve
 * Belediye Başkanının veya yetki verdiği Başkan Yardımcısının imzası ile yürütülür".
 */
function explain(a: Omit<WhoSignsAnswer, 'explanation'>, rules: readonly DeepReadonly<CorrespondenceRuleInput>[], idx: Index): string {
  const labels = (cites: readonly string[]) => cites.map((id) => citations(idx, [id])[0]!.label).join(', ');
  const all = a.citations.map((c) => c.label).join(', ');
  const noFallback = ' Hüküm bulunmayan haller için genel bir yollama hükmü de yoktur.';
  // a switch over the status union, exhaustive (the library's query path loads no pattern-matching
  // package: ts-pattern, bundled, could not be tree-shaken out of `import { fold }`)
  switch (a.status) {
    case 'explicit': {
      const names = a.signers.map((s) => genitive(s.via === 'delegation' ? `yetki verdiği ${s.name}` : s.name));
      // the word between the signers as the text writes it: "ve/veya" stays "ve/veya"
      const signers = a.signersJoin === 've/veya' && names.length > 1 ? `${names.slice(0, -1).join(', ')} ve/veya ${names.at(-1)}` : listTr(names, a.signersJoin === 've' ? 've' : 'veya');
      const paraf = a.paraf.length ? `${listTr(a.paraf.map((p) => (p.qualifier ? `${p.qualifier} ${p.name}` : p.name)))} parafı ve ` : '';
      const scope = a.scope ? `${a.scope} ` : '';
      return sentence(`${recipientTr(a.recipient)} ${scope}yazışmalar ${paraf}${signers} imzası ile yürütülür (${all}).`);
    }
    case 'responsible-only': {
      const charged = rules.filter((r) => r.responsible.length).map((r) =>
        // the text's words limiting what the charge covers (only replies, only the Ofis's contacts), verbatim
        `${listTr(r.responsible.map((id) => actorRef(idx, id).name))}${r.scope ? `, yalnız "${r.scope}" bakımından` : ''}${r.condition ? `, ${r.condition}` : ''} (${labels(r.cites)})`);
      return `Metin ${recipientTr(a.recipient)} yazışmaları kimin imzalayacağını belirtmiyor. Bu yazışmalarla ilgili görev verilen${charged.length > 1 ? 'ler' : ''}: ${charged.join('; ')}.` +
        (a.fallback ? ` İmza konusunda hüküm bulunmadığından ${a.fallback.label} uyarınca yürürlükteki mevzuat uygulanır.` : noFallback);
    }
    case 'not-regulated':
      return `Metin ${recipientTr(a.recipient)} yazışmayı düzenlemiyor.` +
        (a.fallback ? ` Hüküm bulunmayan hallerde ${a.fallback.label} uyarınca yürürlükteki mevzuat uygulanır.` : noFallback);
    default: {
      const unknown: never = a.status;
      throw new Error(`internal: no explanation for status ${String(unknown)}`);
    }
  }
}

/**
 * Who signs the regulated unit's letters to a class of recipient, who puts a paraf (initials) on
 * them first, and who is charged with conducting the correspondence.
 *
 * `explicit` only where a provision names the signer; `responsible-only` where a provision only
 * charges someone with the correspondence; otherwise `not-regulated`. Wherever no provision names
 * the signer (`responsible-only`, `not-regulated`), `fallback` cites the regulation's "matters not
 * covered follow the legislation in force" clause if it has one.
 *
 * @param regulation - Id or municipality name (`'konak-ozel-kalem'`, `'Konak'`).
 * @param recipient - `'inter-directorate' | 'public-institution' | 'private-party'`, or an alias
 *   (`'valilik'`, `'kaymakamlik'`, `'bakanlik'`, `'buyuksehir'` → public-institution).
 * @returns The answer with every provision it rests on.
 * @throws {MevzuatError} `UNKNOWN_REGULATION`, or `INVALID_ARGUMENT` for an unknown recipient.
 * @example
 * whoSigns('konak', 'valilik')
 * //=> { status: 'explicit', signers: [{ name: 'Belediye Başkanı', via: 'own' },
 * //     { name: 'Başkan Yardımcısı', via: 'delegation' }], paraf: [{ name: 'Müdür' }],
 * //     citations: [{ label: 'm.14/b', … }], … }
 */
export function whoSigns(regulation: RegulationRef, recipient: Recipient): DeepReadonly<WhoSignsAnswer> {
  return whoSignsIn(builtins(), regulation, recipient);
}

/** {@link whoSigns} over a given corpus (what `createMevzuat` binds). @internal */
export function whoSignsIn(corpus: Corpus, regulation: RegulationRef, recipient: Recipient): WhoSignsAnswer {
  const idx = corpus.index(regulation);
  const cls = resolveRecipient(recipient);
  return memo(idx, `whoSigns:${cls}`, () => answer(idx, cls));
}

function answer(idx: Index, cls: RecipientClass): WhoSignsAnswer {
  const rules = idx.correspondence.get(cls) ?? [];
  const uniq = <T extends { id: string }>(list: T[]) => list.filter((x, i) => list.findIndex((y) => y.id === x.id) === i);
  const signers = uniq(rules.flatMap((r) => r.signers.map((s) => ({ ...actorRef(idx, s.actor), via: s.via }))));
  const paraf = uniq(rules.flatMap((r) => r.paraf.map((p) => {
    const q = r.parafQualifiers?.find((x) => x.actor === p)?.qualifier;
    return q ? { ...actorRef(idx, p), qualifier: q } : actorRef(idx, p);
  })));
  const joins = [...new Set(rules.filter((r) => r.signers.length > 1).map((r) => r.signersJoin ?? 'veya'))];
  // one entry per actor, scope and condition: an actor charged once under a condition and once
  // without keeps both, so the condition is not lost nor put on the unconditional charge; a charge
  // the text limits ("özellikli ve süreli yazışma işleri") carries those words
  const responsible = rules.flatMap((r) => r.responsible.map((p): WhoSignsAnswer['responsible'][number] => ({
    ...actorRef(idx, p), ...(!r.signers.length && r.scope ? { scope: r.scope } : {}), ...(r.condition ? { condition: r.condition } : {}),
  })))
    .filter((x, i, all) => all.findIndex((y) => y.id === x.id && y.condition === x.condition && y.scope === x.scope) === i);
  const status = signers.length ? 'explicit' : responsible.length ? 'responsible-only' : 'not-regulated';
  const base: Omit<WhoSignsAnswer, 'explanation'> = {
    regulation: idx.reg.id, recipient: cls, status, signers, paraf, responsible,
    citations: citations(idx, [...new Set(rules.flatMap((r) => r.cites))]),
  };
  if (joins.length === 1 && joins[0] !== 'veya') base.signersJoin = joins[0] as 've' | 've/veya';
  const scopes = [...new Set(rules.filter((r) => r.signers.length && r.scope).map((r) => r.scope!))];
  if (scopes.length) base.scope = scopes.join('; ');
  // where no provision names the signer, the regulation's "matters not covered" clause governs signing
  if (status !== 'explicit') {
    const fb = fallbackOf(idx);
    if (fb) base.fallback = fb;
  }
  const review = reviewOf(idx, [...rules, base.fallback && fallbackFact(idx)], [...signers, ...paraf, ...responsible].map((a) => a.id));
  return { ...base, explanation: explain(base, rules, idx), ...review };
}
