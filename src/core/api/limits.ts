/** Largest file Cotejo imports: a press release is a few kB; 10 MB leaves room for long reports. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024
