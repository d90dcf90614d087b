import { z } from 'zod';
import { Cites, Slug, reviewFields } from './common.js';

/**
 * Kinds of organisational unit. `mudurluk` is a (full) Müdürlük, `sube-mudurlugu` a Şube Müdürlüğü under a Daire Başkanlığı.
 *
 * @example
 * getRegulation('karsiyaka').units.filter((u) => u.kind === 'masa').length  //=> 11
 */
export const UnitKind = z.enum(['daire-baskanligi', 'mudurluk', 'sube-mudurlugu', 'seflik', 'birim', 'masa', 'merkez', 'ofis', 'hat']);
export type UnitKind = z.infer<typeof UnitKind>;

/** Duties another actor holds that the text extends to this one ("Madde 6’da belirtilen genel görevlerinin yanında"). */
export const DutyInclusion = z.strictObject({
  actor: Slug,
  cites: Cites,
});
export type DutyInclusion = z.infer<typeof DutyInclusion>;

const actorFields = {
  id: Slug,
  /** The name as the text writes it. */
  name: z.string().min(1),
  /** Other names the text uses for the same actor (`Başkan` for `Belediye Başkanı`). */
  aliases: z.array(z.string().min(1)).optional(),
  /** Where the text establishes or names this actor. */
  cites: Cites,
  /** Why the actor is modelled as it is, for the reviewer. */
  note: z.string().optional(),
  includesDutiesOf: z.array(DutyInclusion).optional(),
  ...reviewFields,
};

/**
 * A unit of the organisation the regulation governs (Müdürlük, Şeflik, Birim, Masa…).
 *
 * @example
 * getRegulation('konak').units.find((u) => u.id === 'web-birimi')
 * //=> { id: 'web-birimi', name: 'Web birimi', kind: 'birim', parent: 'ozel-kalem-mudurlugu', cites: ['art_5__para_3__point_e'] }
 */
export const Unit = z.strictObject({
  ...actorFields,
  kind: UnitKind,
  /** The unit this one belongs to; absent for the organisation itself. */
  parent: Slug.optional(),
  /** True when the unit stands for a class of units the text mentions without naming them (Kocaeli's "şeflik"). */
  generic: z.boolean().optional(),
  /**
   * For a generic unit that stands for units found under each of several units, instead of
   * `parent`: those units, each of which has such units (Kocaeli m.4/1: "bu Şube Müdürlüklerine
   * bağlı şeflik ve alt birimler" — every Şube Müdürlüğü has its şeflikler, the text names none).
   * No unit is invented for "any of them".
   */
  parents: z.array(Slug).min(2).optional(),
}).refine((u) => !(u.parent && u.parents), { message: 'a unit has a parent or parents, not both', path: ['parents'] })
  .refine((u) => !u.parents || u.generic, { message: 'only a generic unit stands under each of several units (parents)', path: ['parents'] });
export type Unit = z.infer<typeof Unit>;

/**
 * A post (kadro, görev): Müdür, Şef, Personel… `generic` marks a post the Tanımlar define for a
 * class of holders (Kocaeli's "Şube Müdürü" means every Şube Müdürü of the Daire).
 *
 * @example
 * getRegulation('konak').posts.find((p) => p.heads)?.name  //=> 'Müdür'
 */
export const Post = z.strictObject({
  ...actorFields,
  /** The unit the post belongs to, where the text ties it to one. */
  unit: Slug.optional(),
  /** True when the post heads its `unit`. */
  heads: z.boolean().optional(),
  generic: z.boolean().optional(),
  /** True when the library supplied the name (the text never writes it as such). */
  nameSupplied: z.boolean().optional(),
});
export type Post = z.infer<typeof Post>;

/**
 * An office outside the governed organisation that the text refers to (Belediye Başkanı, Başkan Yardımcısı, Üst Yönetim…).
 *
 * @example
 * getRegulation('konak').offices.map((o) => o.name)
 * //=> ['Belediye Başkanı', 'Başkan vekili', 'Başkan Yardımcısı', 'Belediye Meclisi', 'Encümen']
 */
export const Office = z.strictObject({
  ...actorFields,
  /**
   * True for a body or an institution rather than an office one person holds (Belediye Meclisi,
   * Encümen, Üst Yönetim, a Daire Başkanlığı outside the organisation): vekâlet is not asked of it.
   */
  body: z.literal(true).optional(),
});
export type Office = z.infer<typeof Office>;

/** `organisation.yaml`. */
export const OrganisationInput = z.strictObject({
  units: z.array(Unit).min(1),
  posts: z.array(Post),
  offices: z.array(Office),
});
export type OrganisationInput = z.infer<typeof OrganisationInput>;

/**
 * A reference to any actor in an answer. `name` is as the text writes it.
 *
 * @example
 * reportsTo('konak', 'Şef').lines[0].to
 * //=> { id: 'mudur', name: 'Müdür', kind: 'post' }
 */
export const ActorRef = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['unit', 'post', 'office']),
});
export type ActorRef = z.infer<typeof ActorRef>;
