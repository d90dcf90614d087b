import { z } from 'zod';
import { topicIds } from './values.js';

/** An ASCII kebab-case slug, used for every entity and fact id (`ozel-kalem-muduru`). */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an ASCII kebab-case slug');

/**
 * A provision id in Akoma Ntoso style: `art_14`, `art_8__para_7`, `art_14__point_b`,
 * `art_6__sec_cagri-merkezi__item_2`. Turkish bent letters are doubled into ASCII
 * (`ç`→`cc`, `ğ`→`gg`, `ı`→`ii`, `ö`→`oo`, `ş`→`ss`, `ü`→`uu`) so that `c` and `ç` never collide.
 *
 * Real texts add a few shapes: `art_gecici_1` (`GEÇİCİ MADDE 1`), `art_ek_2` (`EK MADDE 2`);
 * nested lists (`art_9__point_c__item_1__item_2` for the second dash under `c) 1.`); keys with a
 * digit (`art_9__point_a1` for `a1)`, `art_9__point_j1` for `j.1)`); decimal entries joined by a hyphen (`art_5__item_1-2` for `1.2.`); doubled letters joined by a
 * hyphen (`art_13__point_a-a` for `aa)`, `point_cc-cc` for `çç)`, so `cc)` is `point_c-c`, never `ç)`'s `point_cc`); and a trailing `_n` on a
 * number the text prints a second (n-th) time among its siblings: `art_7_2` for the second
 * `MADDE 7`, `art_6__para_1__point_a_2` for the `a)` of a second list in the same fıkra.
 *
 * @example
 * ProvisionId.parse('art_gecici_1__para_2')  //=> 'art_gecici_1__para_2'
 */
export const ProvisionId = z.string().regex(
  /^art_(?:(?:gecici|ek)_)?\d+(?:_\d+)?(?:__(?:para_\d+|point_[a-z0-9]+(?:-[a-z0-9]+)?|item_\d+(?:-\d+)*|sec_[a-z0-9-]+)(?:_\d+)?)*$/,
  'expected a provision id such as art_14__point_b',
);

/** An ISO calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');

/**
 * Review state of a fact: `pending` when a machine drafted it (`mevzuat new`) and no person has
 * confirmed it yet. A person confirms a fact by deleting its `review` line or setting `done`.
 * Answers resting on at least one pending fact carry `review: 'pending'`.
 */
export const ReviewState = z.enum(['pending', 'done']);
export type ReviewState = z.infer<typeof ReviewState>;

/**
 * The fields every drafted fact may carry: its review state and, for the reviewer, the words of
 * the provision it was read from (verbatim, a part of the cited provision's text).
 */
export const reviewFields = {
  review: ReviewState.optional(),
  readFrom: z.string().min(1).optional(),
};

/**
 * On an answer: `'pending'` when the answer rests on at least one fact nobody has reviewed yet (a
 * fact `mevzuat new` drafted from the text, still marked `review: pending` in its folder). Absent
 * when everything the answer rests on is reviewed, as for every built-in regulation.
 *
 * @example
 * whoSigns('konak', 'valilik').review  //=> undefined (reviewed by hand)
 */
export const AnswerReview = z.literal('pending').optional();

/** The provisions a fact rests on: at least one, the first being the primary one. */
export const Cites = z.array(ProvisionId).min(1);

/**
 * The fixed list of duty topics. A duty carries one or more: `correspondence` (yazışma),
 * `documents` (evrak, arşiv), `personnel` (personel, özlük), `budget` (bütçe, ödeme), `procurement`
 * (satın alma), `assets` (taşınır, demirbaş), `reporting` (rapor), `coordination` (koordinasyon),
 * `representation` (temsil, protokol), `training` (eğitim), `events` (etkinlik), `media` (basın,
 * web, sosyal medya), `citizens` (vatandaş), `civil-society` (STK), `planning` (plan, program),
 * `safety` (iş güvenliği, sivil savunma), `compliance` (mevzuata uyum), `accountability` (a bent
 * that states whom the holder answers to or works attached to: "… Daire Başkanına karşı sorumludur";
 * such a bent is also a reporting line), `execution` (yürütme: executing the regulation, the duty the
 * yürütme article gives; derived from the executor where no duty records it), `archive` (arşiv),
 * `discipline` (disiplin, ödül), `handover` (devir teslim: files, zimmet when someone leaves),
 * `disclosure` (bilgi verme: information to outsiders or the press, and its limits), `residual` (the
 * "verilecek diğer görevler" clauses: duties the text does not list), `approval` (onay: the holder
 * approves something, "onaylamak"), `approval-request` (onaya sunma: the holder submits something for
 * approval, "onayına sunmak", which gives no power to approve).
 *
 * @example
 * const t: Topic = 'correspondence';
 * dutiesOf('konak', 'Şef', { topic: t }).map((d) => d.citation.label)  //=> ['m.9/i', 'm.9/o']
 */
export const Topic = z.enum(topicIds);
export type Topic = z.infer<typeof Topic>;

