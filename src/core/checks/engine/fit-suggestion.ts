import type { Lang } from '../../domain/language'
import type { Span } from '../../domain/findings'
import { editDistance } from '../../text/normalize'

/** A replacement for a span of a target text. */
export interface Replacement {
  span: Span
  suggestion: string
}

/**
 * Makes a check's replacement fit the sentence it goes into, so that accepting it with one key
 * leaves correct text: a capital at the start of a sentence, a plural where the replaced word was
 * plural, and an English article that agrees with the new word ("an agency" replaced by "a
 * secretariat" takes the article along in the span). Checks suggest terms as a glossary or a
 * dictionary writes them; the sentence decides their form.
 */
export function fitSuggestion(text: string, r: Replacement, lang: Lang): Replacement {
  let { span, suggestion } = r
  if (suggestion === '' || suggestion === span.text) return r
  if (startsSentence(text, span.start) && isUpper(span.text[0]) && isLower(suggestion[0]))
    suggestion = (suggestion[0] as string).toUpperCase() + suggestion.slice(1)
  // A different word for a plural one (a term, not a spelling fix: "acros" is "across").
  if (
    lang === 'en' &&
    isPluralWord(span.text) &&
    !/\s/.test(suggestion) &&
    !isPluralWord(suggestion) &&
    editDistance(span.text.toLowerCase(), suggestion.toLowerCase()) > 2
  )
    suggestion = plural(suggestion)
  if (lang === 'en') {
    const article = /(?:^|[^\p{L}])(an?) $/iu.exec(text.slice(Math.max(0, span.start - 4), span.start))
    if (article) {
      const wanted = takesAn(suggestion) ? 'an' : 'a'
      const written = article[1] as string
      if (written.toLowerCase() !== wanted) {
        const start = span.start - written.length - 1
        const cased = isUpper(written[0]) ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted
        span = { start, end: span.end, text: text.slice(start, span.end) }
        suggestion = `${cased} ${suggestion}`
      }
    }
  }
  return { span, suggestion }
}

const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase()
const isLower = (c: string | undefined): boolean => c !== undefined && c !== c.toUpperCase()

/** Nothing but spaces, quotes or brackets since the start of the text or a sentence's end. */
function startsSentence(text: string, at: number): boolean {
  return /(?:^|[.!?:]\s+)["“«(]?$/.test(text.slice(Math.max(0, at - 4), at)) || /^\s*["“«(]?$/.test(text.slice(0, at))
}

/** One English word in the plural: "ministries", "agencies", "offices" (not "business", "status", "analysis"). */
function isPluralWord(word: string): boolean {
  return /^\p{L}+$/u.test(word) && word.length > 3 && /s$/i.test(word) && !/(ss|us|is|ics)$/i.test(word)
}

function plural(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`
  return `${word}s`
}

/** "an" before a vowel sound: "an office", "an hour", but "a union", "a European", "a one-off". */
function takesAn(phrase: string): boolean {
  const w = phrase.toLowerCase()
  if (/^(hour|honest|honou?r|heir)/.test(w)) return true
  if (/^(uni|use|usu|uti|eu|one|once|ubiq)/.test(w)) return false
  if (/^[A-Z]{2,}/.test(phrase)) return /^[AEFHILMNORSX]/.test(phrase)
  return /^[aeiou]/.test(w)
}
