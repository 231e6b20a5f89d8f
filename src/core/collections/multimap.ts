/**
 * The value kept under `key`, made by `make()` and kept on first use. `has` rather than `get`, so a
 * value that is `undefined` is kept too.
 */
export function getOrMake<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  if (map.has(key)) return map.get(key) as V
  const value = make()
  map.set(key, value)
  return value
}

/** Appends `value` to the list kept under `key`, creating it on first use (no copying). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
