/**
 * XLIFF 2.x core (2.0, 2.1, 2.2 share the 2.0 namespace). Writes one <unit> with one <segment>
 * per unit, the translator's original target in the Change Tracking module; reads units made of
 * several segments (joined with their <ignorable>s) and flattens <pc>, <ph>, <mrk>... to text.
 */
import { toIso } from './dates'
import { FormatError } from './errors'
import {
  assertUnitCount,
  assertWritable,
  COTEJO_NS,
  leastState,
  uniqueIds,
  type BilingualDocument,
  type BilingualReadOptions,
  type BilingualUnit,
  type BilingualWriteOptions,
  type UnitNote,
  type UnitState
} from './model'
import {
  inlineContent,
  originalData,
  originalDataElement,
  readInlineContent,
  unitCodes,
  type UnitCodes
} from './inline-elements'
import { noteFromXliff, notePriority, ownNotes } from './notes'
import {
  documentReviewGroups,
  readDocumentReview,
  readReviewAttributes,
  readUnitReview,
  reviewAttributes,
  unitReviewGroups,
  type MetaGroup
} from './review-attributes'
import { attr, childElements, el, findAll, mixedEl, firstChild, flattenText, localName, type XmlElement } from './xml'

export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0'
export const XLIFF2_CTR_NS = 'urn:oasis:names:tc:xliff:changetracking:2.0'
export const XLIFF2_MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0'

/** Codes have no text; `equiv` (or equivStart/equivEnd on <pc>) is their plain-text stand-in. */
function inline2(child: XmlElement): 'text' | 'skip' | { text: string } {
  const name = localName(child.name)
  if (name === 'ph' || name === 'sc' || name === 'ec') return { text: attr(child, 'equiv') ?? '' }
  if (name === 'sm' || name === 'em') return { text: '' }
  if (name === 'cp') {
    const code = parseInt(attr(child, 'hex') ?? '', 16)
    return { text: Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '' }
  }
  if (name === 'pc')
    return { text: (attr(child, 'equivStart') ?? '') + flattenText(child, inline2) + (attr(child, 'equivEnd') ?? '') }
  return 'text'
}

export function flattenXliff2(node: XmlElement | undefined): string {
  return node ? flattenText(node, inline2) : ''
}

/**
 * XLIFF 2 has no rejected state: Cotejo writes it as state="initial" subState="cotejo:rejected", and
 * reads a `rejected` subState (of any authority) below reviewed as rejected.
 */
const REJECTED_SUBSTATE = 'cotejo:rejected'

function readSegmentState(segment: XmlElement): UnitState {
  const state = attr(segment, 'state')
  const rejected = attr(segment, 'subState')?.replace(/^[^:]*:/, '') === 'rejected'
  if (rejected && state !== 'reviewed' && state !== 'final') return 'rejected'
  return state === 'final' ? 'final' : state === 'reviewed' ? 'reviewed' : 'translated'
}

/** The oldest content revision of the target, which is the translator's version before review. */
function originalTarget(unit: XmlElement): string | undefined {
  const track = firstChild(unit, 'changeTrack')
  if (!track) return undefined
  const revisions = childElements(track, 'revisions').filter((r) => attr(r, 'appliesTo') === 'target')
  const candidates = revisions.flatMap((r) => childElements(r, 'revision'))
  if (candidates.length === 0) return undefined
  const oldest = candidates.reduce((a, b) => ((attr(b, 'datetime') ?? '') < (attr(a, 'datetime') ?? '') ? b : a))
  const item = childElements(oldest, 'item').find((i) => (attr(i, 'property') ?? 'content') === 'content')
  return item ? flattenXliff2(item) : undefined
}

/** The Metadata module's groups of an element (<mda:metadata> among its children), flat. */
function metaGroups(parent: XmlElement): MetaGroup[] {
  return childElements(parent, 'metadata').flatMap((m) =>
    childElements(m, 'metaGroup').map((g) => ({
      category: attr(g, 'category') ?? '',
      fields: childElements(g, 'meta').map((meta): [string, string] => [attr(meta, 'type') ?? '', flattenText(meta)])
    }))
  )
}

function metadataElement(groups: readonly MetaGroup[]): XmlElement | null {
  if (groups.length === 0) return null
  return el(
    'mda:metadata',
    {},
    groups.map((g) =>
      el(
        'mda:metaGroup',
        { category: g.category },
        g.fields.map(([type, value]) => el('mda:meta', { type }, [value]))
      )
    )
  )
}

function readUnit(unit: XmlElement, index: number, ownCodes: boolean): BilingualUnit | null {
  if (attr(unit, 'translate') === 'no') return null
  let source = ''
  let target = ''
  const states: UnitState[] = []
  const codes: UnitCodes | null = ownCodes ? new Map() : null
  const data = originalData(unit)
  const content = (node: XmlElement | undefined): string => readInlineContent(node, 'xliff2', codes, inline2, data)
  for (const part of childElements(unit)) {
    const name = localName(part.name)
    if (name !== 'segment' && name !== 'ignorable') continue
    const partSource = content(firstChild(part, 'source'))
    const partTarget = firstChild(part, 'target')
    source += partSource
    // An ignorable without target is whitespace between sentences: the target has it too.
    target += partTarget ? content(partTarget) : name === 'ignorable' ? partSource : ''
    if (name === 'segment') states.push(readSegmentState(part))
  }
  if (states.length === 0 || (source === '' && target === '')) return null
  const notesContainer = firstChild(unit, 'notes')
  const notes: UnitNote[] = notesContainer
    ? childElements(notesContainer, 'note').map((n) => noteFromXliff(n, flattenXliff2(n), attr(n, 'cotejo:author')))
    : []
  const review = readUnitReview(metaGroups(unit))
  const result: BilingualUnit = {
    id: attr(unit, 'id') ?? String(index + 1),
    source,
    target,
    state: leastState(states),
    notes: ownNotes(notes, review)
  }
  const original = originalTarget(unit)
  if (original !== undefined) result.originalTarget = original
  const inline = unitCodes(codes)
  if (inline) result.codes = inline
  if (review) result.review = review
  return { ...result, ...readReviewAttributes(unit) }
}

/** Reads an XLIFF 2.x root element. */
export function readXliff2Root(root: XmlElement, options: BilingualReadOptions = {}): BilingualDocument {
  if (localName(root.name) !== 'xliff') throw new FormatError('format.notXliff', { root: root.name })
  const version = attr(root, 'version') ?? ''
  if (!/^2\.\d+$/.test(version)) throw new FormatError('format.unsupportedVersion', { version })
  const files = childElements(root, 'file')
  if (files.length === 0) throw new FormatError('format.notXliff', { reason: 'no <file>' })
  const units: BilingualUnit[] = []
  // Code elements are read as codes in files Cotejo wrote; CAT files have their own reader (./cat).
  const ownCodes = attr(root, 'xmlns:cotejo') === COTEJO_NS
  for (const file of files) {
    for (const unit of findAll(file, 'unit')) {
      const read = readUnit(unit, units.length, ownCodes)
      if (read) units.push(read)
      assertUnitCount(units.length)
    }
  }
  if (units.length === 0) throw new FormatError('format.emptyDocument')
  const first = files[0] as XmlElement
  const review = readDocumentReview(metaGroups(first))
  return {
    name: attr(first, 'original') ?? options.name ?? attr(first, 'id') ?? '',
    sourceLang: attr(root, 'srcLang') ?? options.sourceLang ?? '',
    targetLang: attr(root, 'trgLang') ?? options.targetLang ?? '',
    units: uniqueIds(units),
    ...(review ? { review } : {})
  }
}

const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u

function noteElement(note: UnitNote): XmlElement {
  return el(
    'note',
    {
      category: note.category,
      priority: notePriority(note.severity),
      appliesTo: note.from === 'finding' ? 'target' : undefined,
      'cotejo:kind': note.from,
      'cotejo:severity': note.severity,
      'cotejo:author': note.author
    },
    [note.text]
  )
}

function changeTrack(unit: BilingualUnit): XmlElement | null {
  if (unit.originalTarget === undefined) return null
  return el('ctr:changeTrack', {}, [
    el('ctr:revisions', { appliesTo: 'target' }, [
      el('ctr:revision', { author: unit.reviewer, datetime: toIso(unit.changedAt ?? unit.createdAt) }, [
        el('ctr:item', { property: 'content' }, [unit.originalTarget])
      ])
    ])
  ])
}

function unitElement(unit: BilingualUnit, doc: BilingualDocument): XmlElement {
  // Core requires NMTOKEN ids; rewriting them silently would break the round trip, so refuse.
  if (!NMTOKEN.test(unit.id))
    throw new FormatError('format.invalidDocument', { reason: 'id is not an NMTOKEN', id: unit.id })
  return el(
    'unit',
    {
      id: unit.id,
      'xml:space': 'preserve',
      ...reviewAttributes(unit)
    },
    [
      changeTrack(unit),
      unit.review && metadataElement(unitReviewGroups(unit.review)),
      unit.notes.length > 0 && el('notes', {}, unit.notes.map(noteElement)),
      originalDataElement(unit.codes, [unit.source, unit.target]),
      // subState keeps Cotejo's own status where the state says less (an approval makes every unit final).
      el(
        'segment',
        {
          id: 's1',
          state: unit.state === 'rejected' ? 'initial' : unit.state,
          subState: unit.review
            ? `cotejo:${unit.review.status}`
            : unit.state === 'rejected'
              ? REJECTED_SUBSTATE
              : undefined
        },
        [
          mixedEl('source', {}, inlineContent(unit.source, unit.codes, 'xliff2')),
          mixedEl('target', { 'xml:lang': doc.targetLang }, inlineContent(unit.target, unit.codes, 'xliff2'))
        ]
      )
    ]
  )
}

/** The XLIFF 2.0 tree for a document (build it with buildXml). */
export function xliff2Tree(doc: BilingualDocument, _options: BilingualWriteOptions = {}): XmlElement {
  assertWritable(doc)
  return el(
    'xliff',
    {
      xmlns: XLIFF2_NS,
      'xmlns:ctr': XLIFF2_CTR_NS,
      'xmlns:mda': XLIFF2_MDA_NS,
      'xmlns:cotejo': COTEJO_NS,
      version: '2.0',
      srcLang: doc.sourceLang,
      trgLang: doc.targetLang
    },
    [
      el('file', { id: 'f1', original: doc.name || undefined }, [
        doc.review && metadataElement(documentReviewGroups(doc.review)),
        ...doc.units.map((u) => unitElement(u, doc))
      ])
    ]
  )
}
