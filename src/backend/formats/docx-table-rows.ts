/**
 * The body rows of the bilingual review table as WordprocessingML strings, one row at a time, so
 * that a 10,000-row table is never held whole (docx-write.ts puts them into the document). The
 * target column carries the corrections as tracked revisions by the unit's reviewer.
 */
import { correctionRuns } from '../../core/review/corrections'
import type { ExportLabels } from '../../core/formats/labels'
import { TOOL_NAME, type BilingualDocument, type BilingualUnit } from '../../core/formats/model'
import { formatNoteLine } from '../../core/formats/notes'
import { escapeXml, langProperty, paragraphXml, runsXml, sizeProperty } from './docx-xml'

export const DELETED_COLOR = 'C00000'
export const INSERTED_COLOR = '0070C0'

/** A4 landscape with 2 cm margins leaves about 14,570 twips; columns share it (ID, source, target, status, comments). */
export const COLUMN_WIDTHS: readonly [number, number, number, number, number] = [800, 4700, 4700, 1200, 3170]

/** Numbers Word revisions; each document needs its own, unique within it. */
export type RevisionIds = () => number

const cellXml = (width: number, paragraphs: readonly string[]): string =>
  `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/></w:tcPr>${
    paragraphs.length > 0 ? paragraphs.join('') : paragraphXml(runsXml(''))
  }</w:tc>`

/** The target with its corrections as tracked revisions (`w:del` / `w:ins`), one per line of a change. */
function targetRunsXml(unit: BilingualUnit, lang: string, nextId: RevisionIds): string[] {
  const language = langProperty(lang)
  const revision = `w:author="${escapeXml(unit.reviewer ?? TOOL_NAME)}" w:date="${escapeXml(
    unit.changedAt ?? unit.createdAt ?? new Date(0).toISOString()
  )}"`
  const deleted = `<w:strike/><w:color w:val="${DELETED_COLOR}"/>${language}`
  const inserted = `<w:color w:val="${INSERTED_COLOR}"/><w:u w:val="single" w:color="${INSERTED_COLOR}"/>${language}`
  return correctionRuns(unit.originalTarget, unit.target).flatMap((run) => {
    if (run.kind === 'deleted')
      return runsXml(run.text, { properties: deleted, deleted: true }).map(
        (r) => `<w:del w:id="${nextId()}" ${revision}>${r}</w:del>`
      )
    if (run.kind === 'inserted')
      return runsXml(run.text, { properties: inserted }).map(
        (r) => `<w:ins w:id="${nextId()}" ${revision}>${r}</w:ins>`
      )
    return runsXml(run.text, { properties: language })
  })
}

/** One unit's row: ID, source, corrected target, status, notes (one paragraph each, smaller). */
export function unitRowXml(
  unit: BilingualUnit,
  labels: ExportLabels,
  doc: BilingualDocument,
  nextId: RevisionIds
): string {
  const [id, source, target, status, comments] = COLUMN_WIDTHS
  return `<w:tr>${[
    cellXml(id, [paragraphXml(runsXml(unit.id))]),
    cellXml(source, [paragraphXml(runsXml(unit.source, { properties: langProperty(doc.sourceLang) }))]),
    cellXml(target, [paragraphXml(targetRunsXml(unit, doc.targetLang, nextId))]),
    cellXml(status, [paragraphXml(runsXml(labels.states[unit.state]))]),
    cellXml(
      comments,
      unit.notes.map((n) => paragraphXml(runsXml(formatNoteLine(n), { properties: sizeProperty(18) })))
    )
  ].join('')}</w:tr>`
}
