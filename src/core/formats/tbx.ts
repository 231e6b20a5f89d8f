/**
 * Termbases as TBX. Writes TBX-Basic in the TBX v3 core structure (ISO 30042:2019, DCA style):
 * one <conceptEntry> per entry, the English terms marked preferred / admitted (allowed) /
 * deprecated (forbidden). Reads TBX v3 (DCA or DCT style) and TBX v2 (<martif>, <termEntry>,
 * <langSet>, <tig>/<ntig>), one entry per usable Spanish term.
 */
import type { GlossaryEntry } from '../domain/glossary'
import { FormatError } from './errors'
import type { GlossaryImport } from './glossary-csv'
import { MAX_UNITS } from './limits'
import { sameLanguage, TOOL_NAME } from './model'
import { attr, buildXml, childElements, el, findAll, flattenText, localName, parseXml, type XmlElement } from './xml'

export const TBX_NS = 'urn:iso:std:iso:30042:ed-2'

type TermStatus = 'preferred' | 'admitted' | 'deprecated' | 'unspecified'

interface Term {
  text: string
  status: TermStatus
}

/** Flags TBX-Basic has no field for travel in a concept note that starts with this marker. */
const FLAGS_NOTE = `${TOOL_NAME}:`

const STATUS_VALUE: Record<Exclude<TermStatus, 'unspecified'>, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts'
}

function parseStatus(value: string | undefined): TermStatus {
  const v = (value ?? '').trim()
  // TBX v3 administrativeStatus values, and TBX v2 normativeAuthorization values.
  if (/^(preferred|standardized|legal|regulated)Term/i.test(v)) return 'preferred'
  if (/^admittedTerm/i.test(v)) return 'admitted'
  if (/^(deprecated|superseded)Term/i.test(v)) return 'deprecated'
  return 'unspecified'
}

/** A term's status: <termNote type="administrativeStatus|normativeAuthorization"> or DCT <x:administrativeStatus>. */
function statusOf(container: XmlElement): TermStatus {
  for (const child of findAll(container, 'termNote')) {
    const type = attr(child, 'type')
    if (type === 'administrativeStatus' || type === 'normativeAuthorization') return parseStatus(flattenText(child))
  }
  const dct = findAll(container, 'administrativeStatus')[0] ?? findAll(container, 'normativeAuthorization')[0]
  return dct ? parseStatus(flattenText(dct)) : 'unspecified'
}

/** Term holders: v3 <termSec>, v2 <tig> and <ntig>. */
function termsOf(langSec: XmlElement): Term[] {
  const holders = childElements(langSec).filter((c) => ['termSec', 'tig', 'ntig'].includes(localName(c.name)))
  return holders.flatMap((h) => {
    const term = findAll(h, 'term')[0]
    const text = term ? flattenText(term).trim() : ''
    return text ? [{ text, status: statusOf(h) }] : []
  })
}

function langOf(langSec: XmlElement): string {
  return attr(langSec, 'xml:lang') ?? ''
}

/** Concept-level notes and definitions first, then those of the language sections. */
function notesOf(concept: XmlElement, langSecs: XmlElement[]): { note?: string; flags: string[] } {
  const texts: string[] = []
  const flags: string[] = []
  const collect = (node: XmlElement): void => {
    for (const child of childElements(node)) {
      const name = localName(child.name)
      const isNote =
        name === 'note' || (name === 'descrip' && attr(child, 'type') === 'definition') || name === 'definition'
      if (isNote) {
        const text = flattenText(child).trim()
        if (text.startsWith(FLAGS_NOTE))
          flags.push(
            ...text
              .slice(FLAGS_NOTE.length)
              .split(/[;,]/)
              .map((f) => f.trim())
          )
        else if (text && !texts.includes(text)) texts.push(text)
      } else if (name === 'descripGrp') collect(child)
    }
  }
  collect(concept)
  langSecs.forEach(collect)
  return texts.length > 0 ? { note: texts.join('\n'), flags } : { flags }
}

export interface TbxReadOptions {
  /** Language of GlossaryEntry.source; default 'es'. */
  sourceLang?: string
  /** Language of GlossaryEntry.target; default 'en'. */
  targetLang?: string
}

/** Reads a termbase in TBX from its text or its UTF-8 bytes. */
export function readTbx(input: string | Uint8Array, options: TbxReadOptions = {}): GlossaryImport {
  const root = parseXml(input)
  const rootName = localName(root.name)
  if (rootName !== 'tbx' && rootName !== 'martif') throw new FormatError('format.notTbx', { root: root.name })
  const sourceLang = options.sourceLang ?? 'es'
  const targetLang = options.targetLang ?? 'en'
  const concepts = [...findAll(root, 'conceptEntry'), ...findAll(root, 'termEntry')]
  if (concepts.length > MAX_UNITS)
    throw new FormatError('format.tooManyUnits', { count: concepts.length, limit: MAX_UNITS })
  const result: GlossaryImport = { entries: [], skipped: [] }
  const seen = new Set<string>()
  for (const concept of concepts) {
    const langSecs = childElements(concept).filter((c) => ['langSec', 'langSet'].includes(localName(c.name)))
    const terms = (lang: string): Term[] => langSecs.filter((l) => sameLanguage(langOf(l), lang)).flatMap(termsOf)
    const sources = terms(sourceLang).filter((t) => t.status !== 'deprecated')
    const targets = terms(targetLang)
    const usable = targets.filter((t) => t.status !== 'deprecated')
    const preferred = usable.find((t) => t.status === 'preferred') ?? usable[0]
    const id = attr(concept, 'id')
    if (sources.length === 0 || !preferred) {
      result.skipped.push({ code: 'emptyTerm', ...(id ? { detail: id } : {}) })
      continue
    }
    const { note, flags } = notesOf(concept, langSecs)
    for (const source of sources) {
      const key = source.text.toLowerCase()
      if (seen.has(key)) {
        result.skipped.push({ code: 'duplicate', detail: source.text })
        continue
      }
      seen.add(key)
      const entry: GlossaryEntry = {
        source: source.text,
        target: preferred.text,
        allowed: usable.filter((t) => t !== preferred).map((t) => t.text),
        forbidden: targets.filter((t) => t.status === 'deprecated').map((t) => t.text)
      }
      if (note) entry.note = note
      if (flags.includes('case-sensitive')) entry.caseSensitive = true
      if (flags.includes('accent-insensitive')) entry.accentInsensitive = true
      result.entries.push(entry)
    }
  }
  if (result.entries.length === 0) throw new FormatError('format.emptyDocument')
  return result
}

function termSec(text: string, status: Exclude<TermStatus, 'unspecified'>): XmlElement {
  return el('termSec', {}, [
    el('term', {}, [text]),
    el('termNote', { type: 'administrativeStatus' }, [STATUS_VALUE[status]])
  ])
}

function conceptEntry(entry: GlossaryEntry, index: number, sourceLang: string, targetLang: string): XmlElement {
  const flags = [entry.caseSensitive && 'case-sensitive', entry.accentInsensitive && 'accent-insensitive'].filter(
    Boolean
  )
  return el('conceptEntry', { id: `c${index + 1}` }, [
    entry.note ? el('note', {}, [entry.note]) : null,
    flags.length > 0 ? el('note', {}, [`${FLAGS_NOTE} ${flags.join('; ')}`]) : null,
    el('langSec', { 'xml:lang': sourceLang }, [termSec(entry.source, 'preferred')]),
    el('langSec', { 'xml:lang': targetLang }, [
      termSec(entry.target, 'preferred'),
      ...entry.allowed.map((t) => termSec(t, 'admitted')),
      ...entry.forbidden.map((t) => termSec(t, 'deprecated'))
    ])
  ])
}

export function writeTbx(entries: readonly GlossaryEntry[], options: TbxReadOptions = {}): string {
  if (entries.length === 0) throw new FormatError('format.emptyDocument')
  const sourceLang = options.sourceLang ?? 'es'
  const targetLang = options.targetLang ?? 'en'
  const root = el('tbx', { xmlns: TBX_NS, type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en' }, [
    el('tbxHeader', {}, [el('fileDesc', {}, [el('sourceDesc', {}, [el('p', {}, [`Exported from ${TOOL_NAME}`])])])]),
    el('text', {}, [
      el(
        'body',
        {},
        entries.map((e, i) => conceptEntry(e, i, sourceLang, targetLang))
      )
    ])
  ])
  return buildXml(root)
}
