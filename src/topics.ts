import type { Topic } from './schema/common.js';
import { topicIds, topicNames } from './schema/values.js';

/**
 * Every duty topic, in a fixed order. A frozen array of its own: changing it is impossible, and
 * nobody else's suggestions depend on it.
 *
 * @example
 * topics.includes('correspondence')  //=> true
 * dutiesOf('konak', 'Şef', { topic: topics[4] })  // 'procurement'
 */
export const topics: readonly Topic[] = topicIds;

export {
  /**
   * The Turkish name of every duty topic (`procurement` → `satın alma`); `dutiesOf` and
   * `findDuties` accept these names as topics.
   *
   * @example
   * topicNames.procurement  //=> 'satın alma'
   */
  topicNames,
};
