/**
 * Applies a review's edits to the original text through the places a reader found: every change
 * is a splice, changes to the same start tag or to the same inserted element are merged into one,
 * and what is not edited is copied byte for byte.
 */
import { FormatError } from '../errors'
import type { UnitNote } from '../model'
import { contentXml, escapeAttribute } from './inline'
import type { CatEdit } from './model'
import type { AttrEdit, InsertPlace, NotePlace, NoteStamp, SegmentPlace, SharedPlace, TagPlace } from './places'

interface Splice {
  start: number
  end: number
  text: string
  /** At one offset: a note's mark before a target's content (-1), an inserted target (0), notes (1), a mark's end (2). */
  order: number
}

/**
 * The start tag with the attribute set (replaced where it is, else added before `>` or `/>`), or
 * removed when the value is null.
 */
export function setAttribute(tag: string, name: string, value: string | null): string {
  const quoted = value === null ? '' : `"${escapeAttribute(value)}"`
  // Attributes read one after another, so a name inside another's value is never taken for one.
  let found = false
  const replaced = tag.replace(
    /(\s+)([^\s=/>]+)(\s*=\s*)("[^"]*"|'[^']*')/g,
    (whole, space: string, n: string, eq: string) => {
      if (n !== name || found) return whole
      found = true
      return value === null ? '' : `${space}${n}${eq}${quoted}`
    }
  )
  if (found || value === null) return replaced
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1
  const head = tag.slice(0, close).replace(/\s+$/, '')
  return `${head} ${name}=${quoted}${tag.slice(close)}`
}

function insertText(insert: InsertPlace, attrs: [string, string][], contents: ReadonlyMap<string, string>): string {
  let content = ''
  let at = 0
  for (const hole of insert.holes) {
    content += insert.template.slice(at, hole.start) + (contents.get(hole.key) ?? '')
    at = hole.end
  }
  content += insert.template.slice(at)
  const attributes = attrs.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('')
  return `${insert.before}<${insert.name}${attributes}>${content}</${insert.name}>${insert.after}`
}

/** The text with the edits applied. Unknown keys and targets with no place are refused. */
export function applyEdits(
  text: string,
  places: ReadonlyMap<string, SegmentPlace>,
  edits: ReadonlyMap<string, CatEdit>,
  stamp: NoteStamp
): string {
  const splices: Splice[] = []
  const tagEdits = new Map<TagPlace, AttrEdit[]>()
  const inserts = new Map<InsertPlace, { attrs: [string, string][]; contents: Map<string, string> }>()
  const notes = new Map<NotePlace, UnitNote[]>()
  const shared = new Map<SharedPlace, string>()
  const insertOf = (insert: InsertPlace): { attrs: [string, string][]; contents: Map<string, string> } => {
    let entry = inserts.get(insert)
    if (!entry) {
      entry = { attrs: [...insert.attrs], contents: new Map() }
      inserts.set(insert, entry)
    }
    return entry
  }

  for (const [key, edit] of edits) {
    const place = places.get(key)
    if (!place) throw new FormatError('format.invalidDocument', { reason: `no segment ${key} in the file` })
    const xml = contentXml(edit.target, place.codes)
    const target = place.target
    if (target.kind === 'none')
      throw new FormatError('format.invalidDocument', { reason: `segment ${key} has no place for its target` })
    if (target.kind === 'content') splices.push({ start: target.start, end: target.end, text: xml, order: 0 })
    else insertOf(target.insert).contents.set(key, xml)
    for (const change of edit.status === undefined || edit.status === place.status
      ? []
      : place.state(edit.status, target)) {
      if ('shared' in change) shared.set(change.shared, (shared.get(change.shared) ?? '') + change.text)
      else if ('at' in change) splices.push({ start: change.at, end: change.at, text: change.text, order: 1 })
      else if ('holes' in change.tag) {
        const attrs = insertOf(change.tag).attrs
        const i = attrs.findIndex(([k]) => k === change.name)
        if (change.value === null) {
          if (i !== -1) attrs.splice(i, 1)
        } else if (i === -1) attrs.push([change.name, change.value])
        else attrs[i] = [change.name, change.value]
      } else tagEdits.set(change.tag, [...(tagEdits.get(change.tag) ?? []), change])
    }
    if (edit.notes && edit.notes.length > 0) {
      if (!place.notes) throw new FormatError('format.notSupported', { reason: `notes on segment ${key}` })
      notes.set(place.notes, [...(notes.get(place.notes) ?? []), ...edit.notes])
    }
  }

  for (const [tag, changes] of tagEdits) {
    const written = changes.reduce((t, c) => setAttribute(t, c.name, c.value), text.slice(tag.start, tag.end))
    splices.push({ start: tag.start, end: tag.end, text: written, order: 0 })
  }
  for (const [insert, { attrs, contents }] of inserts)
    splices.push({ start: insert.at, end: insert.end, text: insertText(insert, attrs, contents), order: 0 })
  for (const [place, list] of notes) {
    splices.push({ start: place.at, end: place.at, text: place.make(list, stamp), order: place.order ?? 1 })
    for (const extra of place.also?.(list, stamp) ?? []) {
      if ('shared' in extra) shared.set(extra.shared, (shared.get(extra.shared) ?? '') + extra.text)
      else splices.push({ start: extra.at, end: extra.at, text: extra.text, order: extra.order })
    }
  }
  for (const [place, content] of shared)
    splices.push({ start: place.at, end: place.end ?? place.at, text: place.wrap(content), order: 1 })

  splices.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order)
  let out = ''
  let at = 0
  for (const s of splices) {
    if (s.start < at) throw new FormatError('format.invalidDocument', { reason: 'overlapping edits' })
    out += text.slice(at, s.start) + s.text
    at = s.end
  }
  return out + text.slice(at)
}
