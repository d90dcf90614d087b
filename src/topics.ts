import type { Topic } from './schema/common.js';
import type { RecipientClass } from './schema/facts.js';
import { recipientClassIds, recipientWords, topicIds, topicNames as names } from './schema/values.js';

/**
 * Every duty topic, in a fixed order. A frozen array of its own: changing it is impossible, and
 * nobody else's suggestions depend on it.
 *
 * @example
 * topics.includes('correspondence')  //=> true
 * dutiesOf('konak', 'Şef', { topic: topics[4] })  // 'procurement'
 */
export const topics: readonly Topic[] = topicIds;

/**
 * The Turkish name of every duty topic (`procurement` → `satın alma`); `dutiesOf` and
 * `findDuties` accept these names as topics.
 *
 * @example
 * topicNames.procurement  //=> 'satın alma'
 */
export const topicNames: Readonly<Record<Topic, string>> = names;

/**
 * The words `whoSigns` accepts for each recipient class, besides the class itself (Turkish names
 * of the bodies that fall into it). A frozen copy.
 *
 * @example
 * recipientAliases['public-institution'].includes('valilik')  //=> true
 */
export const recipientAliases: Readonly<Record<RecipientClass, readonly string[]>> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.fromEntries(/* @__PURE__ */ recipientClassIds.map((c) => [c, Object.freeze(recipientWords.filter(([w, k]) => k === c && w !== c).map(([w]) => w))])) as Record<RecipientClass, readonly string[]>,
);
