/**
 * Appends `value` to the list `map` holds under `key`, starting the list on the key's first value:
 * the one helper for the lists by key the indexes and the drafting build.
 *
 * @example
 * const byHolder = new Map<string, string[]>();
 * push(byHolder, 'mudur', 'mudur-a'); push(byHolder, 'mudur', 'mudur-b');
 * byHolder.get('mudur')  //=> ['mudur-a', 'mudur-b']
 */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
