/**
 * An API answer's value already encoded as JSON: the browser-mode server sends its bytes as they
 * are, where encoding a 5,000-paragraph document on the main thread took some 400 ms.
 */
export class EncodedJson {
  constructor(readonly bytes: Uint8Array) {}
}

const COMMA = Buffer.from(',')

/**
 * One JSON object with the fields of two, from their bytes (`{"a":1}` and `{"b":2}` give
 * `{"a":1,"b":2}`); an empty object adds nothing.
 */
export function joinedObjects(first: Uint8Array, second: Uint8Array): Buffer {
  const isEmpty = (o: Uint8Array): boolean => o.length === 2
  if (isEmpty(second)) return Buffer.from(first)
  if (isEmpty(first)) return Buffer.from(second)
  return Buffer.concat([first.subarray(0, first.length - 1), COMMA, second.subarray(1)])
}
