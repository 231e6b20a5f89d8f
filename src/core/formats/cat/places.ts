/**
 * Where a segment's target, state and notes live in the original text, as a reader finds them,
 * so that writing back splices only those places and leaves every other byte as it was.
 */
import type { InlineCode } from '../inline-codes'
import type { XmlElement } from '../xml'
import type { UnitNote } from '../model'
import type { CatStatus } from './model'

/** A start tag in the text: `[start, end)` from `<` to just after `>`. */
export interface TagPlace {
  readonly start: number
  readonly end: number
}

/**
 * An element a target edit writes whole, `before<name attrs>template with holes</name>after`, in
 * place of `[at, end)`: one the file lacks (end = at), or an empty `<target/>`.
 */
export interface InsertPlace {
  readonly at: number
  readonly end: number
  readonly name: string
  /** Attributes of the new element, in order; state edits add theirs here. */
  readonly attrs: [string, string][]
  readonly before: string
  readonly after: string
  /** Content of the new element, with the segments' targets going into the holes. */
  readonly template: string
  readonly holes: readonly { key: string; start: number; end: number }[]
}

export type TargetPlace =
  | { readonly kind: 'content'; readonly start: number; readonly end: number }
  | { readonly kind: 'insert'; readonly insert: InsertPlace }
  /** No place to write this target (a segmented target that lacks this segment). */
  | { readonly kind: 'none' }

export interface AttrEdit {
  readonly tag: TagPlace | InsertPlace
  readonly name: string
  /** null removes the attribute. */
  readonly value: string | null
}

/**
 * A state that needs an element the file lacks (a Trados `<sdl:seg>`): markup at an offset, or
 * added to a place several segments share (one `<sdl:seg-defs>` for a unit's new definitions).
 */
export type StateInsert =
  { readonly at: number; readonly text: string } | { readonly shared: SharedPlace; readonly text: string }

export type StateEdit = AttrEdit | StateInsert

/** When the notes are written: the time given to tools that date their comments. */
export interface NoteStamp {
  readonly now: string
}

/** A place that several segments' notes add to, written once (Trados comment definitions). */
export interface SharedPlace {
  readonly at: number
  /** Where the written markup ends when it replaces `[at, end)` (an empty `<e/>` opened); else it is inserted. */
  readonly end?: number
  readonly wrap: (content: string) => string
}

/** Markup notes need beside their own: at an offset of the file, or in a shared place. */
export type NoteExtra =
  | { readonly at: number; readonly text: string; readonly order: number }
  | { readonly shared: SharedPlace; readonly text: string }

export interface NotePlace {
  readonly at: number
  readonly make: (notes: readonly UnitNote[], stamp: NoteStamp) => string
  /** Among splices at the same offset: before a target's content (-1) or after an inserted target (1, default). */
  readonly order?: number
  readonly also?: (notes: readonly UnitNote[], stamp: NoteStamp) => readonly NoteExtra[]
}

export interface SegmentPlace {
  readonly codes: readonly InlineCode[]
  readonly target: TargetPlace
  /** The status read: a review that leaves it as it was leaves the file's own value alone. */
  readonly status: CatStatus
  /** The edits that write this status in the format's vocabulary; [] when it has none. */
  readonly state: (status: CatStatus, target: TargetPlace) => StateEdit[]
  readonly notes?: NotePlace
}

/** What a reader found: the file and, per segment key, its places. */
export interface Scan<File> {
  readonly file: File
  readonly places: ReadonlyMap<string, SegmentPlace>
}

/** The content of an element as a target's place; an empty `<e/>` is rewritten whole, keeping its attributes. */
export function contentPlace(el: XmlElement, key: string): TargetPlace {
  const span = el.span
  if (!span) return { kind: 'none' }
  if (span.contentStart !== span.end) return { kind: 'content', start: span.contentStart, end: span.contentEnd }
  const insert: InsertPlace = {
    at: span.start,
    end: span.end,
    name: el.name,
    attrs: Object.entries(el.attrs),
    before: '',
    after: '',
    template: '',
    holes: [{ key, start: 0, end: 0 }]
  }
  return { kind: 'insert', insert }
}
