/**
 * A bilingual review table coming back from Word: Cotejo's own review table, or a table another
 * tool exported for outside review (Trados External Review, memoQ bilingual DOCX) — a table with an
 * ID column and source and target columns, and a status column when it has one. A cell's text is
 * the text with its tracked changes accepted (insertions kept, deletions dropped), which is what the
 * reviewer meant.
 */
import { FormatError } from '../../core/formats/errors'
import { foldLabel, EXPORT_LABELS } from '../../core/formats/labels'
import { assertUnitCount } from '../../core/formats/model'
import { childElements, localName, parseXml, type XmlElement } from '../../core/formats/xml'
import { openDocxSafely } from './zip-guard'

export interface ReviewTableRow {
  id: string
  source: string
  target: string
  /** The status cell as written ('Reviewed', 'Rechazado', 'Signed Off'); absent when the table has no status column. */
  status?: string
}

const ID_HEADERS = new Set(['id', 'segment id', 'seg id', 'segment', 'no', 'n', 'nº', 'n º', '#'])
const SOURCE_HEADERS = new Set([
  'source',
  'source segment',
  'source text',
  'origen',
  ...Object.values(EXPORT_LABELS).map((l) => foldLabel(l.source))
])
const STATUS_HEADERS = new Set([
  'status',
  'state',
  'segment status',
  'confirmation level',
  'confirmation status',
  'estado del segmento',
  ...Object.values(EXPORT_LABELS).map((l) => foldLabel(l.status))
])
const TARGET_HEADERS = new Set([
  'target',
  'target segment',
  'target text',
  'translation',
  'traduccion',
  'destino',
  ...Object.values(EXPORT_LABELS).map((l) => foldLabel(l.target))
])

/** Text of a cell: paragraphs joined by a blank line, tracked insertions in, deletions out. */
function cellText(cell: XmlElement): string {
  const paragraphs: string[] = []
  const walk = (node: XmlElement, into: string[]): void => {
    for (const kid of childElements(node)) {
      const name = localName(kid.name)
      if (name === 'del' || name === 'delText' || name === 'moveFrom' || name === 'instrText') continue
      if (name === 't') into.push(kid.children.filter((c): c is string => typeof c === 'string').join(''))
      else if (name === 'tab') into.push('\t')
      else if (name === 'br' || name === 'cr') into.push('\n')
      else walk(kid, into)
    }
  }
  for (const p of childElements(cell).filter((k) => localName(k.name) === 'p')) {
    const parts: string[] = []
    walk(p, parts)
    paragraphs.push(parts.join(''))
  }
  return paragraphs.join('\n\n').trim()
}

/** Which column is which, from the header row; language tags stand for the sides too (memoQ). */
function columns(header: string[], langs: { source: string; target: string }) {
  const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? ''
  const isLang = (cell: string, tag: string): boolean =>
    /^[a-z]{2,3}([-_][a-z0-9]+)*$/i.test(cell.trim()) && primary(cell.trim()) === primary(tag)
  const find = (names: Set<string>, tag: string): number => {
    const byName = header.findIndex((h) => names.has(foldLabel(h)))
    return byName !== -1 ? byName : header.findIndex((h) => isLang(h, tag))
  }
  return {
    id: header.findIndex((h) => ID_HEADERS.has(foldLabel(h)) || /\bid\b/i.test(h)),
    source: find(SOURCE_HEADERS, langs.source),
    target: find(TARGET_HEADERS, langs.target),
    status: header.findIndex((h) => STATUS_HEADERS.has(foldLabel(h)))
  }
}

/**
 * The rows of the first table that has an ID, a source and a target column. Throws FormatError
 * (notDocx, zipBomb, tooLarge) for files that are not Word documents, and `format.missingColumn`
 * when no table has those columns.
 */
export async function readReviewTable(
  bytes: Uint8Array,
  langs: { source: string; target: string }
): Promise<ReviewTableRow[]> {
  const zip = await openDocxSafely(bytes)
  const xml = await zip.file('word/document.xml')?.async('string')
  if (xml === undefined) throw new FormatError('format.notDocx', { reason: 'no word/document.xml' })
  const tables: XmlElement[] = []
  const collect = (node: XmlElement): void => {
    for (const kid of childElements(node)) {
      if (localName(kid.name) === 'tbl') tables.push(kid)
      else collect(kid)
    }
  }
  collect(parseXml(xml))
  for (const table of tables) {
    const rows = childElements(table).filter((k) => localName(k.name) === 'tr')
    const cells = (row: XmlElement): string[] =>
      childElements(row)
        .filter((k) => localName(k.name) === 'tc')
        .map(cellText)
    const header = rows[0] ? cells(rows[0]) : []
    const col = columns(header, langs)
    if (col.id === -1 || col.source === -1 || col.target === -1) continue
    assertUnitCount(rows.length)
    return rows.slice(1).flatMap((row) => {
      const c = cells(row)
      const id = c[col.id]?.trim() ?? ''
      if (id === '') return []
      const read: ReviewTableRow = { id, source: c[col.source] ?? '', target: c[col.target] ?? '' }
      if (col.status !== -1) read.status = c[col.status] ?? ''
      return [read]
    })
  }
  throw new FormatError('format.missingColumn', { column: 'ID, source, target' })
}
