/** FNV-1a over UTF-16 code units: the starting value, and one step per code unit. */
export const FNV_OFFSET = 0x811c9dc5
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193)
