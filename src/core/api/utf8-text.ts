/**
 * A long pasted text as its UTF-8 bytes. Browser mode reads the `source` and `target` of a large
 * paste out of the request body this way (server/json-body.ts), so that the text is never a string
 * on the main thread: it moves to the read worker as bytes and becomes text only there.
 */
export class Utf8Text {
  /** Its length in code points: what the paste limit counts (the contract measures strings so). */
  readonly codePoints: number

  /** `bytes` must be well-formed UTF-8 (the length is counted on that assumption). */
  constructor(readonly bytes: Uint8Array) {
    this.codePoints = codePointCount(bytes)
  }
}

/** The code points of well-formed UTF-8: every byte but a continuation byte (10xxxxxx) starts one. */
export function codePointCount(bytes: Uint8Array): number {
  let count = 0
  for (let i = 0; i < bytes.length; i++) if (((bytes[i] as number) & 0xc0) !== 0x80) count++
  return count
}
