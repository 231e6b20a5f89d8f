import { placeholder, placeholderIndex, type InlineCode } from '../../domain/inline-codes'
import type { Span } from '../../domain/findings'
import type { CheckDefinition, RawFinding, SegmentPair } from '../engine/types'

/**
 * Annotation markers (XLIFF `mrk`, XLIFF 2 `sm`/`em`): a reviewer's comment range, a term or a
 * locked span, not formatting. A comment added on the target is no tag error, so they are left out.
 */
const ANNOTATION = /^<\/?(?:[\w.-]+:)?(?:mrk|sm|em)\b/

/** Where each code's placeholders stand in a text: code index → offsets, in order. */
function positions(text: string, ignored: ReadonlySet<number>): Map<number, number[]> {
  const at = new Map<number, number[]>()
  for (let i = 0; i < text.length; i++) {
    const k = placeholderIndex(text.charAt(i))
    if (k === -1 || ignored.has(k)) continue
    const list = at.get(k)
    if (list) list.push(i)
    else at.set(k, [i])
  }
  return at
}

const spanAt = (offset: number, k: number): Span => ({ start: offset, end: offset + 1, text: placeholder(k) })

/** The chip's label for the message; placeholders of a file read without a table are numbered. */
const labelOf = (k: number, codes: ReadonlyMap<number, InlineCode>): string => codes.get(k)?.label ?? `#${k + 1}`

/**
 * Paired codes out of order in the target: a closing code before its opening one, or two pairs
 * that overlap (<b><i></b></i>), which no CAT tool writes back. Standalone codes may move freely:
 * word order differs between languages.
 */
function misnested(
  segment: number,
  target: string,
  byIndex: ReadonlyMap<number, InlineCode>,
  present: ReadonlySet<number>
): RawFinding[] {
  const out: RawFinding[] = []
  const partner = new Map<string, { open?: number; close?: number }>()
  // An id given to several opening or closing codes (files do this) pairs nothing for sure: left out.
  const ambiguous = new Set<string>()
  for (const c of byIndex.values()) {
    if (c.kind === 'standalone') continue
    const pair = partner.get(c.id) ?? {}
    if (pair[c.kind] !== undefined) ambiguous.add(c.id)
    pair[c.kind] = c.k
    partner.set(c.id, pair)
  }
  for (const id of ambiguous) partner.delete(id)
  const opened: InlineCode[] = []
  const seen = new Set<number>()
  for (let i = 0; i < target.length; i++) {
    const k = placeholderIndex(target.charAt(i))
    const code = k === -1 ? undefined : byIndex.get(k)
    if (!code || code.kind === 'standalone' || seen.has(k)) continue
    seen.add(k)
    const pair = partner.get(code.id)
    if (pair?.open === undefined || pair.close === undefined) continue
    if (!present.has(pair.open) || !present.has(pair.close)) continue // missing: reported as such
    if (code.kind === 'open') {
      opened.push(code)
      continue
    }
    const open = byIndex.get(pair.open) as InlineCode
    const depth = opened.indexOf(open)
    if (depth === -1) {
      out.push({
        segment,
        side: 'target',
        targetSpan: spanAt(i, k),
        messageKey: 'reversed',
        params: { code: code.label, open: open.label }
      })
      continue
    }
    if (depth !== opened.length - 1) {
      const inner = opened[opened.length - 1] as InlineCode
      out.push({
        segment,
        side: 'target',
        targetSpan: spanAt(i, k),
        messageKey: 'overlap',
        params: { code: code.label, inner: inner.label }
      })
    }
    opened.splice(depth, 1)
  }
  return out
}

function segmentFindings(s: SegmentPair): RawFinding[] {
  const marked = s.marked
  if (!marked || marked.target === '') return []
  const byIndex = new Map((s.codes ?? []).map((c) => [c.k, c]))
  const ignored = new Set((s.codes ?? []).filter((c) => ANNOTATION.test(c.xml)).map((c) => c.k))
  const source = positions(marked.source, ignored)
  const target = positions(marked.target, ignored)
  const out: RawFinding[] = []
  for (const [k, at] of source) {
    // A code the format lets the translator delete (XLIFF 2 canDelete) may be missing.
    if (byIndex.get(k)?.deletable) continue
    const found = target.get(k)?.length ?? 0
    for (const offset of at.slice(found))
      out.push({
        segment: s.index,
        side: 'source',
        sourceSpan: spanAt(offset, k),
        messageKey: 'missing',
        params: { code: labelOf(k, byIndex) }
      })
  }
  for (const [k, at] of target) {
    const expected = source.get(k)?.length ?? 0
    for (const offset of at.slice(expected))
      out.push({
        segment: s.index,
        side: 'target',
        targetSpan: spanAt(offset, k),
        messageKey: expected === 0 ? 'extra' : 'duplicated',
        params: { code: labelOf(k, byIndex) }
      })
  }
  const present = new Set([...target.keys()].filter((k) => source.has(k)))
  // Order as the source has it is the translator's to keep, not to fix: only new disorder counts.
  const inSource = new Set(
    misnested(s.index, marked.source, byIndex, new Set(source.keys())).map(
      (f) => `${f.messageKey} ${f.params?.['code']}`
    )
  )
  out.push(
    ...misnested(s.index, marked.target, byIndex, present).filter(
      (f) => !inSource.has(`${f.messageKey} ${f.params?.['code']}`)
    )
  )
  return out
}

/**
 * Inline codes (tags) of a CAT file that the translation lost (unless the format lets it: XLIFF 2
 * `canDelete`), added, doubled or put out of order.
 * A placeholder stands for the same code on both sides of a segment, so comparing them is exact.
 * MQM 2.0 files tag errors under Design and markup → Markup; major, since a file with broken
 * tags fails to write back into the CAT tool or renders wrongly.
 */
export const tagsCheck: CheckDefinition = {
  id: 'tags',
  category: 'design-and-markup/markup',
  defaultSeverity: 'major',
  enabledByDefault: true,
  languages: 'any',
  locality: 'segment',
  i18n: {
    en: {
      title: 'Tags',
      description: 'Inline codes of the source missing, added, doubled or out of order in the translation.',
      messages: {
        missing: 'The tag {{code}} of the source is missing from the translation.',
        extra: 'The translation has the tag {{code}}, which the source does not.',
        duplicated: 'The tag {{code}} appears more often in the translation than in the source.',
        reversed: 'The closing tag {{code}} comes before its opening tag {{open}}.',
        overlap: 'The tag {{code}} closes while {{inner}} is still open: the tags overlap.'
      }
    },
    es: {
      title: 'Etiquetas',
      description: 'Códigos en línea del original que faltan, sobran, se repiten o cambian de orden en la traducción.',
      messages: {
        missing: 'Falta en la traducción la etiqueta {{code}} del original.',
        extra: 'La traducción tiene la etiqueta {{code}}, que el original no tiene.',
        duplicated: 'La etiqueta {{code}} aparece más veces en la traducción que en el original.',
        reversed: 'La etiqueta de cierre {{code}} aparece antes de su apertura {{open}}.',
        overlap: 'La etiqueta {{code}} se cierra mientras {{inner}} sigue abierta: las etiquetas se cruzan.'
      }
    }
  },
  run: (ctx) => ctx.document.segments.flatMap(segmentFindings)
}
