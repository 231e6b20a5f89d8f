/**
 * Decompression-bomb guard for .docx (a zip). Checks the sizes the zip directory declares, then
 * inflates every XML part as a stream with a running cap, because a hostile zip can declare
 * small sizes and inflate to gigabytes. Only after that is the file handed to mammoth.
 */
import JSZip from 'jszip'
import { FormatError } from '../../core/formats/errors'
import {
  DOCX_RATIO_FLOOR_BYTES,
  MAX_DOCX_BYTES,
  MAX_DOCX_COMPRESSION_RATIO,
  MAX_DOCX_UNCOMPRESSED_BYTES,
  MAX_ZIP_ENTRIES
} from '../../core/formats/limits'

/** JSZip keeps the directory's sizes on an internal field; absent means we cannot vouch for the entry. */
interface EntrySizes {
  compressedSize: number
  uncompressedSize: number
}

function sizesOf(entry: JSZip.JSZipObject): EntrySizes | null {
  const data = (entry as unknown as { _data?: Partial<EntrySizes> })._data
  if (typeof data?.compressedSize !== 'number' || typeof data.uncompressedSize !== 'number') return null
  return { compressedSize: data.compressedSize, uncompressedSize: data.uncompressedSize }
}

/** Parts mammoth inflates: XML and relationships. Media are never decompressed (images are ignored). */
function isReadPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name)
}

/** JSZip's streaming reader (public in its docs, missing from its typings). */
interface StreamHelper {
  on(event: 'data', listener: (chunk: Uint8Array) => void): StreamHelper
  on(event: 'error', listener: (error: Error) => void): StreamHelper
  on(event: 'end', listener: () => void): StreamHelper
  pause(): StreamHelper
  resume(): StreamHelper
}

function inflateCapped(entry: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let total = 0
    const stream = (entry as unknown as { internalStream(type: 'uint8array'): StreamHelper }).internalStream(
      'uint8array'
    )
    stream
      .on('data', (chunk) => {
        total += chunk.length
        if (total > budget) {
          stream.pause()
          reject(
            new FormatError('format.zipBomb', {
              entry: entry.name,
              reason: 'inflates beyond its declared size or the limit'
            })
          )
        }
      })
      .on('error', (error) => reject(new FormatError('format.notDocx', { reason: error.message }, { cause: error })))
      .on('end', () => resolve(total))
      .resume()
  })
}

/**
 * Opens a .docx zip after the bomb checks. Throws FormatError 'format.tooLarge', 'format.notDocx'
 * or 'format.zipBomb'.
 */
export async function openDocxSafely(bytes: Uint8Array): Promise<JSZip> {
  if (bytes.length > MAX_DOCX_BYTES)
    throw new FormatError('format.tooLarge', { size: bytes.length, limit: MAX_DOCX_BYTES })
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false })
  } catch (error) {
    throw new FormatError(
      'format.notDocx',
      { reason: error instanceof Error ? error.message : String(error) },
      { cause: error }
    )
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir)
  if (entries.length > MAX_ZIP_ENTRIES)
    throw new FormatError('format.zipBomb', { entries: entries.length, limit: MAX_ZIP_ENTRIES })
  if (!zip.file('word/document.xml')) throw new FormatError('format.notDocx', { reason: 'no word/document.xml' })

  let declaredTotal = 0
  for (const entry of entries) {
    const sizes = sizesOf(entry)
    if (!sizes) throw new FormatError('format.notDocx', { reason: 'unreadable zip directory', entry: entry.name })
    const ratio = sizes.uncompressedSize / Math.max(1, sizes.compressedSize)
    if (sizes.uncompressedSize > DOCX_RATIO_FLOOR_BYTES && ratio > MAX_DOCX_COMPRESSION_RATIO) {
      throw new FormatError('format.zipBomb', {
        entry: entry.name,
        ratio: Math.round(ratio),
        limit: MAX_DOCX_COMPRESSION_RATIO
      })
    }
    if (isReadPart(entry.name)) declaredTotal += sizes.uncompressedSize
  }
  if (declaredTotal > MAX_DOCX_UNCOMPRESSED_BYTES) {
    throw new FormatError('format.zipBomb', { uncompressed: declaredTotal, limit: MAX_DOCX_UNCOMPRESSED_BYTES })
  }

  // The directory can lie: inflate what will be read, each entry capped at its declared size.
  let actualTotal = 0
  for (const entry of entries.filter((e) => isReadPart(e.name))) {
    const declared = (sizesOf(entry) as EntrySizes).uncompressedSize
    actualTotal += await inflateCapped(entry, Math.min(declared, MAX_DOCX_UNCOMPRESSED_BYTES - actualTotal))
  }
  return zip
}
