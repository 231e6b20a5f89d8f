/**
 * An API answer's value already encoded as JSON, in parts sent one after the other (never joined
 * into one buffer): the browser-mode server sends them as they are, where encoding a
 * 5,000-paragraph document on the main thread took some 400 ms.
 */
export class EncodedJson {
  constructor(readonly parts: readonly Uint8Array[]) {}

  get byteLength(): number {
    return this.parts.reduce((n, p) => n + p.byteLength, 0)
  }
}

const COMMA = Buffer.from(',')

/**
 * One JSON object with the fields of two, as parts, from the bytes of each as `JSON.stringify`
 * gives them (`{"a":1}` and `{"b":2}` give `{"a":1,"b":2}`); an empty object adds nothing.
 */
export function joinedObjects(first: Uint8Array, second: Uint8Array): EncodedJson {
  const isEmpty = (o: Uint8Array): boolean => o.byteLength === 2
  if (isEmpty(second)) return new EncodedJson([first])
  if (isEmpty(first)) return new EncodedJson([second])
  return new EncodedJson([first.subarray(0, first.byteLength - 1), COMMA, second.subarray(1)])
}
