/**
 * The interop fixtures (../shared/fixtures/interop, beside the repository) and what SOURCES.md
 * says of each: languages as written, units and segments, inline codes in sources and targets,
 * translatable segments. Read from SOURCES.md itself, so the tests assert what it lists. The
 * bytes are decoded here as the backend would (BOM, else the XML declaration), keeping a BOM.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  attr,
  childElements,
  findAll,
  firstChild,
  localName,
  parseXml,
  type XmlElement
} from '../../../../../src/core/formats/xml'

export const INTEROP = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../../shared/fixtures/interop')
export const HAS_INTEROP = existsSync(join(INTEROP, 'SOURCES.md'))

export interface InteropFile {
  path: string
  /** As written: 'en-us', '*all*'; null for "(none)". */
  source: string | null
  targets: (string | null)[]
  units: number
  segments: number
  codes: [number, number]
  translatable: number
  tracked: boolean
}

const FOLDERS = ['xliff1', 'sdlxliff', 'mqxliff', 'wordfast', 'xliff2', 'tmx']

export function interopFiles(): InteropFile[] {
  if (!HAS_INTEROP) return []
  const rows = readFileSync(join(INTEROP, 'SOURCES.md'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('| `'))
  return rows
    .map((row) => row.split(' | '))
    .filter((cells) => FOLDERS.some((f) => cells[0]?.startsWith(`| \`${f}/`)))
    .map((cells) => {
      const path = (cells[0] ?? '').replace(/^\| `|`$/g, '')
      const [source = '', targets = ''] = (cells[6] ?? '').split(' → ')
      const [units = 0, segments = 0] = (cells[7] ?? '').split(' / ').map(Number)
      const what = cells[8] ?? ''
      const codes = /inline codes (\d+)\/(\d+)/.exec(what)
      const translatable = /\((\d+) of \d+ segments translatable\)/.exec(what)
      const lang = (l: string): string | null => (l.trim() === '(none)' ? null : l.trim())
      return {
        path,
        source: lang(source),
        targets: targets.split(', ').map(lang),
        units,
        segments,
        codes: [Number(codes?.[1] ?? 0), Number(codes?.[2] ?? 0)] as [number, number],
        translatable: translatable ? Number(translatable[1]) : segments,
        tracked: what.includes('**tracked changes**')
      }
    })
}

/** The file's text as the backend hands it over: BOM kept, encoding from the BOM or the declaration. */
export function interopText(path: string): string {
  const bytes = readFileSync(join(INTEROP, path))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes)
  const declared = /^(?:\uFEFF)?<\?xml[^>]*encoding=["']([\w-]+)["']/.exec(bytes.subarray(0, 200).toString('latin1'))
  const encoding = declared?.[1]?.toLowerCase() ?? 'utf-8'
  return new TextDecoder(encoding === 'utf-16' ? 'utf-8' : encoding, { ignoreBOM: true }).decode(bytes)
}

const CODE_NAMES: Record<string, readonly string[]> = {
  xliff1: ['g', 'x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it', 'mrk'],
  xliff2: ['pc', 'ph', 'sc', 'ec', 'mrk', 'sm', 'em'],
  tmx: ['bpt', 'ept', 'ph', 'it', 'hi', 'ut'],
  txml: ['ut']
}

/** How many code elements an element holds, as SOURCES.md counts them (a seg mark is not one). */
function codeElements(el: XmlElement | undefined, names: readonly string[], skip?: (e: XmlElement) => boolean): number {
  if (!el) return 0
  let n = 0
  for (const kid of childElements(el)) {
    if (skip?.(kid)) continue
    const name = localName(kid.name)
    if (names.includes(name) && !(name === 'mrk' && attr(kid, 'mtype') === 'seg')) n++
    n += codeElements(kid, names, skip)
  }
  return n
}

const isTracked = (e: XmlElement): boolean => /^x-sdl-(added|deleted)$|^x-mq-tc$/.test(attr(e, 'mtype') ?? '')
const isDeletion = (e: XmlElement): boolean =>
  attr(e, 'mtype') === 'x-sdl-deleted' || (attr(e, 'mtype') === 'x-mq-tc' && attr(e, 'mq:tctype') === 'del')

const segMarks = (el: XmlElement | undefined): XmlElement[] =>
  el ? findAll(el, 'mrk').filter((m) => attr(m, 'mtype') === 'seg') : []

export interface CodeCount {
  /** Code elements in the units' sources and targets (every target tuv of a TMX). */
  file: [number, number]
  /**
   * Those inside segments, as a reader sees them: seg-source marks for segmented XLIFF 1.2, no
   * ignorables, the reviewed target tuv only, tracked-change marks and deleted text left out.
   */
  segments: [number, number]
}

/** Counted on the parsed tree, independently of the CAT reader. */
export function countCodes(
  text: string,
  family: 'xliff1' | 'xliff2' | 'tmx' | 'txml',
  targetLang?: string | null
): CodeCount {
  const root = parseXml(text)
  const names = CODE_NAMES[family] ?? []
  const count = (el: XmlElement | undefined, skip?: (e: XmlElement) => boolean): number => codeElements(el, names, skip)
  const c: CodeCount = { file: [0, 0], segments: [0, 0] }
  const add = (which: 'file' | 'segments', s: number, t: number): void => {
    c[which][0] += s
    c[which][1] += t
  }
  if (family === 'xliff1')
    for (const tu of findAll(root, 'trans-unit')) {
      const source = firstChild(tu, 'source')
      const target = firstChild(tu, 'target')
      add('file', count(source), count(target))
      const marks = segMarks(firstChild(tu, 'seg-source'))
      const current = (e: XmlElement): boolean => isDeletion(e)
      if (marks.length === 0)
        add('segments', count(source), count(target, current) - countAll(target, isTracked, current))
      else {
        const targets = segMarks(target)
        add(
          'segments',
          marks.reduce((n, m) => n + count(m), 0),
          targets.reduce((n, m) => n + count(m, current) - countAll(m, isTracked, current), 0)
        )
      }
    }
  else if (family === 'xliff2')
    for (const unit of findAll(root, 'unit'))
      for (const part of childElements(unit)) {
        const s = count(firstChild(part, 'source'))
        const t = count(firstChild(part, 'target'))
        add('file', s, t)
        if (localName(part.name) === 'segment') add('segments', s, t)
      }
  else if (family === 'tmx') {
    const srclang = attr(findAll(root, 'header')[0] ?? root, 'srclang')?.toLowerCase()
    for (const tu of findAll(root, 'tu'))
      for (const tuv of childElements(tu, 'tuv')) {
        const lang = (attr(tuv, 'xml:lang') ?? '').toLowerCase()
        const n = count(firstChild(tuv, 'seg'))
        add('file', lang === srclang ? n : 0, lang === srclang ? 0 : n)
        add('segments', lang === srclang ? n : 0, lang === targetLang?.toLowerCase() ? n : 0)
      }
  } else
    for (const segment of findAll(root, 'segment')) {
      const s = count(firstChild(segment, 'source'))
      const t = count(firstChild(segment, 'target'))
      add('file', s, t)
      add('segments', s, t)
    }
  return c
}

/** Elements matching `which` under `el`, not descending into `skip`. */
function countAll(
  el: XmlElement | undefined,
  which: (e: XmlElement) => boolean,
  skip: (e: XmlElement) => boolean
): number {
  if (!el) return 0
  let n = 0
  for (const kid of childElements(el)) {
    if (skip(kid)) continue
    if (which(kid)) n++
    n += countAll(kid, which, skip)
  }
  return n
}

const WHOLE_CODES = new Set(['x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it'])

/** The text of a tracked target in one version, codes left out: read from the tree, not by the CAT reader. */
function versionText(el: XmlElement, version: 'current' | 'previous'): string {
  let out = ''
  for (const kid of el.children) {
    if (typeof kid === 'string') out += kid
    else if (WHOLE_CODES.has(localName(kid.name))) continue
    else if (isDeletion(kid)) out += version === 'previous' ? versionText(kid, version) : ''
    else if (isTracked(kid)) out += version === 'current' ? versionText(kid, version) : ''
    else out += versionText(kid, version)
  }
  return out
}

/** Per segment target of an XLIFF 1.2 file (in order), its text without deletions and without insertions. */
export function trackedVersions(text: string): { current: string; previous: string }[] {
  return findAll(parseXml(text), 'trans-unit').flatMap((tu) => {
    const target = firstChild(tu, 'target')
    if (!target) return []
    const marks = segMarks(target)
    return (marks.length > 0 ? marks : [target]).map((t) => ({
      current: versionText(t, 'current'),
      previous: versionText(t, 'previous')
    }))
  })
}
