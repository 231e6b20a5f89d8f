/**
 * Picks an adapter for a file: by extension first, then by content when the extension is shared
 * (.xlf is XLIFF 1.2 or 2.x), misleading (a TMX saved as .xml) or missing.
 */
import type { FormatAdapter, FormatId, FormatKind, FormatReadOptions, FormatSource, FormatValues } from './adapter'
import { FormatError } from './errors'

/** '.xlf' for 'Release 12.XLF'; '' when there is none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot).toLowerCase() : ''
}

export function pickReader<K extends FormatKind>(
  adapters: readonly FormatAdapter<K>[],
  source: FormatSource
): FormatAdapter<K> {
  const readers = adapters.filter((a) => a.read)
  const ext = extensionOf(source.name)
  const byExtension = readers.filter((a) => a.extensions.includes(ext))
  const sniffs = (a: FormatAdapter<K>): boolean => a.sniff?.(source.head, source.bytes) ?? false
  if (byExtension.length === 1 && !byExtension[0]?.sniff) return byExtension[0] as FormatAdapter<K>
  const confirmed = byExtension.find(sniffs)
  if (confirmed) return confirmed
  const other = readers.find(sniffs)
  if (other) return other
  // The extension's adapter will explain what is wrong with the content (not XLIFF, malformed...).
  if (byExtension[0]) return byExtension[0]
  throw new FormatError('format.unknownFormat', { name: source.name, extension: ext })
}

export function pickWriter<K extends FormatKind>(
  adapters: readonly FormatAdapter<K>[],
  id: FormatId
): FormatAdapter<K> {
  const adapter = adapters.find((a) => a.id === id && a.write)
  if (!adapter) throw new FormatError('format.notSupported', { format: id, operation: 'write' })
  return adapter
}

/** Picks the reader and reads; the format found is returned with the value. */
export async function readFile<K extends FormatKind>(
  adapters: readonly FormatAdapter<K>[],
  source: FormatSource,
  options: FormatReadOptions = {}
): Promise<{ format: FormatId; value: FormatValues[K]['read'] }> {
  const adapter = pickReader(adapters, source)
  if (!adapter.read) throw new FormatError('format.notSupported', { format: adapter.id, operation: 'read' })
  return { format: adapter.id, value: await adapter.read(source, options) }
}
