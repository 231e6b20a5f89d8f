// The one table of limits is src/core/formats/limits.ts; the API layer reads it from there.
export { MAX_IMPORT_BYTES } from '../formats/limits'
