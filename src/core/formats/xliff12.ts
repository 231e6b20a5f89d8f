/**
 * XLIFF 1.2 (OASIS, 2008). Writes one <trans-unit> per unit; reads files from CAT tools too:
 * nested <group>s, several <file>s, inline markup (<g>, <mrk>, <x/>, <bpt>...) flattened to text,
 * and Trados SDLXLIFF confirmation levels.
 */
import { FormatError } from './errors'
import {
  assertUnitCount,
  assertWritable,
  COTEJO_NS,
  stateRank,
  TOOL_ID,
  TOOL_NAME,
  uniqueIds,
  type BilingualDocument,
  type BilingualReadOptions,
  type BilingualUnit,
  type BilingualWriteOptions,
  type UnitNote,
  type UnitState
} from './model'
import { inlineContent, readInlineContent, unitCodes, type UnitCodes } from './inline-elements'
import { noteFromXliff, notePriority, ownNotes } from './notes'
import {
  documentReviewGroups,
  readDocumentReview,
  readReviewAttributes,
  noteGroups,
  readUnitReview,
  reviewAttributes,
  unitReviewGroups,
  withNoteGroups,
  type MetaGroup
} from './review-attributes'
import { attr, childElements, el, findAll, mixedEl, firstChild, flattenText, localName, type XmlElement } from './xml'

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2'

/** XLIFF 1.2 has no rejected state: a rejection needs translating again, and its qualifier says why. */
const STATE_OUT: Record<UnitState, string> = {
  rejected: 'needs-translation',
  translated: 'translated',
  reviewed: 'signed-off',
  final: 'final'
}
const REJECTED_QUALIFIER = 'rejected-inaccurate'

/** Native-code elements carry markup, not text; their `equiv-text` is what a reader should see. */
function inline12(child: XmlElement): 'text' | 'skip' | { text: string } {
  const name = localName(child.name)
  if (['x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it'].includes(name)) return { text: attr(child, 'equiv-text') ?? '' }
  if (name === 'sub') return 'skip'
  // Trados keeps tracked deletions in the target as marked text.
  if (name === 'mrk' && attr(child, 'mtype') === 'x-sdl-deleted') return 'skip'
  return 'text'
}

export function flattenXliff12(node: XmlElement | undefined): string {
  return node ? flattenText(node, inline12) : ''
}

function readState(unit: XmlElement, target: XmlElement | undefined): UnitState {
  const state = target ? attr(target, 'state') : undefined
  if (target && attr(target, 'state-qualifier')?.startsWith('rejected-')) return 'rejected'
  let result: UnitState = state === 'final' ? 'final' : state === 'signed-off' ? 'reviewed' : 'translated'
  if (attr(unit, 'approved') === 'yes' && stateRank(result) < stateRank('reviewed')) result = 'reviewed'
  // SDLXLIFF: <sdl:seg conf="ApprovedTranslation|ApprovedSignOff"> per segment; the least confirmed wins.
  const confs = findAll(unit, 'seg')
    .map((s) => attr(s, 'conf'))
    .filter((c): c is string => c !== undefined)
  if (confs.length > 0) {
    const levels = confs.map((c): UnitState =>
      c === 'ApprovedSignOff' ? 'final' : c === 'ApprovedTranslation' ? 'reviewed' : 'translated'
    )
    const least = levels.reduce((a, b) => (stateRank(b) < stateRank(a) ? b : a))
    if (stateRank(least) > stateRank(result)) result = least
  }
  return result
}

/**
 * Cotejo's review record: <cotejo:review> holding <cotejo:group category>s of <cotejo:meta type>s,
 * where XLIFF 1.2 allows other namespaces' elements (the end of <trans-unit> and <header>).
 */
function reviewGroups(parent: XmlElement | undefined): MetaGroup[] {
  if (!parent) return []
  return childElements(parent, 'review')
    .filter((r) => r.name.startsWith('cotejo:') || attr(r, 'xmlns') === COTEJO_NS)
    .flatMap((r) =>
      childElements(r, 'group').map((g) => ({
        category: attr(g, 'category') ?? '',
        fields: childElements(g, 'meta').map((m): [string, string] => [attr(m, 'type') ?? '', flattenText(m)])
      }))
    )
}

function reviewElement(groups: readonly MetaGroup[]): XmlElement | null {
  if (groups.length === 0) return null
  return el(
    'cotejo:review',
    {},
    groups.map((g) =>
      el(
        'cotejo:group',
        { category: g.category },
        g.fields.map(([type, value]) => el('cotejo:meta', { type }, [value]))
      )
    )
  )
}

function readUnit(unit: XmlElement, index: number, ownCodes: boolean): BilingualUnit | null {
  if (attr(unit, 'translate') === 'no') return null
  const target = firstChild(unit, 'target')
  const codes: UnitCodes | null = ownCodes ? new Map() : null
  const content = (node: XmlElement | undefined): string => readInlineContent(node, 'xliff12', codes, inline12)
  const source = content(firstChild(unit, 'source'))
  const targetText = content(target)
  if (source === '' && targetText === '') return null
  const previous = childElements(unit, 'alt-trans').find((a) => attr(a, 'alttranstype') === 'previous-version')
  const groups = reviewGroups(unit)
  const notes: UnitNote[] = withNoteGroups(
    childElements(unit, 'note').map((n) => noteFromXliff(n, flattenXliff12(n), attr(n, 'from'))),
    groups
  )
  const review = readUnitReview(groups)
  const result: BilingualUnit = {
    id: attr(unit, 'id') ?? String(index + 1),
    source,
    target: targetText,
    state: readState(unit, target),
    notes: ownNotes(notes, review)
  }
  if (previous) result.originalTarget = content(firstChild(previous, 'target'))
  const inline = unitCodes(codes)
  if (inline) result.codes = inline
  if (review) result.review = review
  return { ...result, ...readReviewAttributes(unit) }
}

/** Reads an XLIFF 1.0-1.2 root element. */
export function readXliff12Root(root: XmlElement, options: BilingualReadOptions = {}): BilingualDocument {
  if (localName(root.name) !== 'xliff') throw new FormatError('format.notXliff', { root: root.name })
  const version = attr(root, 'version') ?? '1.2'
  if (!/^1\.[0-2]$/.test(version)) throw new FormatError('format.unsupportedVersion', { version })
  const files = childElements(root, 'file')
  if (files.length === 0) throw new FormatError('format.notXliff', { reason: 'no <file>' })
  const units: BilingualUnit[] = []
  // Code elements are read as codes in files Cotejo wrote; CAT files have their own reader (./cat).
  const ownCodes = attr(root, 'xmlns:cotejo') === COTEJO_NS
  for (const file of files) {
    // In document order through nested <group>s; <bin-unit>s are not trans-units and drop out.
    for (const unit of findAll(firstChild(file, 'body') ?? file, 'trans-unit')) {
      const read = readUnit(unit, units.length, ownCodes)
      if (read) units.push(read)
      assertUnitCount(units.length)
    }
  }
  if (units.length === 0) throw new FormatError('format.emptyDocument')
  const first = files[0] as XmlElement
  const review = readDocumentReview(reviewGroups(firstChild(first, 'header')))
  return {
    name: attr(first, 'original') ?? options.name ?? '',
    sourceLang: attr(first, 'source-language') ?? options.sourceLang ?? '',
    targetLang: attr(first, 'target-language') ?? options.targetLang ?? '',
    units: uniqueIds(units),
    ...(review ? { review } : {})
  }
}

/**
 * <note> takes no attributes of other namespaces (neither schema allows them): the author goes in
 * `from` (Cotejo for its own checks' findings), the severity in `priority`, what a finding is about in
 * `annotates`. Kinds and categories travel in the review element (noteGroups).
 */
function noteElement(note: UnitNote): XmlElement {
  return el(
    'note',
    {
      from: note.author,
      priority: notePriority(note.severity),
      annotates: note.from === 'finding' ? 'target' : undefined
    },
    [note.text]
  )
}

function unitElement(unit: BilingualUnit, doc: BilingualDocument): XmlElement {
  return el(
    'trans-unit',
    {
      id: unit.id,
      approved: unit.state === 'translated' || unit.state === 'rejected' ? undefined : 'yes',
      'xml:space': 'preserve',
      ...reviewAttributes(unit)
    },
    [
      mixedEl('source', { 'xml:lang': doc.sourceLang }, inlineContent(unit.source, unit.codes, 'xliff12')),
      mixedEl(
        'target',
        {
          'xml:lang': doc.targetLang,
          state: STATE_OUT[unit.state],
          'state-qualifier': unit.state === 'rejected' ? REJECTED_QUALIFIER : undefined
        },
        inlineContent(unit.target, unit.codes, 'xliff12')
      ),
      unit.originalTarget !== undefined &&
        el('alt-trans', { alttranstype: 'previous-version', origin: TOOL_ID }, [
          mixedEl('target', { 'xml:lang': doc.targetLang }, inlineContent(unit.originalTarget, unit.codes, 'xliff12'))
        ]),
      ...unit.notes.map(noteElement),
      reviewElement([...noteGroups(unit.notes), ...(unit.review ? unitReviewGroups(unit.review) : [])])
    ]
  )
}

/** The XLIFF 1.2 tree for a document (build it with buildXml). */
export function xliff12Tree(doc: BilingualDocument, options: BilingualWriteOptions = {}): XmlElement {
  assertWritable(doc)
  return el('xliff', { version: '1.2', xmlns: XLIFF12_NS, 'xmlns:cotejo': COTEJO_NS }, [
    el(
      'file',
      {
        original: doc.name || 'document',
        'source-language': doc.sourceLang,
        'target-language': doc.targetLang,
        datatype: 'plaintext',
        date: (options.now ?? new Date()).toISOString(),
        'tool-id': TOOL_ID
      },
      [
        el('header', {}, [
          el('tool', { 'tool-id': TOOL_ID, 'tool-name': TOOL_NAME, 'tool-version': options.toolVersion }),
          doc.review && reviewElement(documentReviewGroups(doc.review))
        ]),
        el(
          'body',
          {},
          doc.units.map((u) => unitElement(u, doc))
        )
      ]
    )
  ])
}
