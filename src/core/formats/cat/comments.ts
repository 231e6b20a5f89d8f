/**
 * Review notes written as the CAT tool's own comments, so the translator sees them in Trados or
 * memoQ rather than as XLIFF `<note>`s those tools do not show. Trados: the segment's target is
 * wrapped in an `x-sdl-comment` mark whose id names a `<cmt-def>` in the file's `<doc-info>`
 * (one `<Comment>` per note, with user, severity and date). memoQ: one `<mq:comment>` per note in
 * the trans-unit's `<mq:comments>`.
 */
import type { UnitNote } from '../model'
import { childElements, localName, type XmlElement } from '../xml'
import { escapeAttribute, escapeText } from './inline'
import type { NotePlace, SharedPlace } from './places'

export const SDL_NS = 'http://sdl.com/FileTypes/SdlXliff/1.0'
export const MEMOQ_NS = 'MQXliff'

/** The prefix (with its colon) a root binds to a namespace, or null when it binds none. */
export function prefixFor(root: XmlElement, ns: string): string | null {
  for (const [name, value] of Object.entries(root.attrs))
    if (value === ns && name.startsWith('xmlns:')) return `${name.slice('xmlns:'.length)}:`
  return null
}

/**
 * A GUID-shaped id from a seed (the segment key and the notes): the same review writes the same
 * file, and ids differ between segments.
 */
export function guidFrom(seed: string): string {
  const hex = (salt: number): string => {
    let h = 0x811c9dc5 ^ salt
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193)
    return (h >>> 0).toString(16).padStart(8, '0')
  }
  const d = hex(1) + hex(2) + hex(3) + hex(4)
  return `${d.slice(0, 8)}-${d.slice(8, 12)}-4${d.slice(13, 16)}-a${d.slice(17, 20)}-${d.slice(20, 32)}`
}

const seedOf = (key: string, notes: readonly UnitNote[]): string =>
  `${key}\u0000${notes.map((n) => `${n.author ?? ''}\u0001${n.text}`).join('\u0000')}`

/** Trados severities: High, Medium, Low (Error, Warning, For information). */
function sdlSeverity(note: UnitNote): string {
  if (note.severity === 'High' || note.severity === 'Medium' || note.severity === 'Low') return note.severity
  if (note.severity === 'critical' || note.severity === 'major') return 'High'
  return note.from === 'comment' && note.severity === undefined ? 'Low' : 'Medium'
}

/**
 * Where a Trados file's comment definitions go: into its `<cmt-defs>`, a new one in its
 * `<doc-info>`, or a new `<doc-info>` first in the root. Null when the file leaves no such place.
 */
export function sdlDefinitions(root: XmlElement): SharedPlace | null {
  const docInfo = childElements(root).find((c) => c.ns === SDL_NS && localName(c.name) === 'doc-info')
  if (!docInfo) {
    const at = root.span?.contentStart
    return at === undefined
      ? null
      : { at, wrap: (defs) => `<doc-info xmlns="${SDL_NS}"><cmt-defs>${defs}</cmt-defs></doc-info>` }
  }
  const span = docInfo.span
  if (!span || span.contentStart === span.end) return null
  const prefix = docInfo.name.includes(':') ? docInfo.name.slice(0, docInfo.name.indexOf(':') + 1) : ''
  const defs = childElements(docInfo).find((c) => localName(c.name) === 'cmt-defs')
  if (defs?.span && defs.span.contentStart !== defs.span.end) return { at: defs.span.contentEnd, wrap: (d) => d }
  if (defs) return null
  // After the repetition definitions, where Trados itself puts them when a file has both.
  const rep = childElements(docInfo).find((c) => localName(c.name) === 'rep-defs')
  return {
    at: rep?.span?.end ?? span.contentStart,
    wrap: (d) => `<${prefix}cmt-defs>${d}</${prefix}cmt-defs>`
  }
}

/**
 * Notes of one Trados segment as a comment on its whole target: the mark goes around the target's
 * content (edited or not), the definition into the shared place. Null when the target is not an
 * element with content to wrap (then the notes go in as `<note>`s).
 */
export function sdlCommentPlace(
  target: XmlElement | undefined,
  key: string,
  xliffPrefix: string,
  sdlPrefix: string,
  definitions: SharedPlace
): NotePlace | null {
  const span = target?.span
  if (!span || span.contentStart === span.end) return null
  return {
    at: span.contentStart,
    order: -1,
    make: (notes) => `<${xliffPrefix}mrk mtype="x-sdl-comment" ${sdlPrefix}cid="${guidFrom(seedOf(key, notes))}">`,
    also: (notes, stamp) => [
      { at: span.contentEnd, text: `</${xliffPrefix}mrk>`, order: 2 },
      {
        shared: definitions,
        text:
          `<cmt-def id="${guidFrom(seedOf(key, notes))}"><Comments>` +
          notes
            .map(
              (n) =>
                `<Comment severity="${sdlSeverity(n)}" user="${escapeAttribute(n.author ?? '')}" date="${escapeAttribute(stamp.now)}" version="1.0">${escapeText(n.text)}</Comment>`
            )
            .join('') +
          '</Comments></cmt-def>'
      }
    ]
  }
}

/**
 * Notes of a memoQ trans-unit as memoQ comments on its target: added to its `<mq:comments>`, or in
 * a new one at the end of the unit. Null when the unit has an empty `<mq:comments/>` or no end.
 */
export function memoqCommentPlace(tu: XmlElement, key: string, mqPrefix: string): NotePlace | null {
  const existing = childElements(tu).find((c) => c.ns === MEMOQ_NS && localName(c.name) === 'comments')
  const comment = (n: UnitNote, i: number, notes: readonly UnitNote[], now: string): string =>
    `<${mqPrefix}comment id="${guidFrom(`${seedOf(key, notes)}\u0002${i}`)}" creatoruser="${escapeAttribute(n.author ?? '')}" time="${escapeAttribute(now.replace(/\.\d+Z$/, 'Z'))}" deleted="false" category="0" appliesto="Target" origin="User">${escapeText(n.text)}</${mqPrefix}comment>`
  const all = (notes: readonly UnitNote[], now: string): string =>
    notes.map((n, i) => comment(n, i, notes, now)).join('')
  if (existing) {
    const span = existing.span
    if (!span || span.contentStart === span.end) return null
    return { at: span.contentEnd, make: (notes, stamp) => all(notes, stamp.now) }
  }
  const end = tu.span?.contentEnd
  if (end === undefined || tu.span?.contentStart === tu.span?.end) return null
  return {
    at: end,
    make: (notes, stamp) => `<${mqPrefix}comments>${all(notes, stamp.now)}</${mqPrefix}comments>`
  }
}
