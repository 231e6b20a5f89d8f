/**
 * Review notes in files: XLIFF attributes, and the one-line form used in table cells (CSV, DOCX):
 *   [finding; major; accuracy/omission; Ana] The date is missing.
 * Slots are kind; severity; category; author, empty slots kept so the form reads back exactly.
 */
import { NOTE_KINDS, TOOL_NAME, type NoteKind, type UnitNote, type UnitReview } from './model'
import { attr, type XmlElement } from './xml'

const PRIORITY: Record<string, string> = { critical: '1', major: '3', minor: '5' }

/** XLIFF note priority (1 = highest) for a severity; undefined when the severity is not Cotejo's. */
export function notePriority(severity: string | undefined): string | undefined {
  return severity ? PRIORITY[severity] : undefined
}

function isNoteKind(value: string | undefined): value is NoteKind {
  return value !== undefined && (NOTE_KINDS as readonly string[]).includes(value)
}

/** A note from an XLIFF <note>: Cotejo's attributes when present, a plain comment otherwise. */
export function noteFromXliff(node: XmlElement, text: string, author: string | undefined): UnitNote {
  const kind = attr(node, 'cotejo:kind')
  const note: UnitNote = { from: isNoteKind(kind) ? kind : 'comment', text }
  const category = attr(node, 'cotejo:category') ?? attr(node, 'category')
  const severity = attr(node, 'cotejo:severity')
  if (author) note.author = author
  if (category) note.category = category
  if (severity) note.severity = severity
  return note
}

/**
 * The notes of a unit written by Cotejo that are not part of its review record: Cotejo writes each
 * open finding, correction comment and query as a note too, for people and other tools; on reading
 * those come back from the record, so only the others (the file's own notes, notes added in another
 * tool) stay notes. A note counts as written from the record when it is a finding of Cotejo's checks
 * (found again on import), or when its text is that of a comment or question of the record (each
 * matched once).
 */
export function ownNotes(notes: readonly UnitNote[], review: UnitReview | undefined): UnitNote[] {
  if (!review) return [...notes]
  const derived = [
    ...review.corrections.flatMap((c) => (c.comment ? [c.comment] : [])),
    ...review.queries.map((q) => q.question)
  ]
  return notes.filter((n) => {
    if (n.from === 'finding' && n.author === TOOL_NAME) return false
    const i = derived.indexOf(n.text)
    if (i === -1) return true
    derived.splice(i, 1)
    return false
  })
}

/** Slot values may not contain the separators of the line form. */
function slot(value: string | undefined): string {
  return (value ?? '').replace(/[;\]\n]/g, ',').trim()
}

export function formatNoteLine(note: UnitNote): string {
  const slots = [note.from, slot(note.severity), slot(note.category), slot(note.author)]
  while (slots.length > 1 && slots[slots.length - 1] === '') slots.pop()
  return `[${slots.join('; ')}] ${note.text}`
}

/** All notes of a unit as cell text, one note per line (a note's own line breaks are kept). */
export function formatNotes(notes: readonly UnitNote[]): string {
  return notes.map(formatNoteLine).join('\n')
}

const LINE = new RegExp(`^\\[(${NOTE_KINDS.join('|')})((?:;[^\\]]*)?)\\] ?(.*)$`)

/**
 * Reads cell text back into notes. Lines in the bracketed form start a note; other lines continue
 * the current one. Free text without any bracket (a reviewer typing in the cell) is one comment.
 */
export function parseNotes(cell: string): UnitNote[] {
  const notes: UnitNote[] = []
  for (const line of cell.replace(/\r\n?/g, '\n').split('\n')) {
    const m = LINE.exec(line)
    const last = notes[notes.length - 1]
    if (m) {
      const [, kind, rest = '', text = ''] = m
      const [severity, category, author] = rest
        .split(';')
        .slice(1)
        .map((s) => s.trim())
      const note: UnitNote = { from: kind as NoteKind, text }
      if (severity) note.severity = severity
      if (category) note.category = category
      if (author) note.author = author
      notes.push(note)
    } else if (last) {
      last.text += `\n${line}`
    } else if (line.trim() !== '') {
      notes.push({ from: 'comment', text: line })
    }
  }
  return notes
}
