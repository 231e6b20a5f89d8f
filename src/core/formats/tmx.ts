/**
 * TMX 1.4b (LISA). A translation memory: one <tu> per unit that has both a source and a target,
 * holding the corrected target, so the translator's CAT tool learns the reviewed rendering. QA
 * findings are not written (a memory is not a review report); reviewers' comments and queries are.
 * Review data TMX has no element for (state, note kinds, the original target) travels in
 * <prop type="x-cotejo-..."> entries, which CAT tools keep as fields. A note's author leads its
 * text (`authorNoteText`): TMX 1.4b's <note> is text alone, with no author attribute.
 */
import { z } from 'zod'
import { fromTmxDate, toTmxDate } from './dates'
import { FormatError } from './errors'
import {
  assertUnitCount,
  assertWritable,
  NOTE_KINDS,
  sameLanguage,
  TOOL_NAME,
  UNIT_STATES,
  uniqueIds,
  type BilingualDocument,
  type BilingualReadOptions,
  type BilingualUnit,
  type BilingualWriteOptions,
  type UnitNote,
  type UnitState
} from './model'
import { inlineContent, readInlineContent, unitCodes, type UnitCodes } from './inline-elements'
import {
  attr,
  buildXml,
  childElements,
  el,
  findAll,
  firstChild,
  flattenText,
  localName,
  mixedEl,
  parseXml,
  type XmlElement
} from './xml'

const PROP_STATE = 'x-cotejo-state'
const PROP_ORIGINAL = 'x-cotejo-original-target'
/** One per <note>, in the same order: {"from":"finding","severity":"major",...} */
const PROP_NOTE = 'x-cotejo-note'

const noteMetaSchema = z.object({
  from: z.enum(NOTE_KINDS),
  author: z.string().optional(),
  category: z.string().optional(),
  severity: z.string().optional()
})

/** <bpt>, <ept>, <it>, <ph>, <ut> hold native code; <hi> holds text; <sub> is a separate flow. */
function inlineTmx(child: XmlElement): 'text' | 'skip' {
  return ['bpt', 'ept', 'it', 'ph', 'ut', 'sub'].includes(localName(child.name)) ? 'skip' : 'text'
}

function tuvLang(tuv: XmlElement): string {
  // TMX 1.4 uses xml:lang; 1.1 and some tools wrote `lang`.
  return attr(tuv, 'xml:lang') ?? ''
}

function segText(tuv: XmlElement | undefined, codes: UnitCodes | null): string {
  return readInlineContent(tuv ? firstChild(tuv, 'seg') : undefined, 'tmx', codes, inlineTmx)
}

function props(tu: XmlElement, type: string): string[] {
  return childElements(tu, 'prop')
    .filter((p) => attr(p, 'type') === type)
    .map((p) => flattenText(p))
}

/**
 * A note as TMX can hold it: the author first ("Ana: The date is missing."). The TMX 1.4b DTD gives
 * <note> no author attribute (only xml:lang and o-encoding) and any <prop> would lie beside the
 * notes, not on one; the text is the one place every CAT tool shows, so the translator reading the
 * memory sees who wrote it. Cotejo's own reader takes the prefix off again (its note metadata says the author).
 */
export function authorNoteText(note: Pick<UnitNote, 'text' | 'author'>): string {
  return note.author ? `${note.author}: ${note.text}` : note.text
}

/** The note's own text, the author's prefix taken off when the metadata names that author. */
function withoutAuthor(text: string, author: string | undefined): string {
  return author && text.startsWith(`${author}: `) ? text.slice(author.length + 2) : text
}

function readNotes(tu: XmlElement): UnitNote[] {
  const texts = childElements(tu, 'note').map((n) => flattenText(n))
  const metas = props(tu, PROP_NOTE).map((raw) => {
    try {
      const parsed = noteMetaSchema.safeParse(JSON.parse(raw))
      return parsed.success ? parsed.data : null
    } catch {
      return null
    }
  })
  // Metadata only counts when it lines up with the notes; an edited file falls back to comments.
  const aligned = metas.length === texts.length && metas.every((m) => m !== null)
  return texts.map((text, i) => {
    const meta = aligned ? metas[i] : null
    const note: UnitNote = { from: meta?.from ?? 'comment', text: withoutAuthor(text, meta?.author) }
    if (meta?.author) note.author = meta.author
    if (meta?.category) note.category = meta.category
    if (meta?.severity) note.severity = meta.severity
    return note
  })
}

function readState(tu: XmlElement): UnitState {
  const value = props(tu, PROP_STATE)[0]
  return (UNIT_STATES as readonly string[]).includes(value ?? '') ? (value as UnitState) : 'translated'
}

/** Reads a TMX file from its text or its UTF-8 bytes. */
export function readTmx(input: string | Uint8Array, options: BilingualReadOptions = {}): BilingualDocument {
  const root = parseXml(input)
  if (localName(root.name) !== 'tmx') throw new FormatError('format.notTmx', { root: root.name })
  const header = firstChild(root, 'header')
  const body = firstChild(root, 'body')
  if (!header || !body) throw new FormatError('format.notTmx', { reason: 'no <header> or <body>' })
  const declared = attr(header, 'srclang') ?? ''
  const headerSource = declared && declared !== '*all*' ? declared : options.sourceLang
  let sourceLang = ''
  let targetLang = ''
  const units: BilingualUnit[] = []
  // Code elements are read as codes in memories Cotejo wrote; CAT tools' have their own reader (./cat).
  const ownCodes = attr(header, 'creationtool') === TOOL_NAME
  for (const tu of findAll(body, 'tu')) {
    const tuvs = childElements(tu, 'tuv')
    const src = (headerSource ? tuvs.find((t) => sameLanguage(tuvLang(t), headerSource)) : undefined) ?? tuvs[0]
    const others = tuvs.filter((t) => t !== src)
    const trg =
      (options.targetLang ? others.find((t) => sameLanguage(tuvLang(t), options.targetLang as string)) : undefined) ??
      others[0]
    if (!src) continue
    sourceLang ||= tuvLang(src)
    if (trg) targetLang ||= tuvLang(trg)
    const codes: UnitCodes | null = ownCodes ? new Map() : null
    const unit: BilingualUnit = {
      id: attr(tu, 'tuid') ?? String(units.length + 1),
      source: segText(src, codes),
      target: segText(trg, codes),
      state: readState(tu),
      notes: readNotes(tu)
    }
    const inline = unitCodes(codes)
    if (inline) unit.codes = inline
    const original = props(tu, PROP_ORIGINAL)[0]
    if (original !== undefined) unit.originalTarget = original
    const createdAt = fromTmxDate(attr(tu, 'creationdate'))
    const changedAt = fromTmxDate(attr(tu, 'changedate'))
    const reviewer = attr(tu, 'changeid') ?? attr(tu, 'creationid')
    if (createdAt) unit.createdAt = createdAt
    if (changedAt) unit.changedAt = changedAt
    if (reviewer) unit.reviewer = reviewer
    units.push(unit)
    assertUnitCount(units.length)
  }
  if (units.length === 0) throw new FormatError('format.emptyDocument')
  return {
    name: options.name ?? '',
    sourceLang: sourceLang || headerSource || '',
    targetLang: targetLang || options.targetLang || '',
    units: uniqueIds(units)
  }
}

/** A unit worth remembering: text on both sides. */
export function isMemoryUnit(unit: BilingualUnit): boolean {
  return unit.source.trim() !== '' && unit.target.trim() !== ''
}

function tuElement(unit: BilingualUnit, doc: BilingualDocument): XmlElement {
  const notes = unit.notes.filter((n) => n.from !== 'finding')
  return el(
    'tu',
    {
      tuid: unit.id,
      creationdate: toTmxDate(unit.createdAt),
      creationid: unit.reviewer,
      changedate: toTmxDate(unit.changedAt),
      changeid: unit.reviewer
    },
    [
      ...notes.map((n) => el('note', {}, [authorNoteText(n)])),
      // TMX has no rejected state, and a memory no use for one: a rejected unit carries none.
      unit.state !== 'rejected' && el('prop', { type: PROP_STATE }, [unit.state]),
      unit.originalTarget !== undefined && el('prop', { type: PROP_ORIGINAL }, [unit.originalTarget]),
      ...notes.map((n) =>
        el('prop', { type: PROP_NOTE }, [
          JSON.stringify({ from: n.from, author: n.author, category: n.category, severity: n.severity })
        ])
      ),
      el('tuv', { 'xml:lang': doc.sourceLang }, [mixedEl('seg', {}, inlineContent(unit.source, unit.codes, 'tmx'))]),
      el('tuv', { 'xml:lang': doc.targetLang }, [mixedEl('seg', {}, inlineContent(unit.target, unit.codes, 'tmx'))])
    ]
  )
}

/** The TMX tree of a document's memory units; a document with none is 'format.emptyDocument'. */
export function tmxTree(source: BilingualDocument, options: BilingualWriteOptions = {}): XmlElement {
  const doc = { ...source, units: source.units.filter(isMemoryUnit) }
  assertWritable(doc)
  return el('tmx', { version: '1.4' }, [
    el('header', {
      creationtool: TOOL_NAME,
      creationtoolversion: options.toolVersion ?? 'unknown',
      datatype: 'plaintext',
      segtype: 'paragraph',
      adminlang: 'en',
      srclang: doc.sourceLang,
      'o-tmf': TOOL_NAME,
      creationdate: toTmxDate(options.now ?? new Date())
    }),
    el(
      'body',
      {},
      doc.units.map((u) => tuElement(u, doc))
    )
  ])
}

export function writeTmx(doc: BilingualDocument, options: BilingualWriteOptions = {}): string {
  return buildXml(tmxTree(doc, options))
}
