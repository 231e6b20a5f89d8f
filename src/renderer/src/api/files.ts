import type { FileInput } from '@core/api/contract'
import { importTooLargeError, MAX_IMPORT_BYTES } from '@core/api/limits'
import { ApiCallError, bridge } from './client'

/** base64 in chunks: String.fromCharCode(...bytes) would overflow the call stack on large files. */
function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const CHUNK = 0x8000
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  return btoa(binary)
}

/** Reads a picked or dropped file for the API. Too-large files are refused here, before any transfer. */
export async function readFileInput(file: File): Promise<FileInput> {
  if (file.size > MAX_IMPORT_BYTES) throw new ApiCallError(importTooLargeError(file.name))
  const bytes = new Uint8Array(await file.arrayBuffer())
  return { name: file.name, path: bridge.pathForFile(file), base64: toBase64(bytes) }
}
