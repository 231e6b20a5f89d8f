import type { Lang } from '../../domain/language'
import { findCodes, lettersIn, mayBeSpelledOut, squashedText, type CodeMention } from '../../text/codes'
import { sameLetters, similarity } from '../../text/normalize'
import { tokenize } from '../../text/tokenize'
import type { CheckDefinition, RawFinding } from '../engine/types'

const span = (c: CodeMention): { start: number; end: number; text: string } => ({
  start: c.start,
  end: c.end,
  text: c.text
})

/**
 * The code's digits beside its letters in another order, either side of them ("IC95%" / "95% CI"):
 * Spanish acronyms reverse the English word order.
 */
function reorderedIn(code: CodeMention, squashed: string): boolean {
  const { digits, letters } = code
  if (digits === '' || letters === '') return false
  for (let i = squashed.indexOf(digits); i !== -1; i = squashed.indexOf(digits, i + 1)) {
    const before = squashed.slice(Math.max(0, i - letters.length), i)
    const after = squashed.slice(i + digits.length, i + digits.length + letters.length)
    if (sameLetters(before, letters) || sameLetters(after, letters)) return true
  }
  return false
}

/**
 * The target writes the source code: as it is, apart ("COVID 19"), with its letters in the target
 * language ("VIH-1" / "HIV-1", "IC95" / "CI95"), or with a word in it translated ("Brasil-2013" /
 * "Brazil-2013").
 */
function rendered(code: CodeMention, target: readonly CodeMention[], squashed: string, sourceLang: Lang): boolean {
  if (target.some((t) => t.key === code.key) || (code.key.length >= 3 && squashed.includes(code.key))) return true
  if (reorderedIn(code, squashed)) return true
  const letters = lettersIn(code.letters, sourceLang)
  return target.some(
    (t) =>
      t.digits === code.digits &&
      (letters.has(t.letters) ||
        sameLetters(t.letters, code.letters) ||
        (code.letters.length >= 4 && similarity(t.letters, code.letters) >= 0.6))
  )
}

/** Same digits under other letters ("COVID-19" / "Cyber-19"), or the same letters with other digits ("SF-36" / "SF-12"). */
const changedInto = (s: CodeMention, t: CodeMention): boolean =>
  (s.digits !== '' && s.digits === t.digits && s.letters !== t.letters) ||
  (s.letters !== '' && s.letters === t.letters && s.digits !== t.digits)

/**
 * Alphanumeric codes (diseases, genes, drugs, scales, models, standards) are copied, not
 * translated: a code of the source that the translation lacks was dropped, and one that turns up
 * with other letters or digits was changed.
 */
export const codesCheck: CheckDefinition = {
  id: 'codes',
  category: 'accuracy/mistranslation',
  defaultSeverity: 'major',
  enabledByDefault: true,
  languages: 'spanish-english',
  locality: 'segment',
  i18n: {
    en: {
      title: 'Codes and identifiers',
      description:
        'A code of capitals and digits (COVID-19, CTLA-4, SF-36) missing from the translation or changed in it.',
      messages: {
        changed: 'The source has the code “{{source}}”; the translation has “{{target}}”.',
        missing: 'The code “{{code}}” of the source is missing from the translation.'
      }
    },
    es: {
      title: 'Códigos e identificadores',
      description:
        'Un código de mayúsculas y cifras (COVID-19, CTLA-4, SF-36) que falta en la traducción o cambia en ella.',
      messages: {
        changed: 'El original tiene el código «{{source}}»; la traducción tiene «{{target}}».',
        missing: 'Falta en la traducción el código «{{code}}» del original.'
      }
    }
  },
  run(ctx) {
    const { sourceLang } = ctx.document
    const out: RawFinding[] = []
    for (const seg of ctx.document.segments) {
      if (seg.source.trim() === '' || seg.target.trim() === '') continue
      const source = findCodes(tokenize(seg.source, ctx.cache.text))
      if (source.length === 0) continue
      const target = findCodes(tokenize(seg.target, ctx.cache.text))
      const squashed = squashedText(seg.target)
      const unmatched = source.filter((c) => !rendered(c, target, squashed, sourceLang))
      const used = new Set<CodeMention>()
      const sourceKeys = new Set(source.map((c) => c.key))
      for (const s of unmatched) {
        // The translation's own codes that the source does not have are where a changed one went.
        const t = target.find((c) => !used.has(c) && !sourceKeys.has(c.key) && changedInto(s, c))
        if (t) {
          used.add(t)
          out.push({
            segment: seg.index,
            side: 'both',
            sourceSpan: span(s),
            targetSpan: span(t),
            messageKey: 'changed',
            params: { source: s.text, target: t.text },
            suggestion: s.text,
            confidence: 0.85
          })
          continue
        }
        if (mayBeSpelledOut(s)) continue
        out.push({
          segment: seg.index,
          side: 'source',
          sourceSpan: span(s),
          messageKey: 'missing',
          params: { code: s.text },
          category: 'accuracy/omission',
          // A code may be spelled out instead ("the coronavirus disease of 2019"): worth a look, no more.
          severity: 'minor',
          confidence: 0.6
        })
      }
    }
    return out
  }
}
