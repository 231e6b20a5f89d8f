/**
 * WordprocessingML written as strings, for the parts of a large export that the `docx` library would
 * hold as an object model (a 10,000-row table took about 400 MB there). The markup is the one that
 * library writes for the same runs, byte for byte, so a file reads the same whichever wrote it
 * (tests/unit/backend/formats/docx-stream.test.ts compares them).
 */
import { cleanText, textLines } from '../../core/formats/encoding'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/**
 * Text or an attribute value as XML: characters XML cannot carry dropped (as every export does,
 * `cleanText`), the five markup characters escaped.
 */
export function escapeXml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => ESCAPES[c] as string)
}

/** A run's properties (`w:rPr` content), already XML. */
export type RunProperties = string

export const langProperty = (lang: string): RunProperties => `<w:lang w:val="${escapeXml(lang)}"/>`
export const sizeProperty = (halfPoints: number): RunProperties =>
  `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`

export interface RunOptions {
  properties?: RunProperties
  /** Deleted text is `w:delText` (Word shows it only as a revision). */
  deleted?: boolean
}

/** A line as run text: `w:t`, or `w:delText` when deleted. */
function textXml(line: string, deleted: boolean): string {
  if (!deleted) return `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`
  // An empty deleted line is a bare run (a line break alone), as the docx library writes it.
  return line === '' ? '' : `<w:delText xml:space="preserve">${escapeXml(line)}</w:delText>`
}

/**
 * One run per line of `text` (Word needs a break, not '\n'; CR, CRLF and LF alike), each after the
 * first opening with a line break.
 */
export function runsXml(text: string, { properties = '', deleted = false }: RunOptions = {}): string[] {
  const rPr = properties === '' ? '' : `<w:rPr>${properties}</w:rPr>`
  return textLines(text).map((line, i) => `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}${textXml(line, deleted)}</w:r>`)
}

/** A paragraph of runs; one without runs is `<w:p/>`, as the docx library writes it. */
export const paragraphXml = (runs: readonly string[]): string =>
  runs.length === 0 ? '<w:p/>' : `<w:p>${runs.join('')}</w:p>`
