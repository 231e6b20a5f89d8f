import type { Lang } from '../../domain/types'
import { fold, isAscii, lower } from './normalize'

/**
 * Facts about one spelling in one language, filled in by the modules that need them on first use.
 * A project has a few tens of thousands of spellings and a million words: looking each fact up by
 * the word's string at every occurrence, in a table per fact, was a large share of what the term
 * and consistency checks spent.
 */
export class FormFacts {
  /** Inflection key of the lowercase form (accents kept). */
  lowerKey: string | undefined = undefined
  /** Inflection key of the folded form (no accents). */
  foldKey: string | undefined = undefined
  /** Accent-insensitive term key. */
  plainKey: string | undefined = undefined
  /** Not glue, not a function word. */
  content: boolean | undefined = undefined
  /** Cognate skeleton ("transformación" and "transformation" share one). */
  skeleton: string | undefined = undefined
  /** Form scores against words of the other language, by their spelling. */
  scores: Map<WordForm, number> | undefined = undefined
  /** The cache generation `scores` belongs to (older ones are stale). */
  scoresGeneration = -1
  /** The spelling as an anchoring token of omission and addition (offsets at 0). */
  anchor: AnchorToken | undefined = undefined
}

/** A word as omission and addition compare it. */
export interface AnchorToken {
  start: number
  end: number
  text: string
  /** Digits of a number; a word spelled the English way (`cognateForm`). */
  key: string
  /** What candidates are looked up by: a number whole, a word by its first letters. */
  prefix: string
  numeric: boolean
  content: boolean
}

/** One spelling, shared by every token written that way. Fixed fields: one object shape for all. */
export class WordForm {
  es: FormFacts | undefined = undefined
  en: FormFacts | undefined = undefined
  /** Letters only, joined by inner hyphens or apostrophes: a word as the lexicon reads words. */
  plainWord: boolean | undefined = undefined
  /** One anchoring token of omission and addition as it stands (no marks, no other joiners). */
  anchorPlain: boolean | undefined = undefined
  constructor(
    /** The spelling itself: tokens share this string instead of keeping one each. */
    readonly text: string,
    /** Lowercase, accents kept. */
    readonly lower: string,
    /** Lowercase, accents removed. */
    readonly fold: string,
    /** Digits only (with separators): "2021", "9,000". */
    readonly isNumber: boolean
  ) {}
}

/** Spellings seen so far; replaced (not grown) past the limit, so memory stays flat on huge projects. */
let forms = new Map<string, WordForm>()
const LIMIT = 200_000
const LETTER = /\p{L}/u

/** The shared record of a spelling. */
export function formOf(word: string): WordForm {
  let form = forms.get(word)
  if (form === undefined) {
    const ascii = isAscii(word)
    const lowered = ascii ? word.toLowerCase() : lower(word)
    form = new WordForm(word, lowered, ascii ? lowered : fold(word), !LETTER.test(word))
    if (forms.size >= LIMIT) forms = new Map()
    forms.set(word, form)
  }
  return form
}

/** The facts of a spelling in one language. */
export function factsOf(form: WordForm, lang: Lang): FormFacts {
  return lang === 'es' ? (form.es ??= new FormFacts()) : (form.en ??= new FormFacts())
}
