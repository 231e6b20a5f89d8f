/**
 * A long pasted text as its UTF-8 bytes. Browser mode reads the `source` and `target` of a large
 * paste out of the request body this way (server/json-body.ts), so that the text is never a string
 * on the main thread: it moves to the read worker as bytes and becomes text only there.
 */
export class Utf8Text {
  /** `bytes` must be well-formed UTF-8. */
  constructor(readonly bytes: Uint8Array) {}

  /**
   * Whether it holds more than `limit` code points, as the paste limit counts a string. Counted
   * only when it has more bytes than that (a code point takes at least one): a paste within the
   * limit costs no pass over its megabytes.
   */
  isLongerThan(limit: number): boolean {
    return this.bytes.length > limit && codePointCount(this.bytes) > limit
  }
}

/** The code points of well-formed UTF-8: every byte but a continuation byte (10xxxxxx) starts one. */
export function codePointCount(bytes: Uint8Array): number {
  let count = 0
  for (let i = 0; i < bytes.length; i++) if (((bytes[i] as number) & 0xc0) !== 0x80) count++
  return count
}
