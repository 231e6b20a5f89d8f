/**
 * Which CAT format a text is, from its root element alone: the XLIFF version (attribute or
 * namespace) and the dialect's namespace declared on the root (Trados, memoQ, Wordfast).
 */
import { localName, parseXml, type XmlElement } from '../xml'
import type { CatFormat } from './model'
import { GS4TR_NS, MEMOQ_NS, SDL_NS } from './xliff1'

export function catFormatOf(root: XmlElement): CatFormat | null {
  switch (localName(root.name)) {
    case 'tmx':
      return 'tmx'
    case 'txml':
      return 'txml'
    case 'xliff':
      break
    default:
      return null
  }
  const version = root.attrs['version'] ?? ''
  if (/^2\./.test(version) || /:document:2\.\d+$/.test(root.ns ?? '')) return 'xliff2'
  const declared = new Set(
    Object.entries(root.attrs)
      .filter(([k]) => k.startsWith('xmlns:'))
      .map(([, v]) => v)
  )
  if (declared.has(SDL_NS)) return 'sdlxliff'
  if (declared.has(MEMOQ_NS)) return 'mqxliff'
  if (declared.has(GS4TR_NS)) return 'txlf'
  return 'xliff1'
}

/** The root start tag after the prolog (declaration, comments, PIs, DOCTYPE), or null. */
function rootTag(text: string): string | null {
  const prolog = /^\uFEFF?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)*/.exec(text)
  const rest = text.slice(prolog?.[0].length ?? 0, (prolog?.[0].length ?? 0) + 65536)
  const tag = /^<[A-Za-z_][^<>]*>/.exec(rest)?.[0]
  if (!tag) return null
  return tag.endsWith('/>') ? tag : `${tag.slice(0, -1)}/>`
}

/** The CAT format of a text, or null when it is not one (or not XML). Reads only the root tag. */
export function sniffCatFormat(text: string): CatFormat | null {
  const tag = rootTag(text)
  if (!tag) return null
  try {
    return catFormatOf(parseXml(tag))
  } catch {
    return null
  }
}
