import type { Lang } from '../domain/language'
import type { NamePattern } from './patterns'
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
  /** The spelling as an anchoring word of omission and addition. */
  anchor: AnchorFacts | undefined = undefined
  /** The entity names (of the table `namesOf`) whose first word this spelling is, if any. */
  names: readonly NamePattern[] | undefined = undefined
  namesOf: object | undefined = undefined
  /** What it is to the number vocabulary (see `numberWords` in numbers/extract). */
  numberWord: number | undefined = undefined
  /** Negates as a word ("no", "never", "nadie"), as the negation check reads words. */
  negator: boolean | undefined = undefined
  /** Whether `spelledBy`, the speller it was asked of, knows the spelling. */
  spelled: boolean | undefined = undefined
  spelledBy: object | undefined = undefined
}

/** A word as omission and addition compare it (its place in the text is kept apart). */
export interface AnchorFacts {
  text: string
  /** Digits of a number; a word spelled the English way (`cognateForm`). */
  key: string
  /** What candidates are looked up by: a number whole, a word by its first letters. */
  prefix: string
  numeric: boolean
  content: boolean
  /**
   * What `lexicon` gives for `text` in the facts' language, asked once per spelling: a paragraph's
   * words are looked up again for each of its sentences and each direction.
   */
  lexicon: object | undefined
  lemmas: readonly string[] | undefined
  translations: readonly string[] | undefined
}

/** One spelling, shared by every token written that way. Fixed fields: one object shape for all. */
export class WordForm {
  es: FormFacts | undefined = undefined
  en: FormFacts | undefined = undefined
  /** Letters only, joined by inner hyphens or apostrophes: a word as the lexicon reads words. */
  plainWord: boolean | undefined = undefined
  /** One anchoring token of omission and addition as it stands (no marks, no other joiners). */
  anchorPlain: boolean | undefined = undefined
  /** What the spelling check does with it (see spelling's `spellingShape`). */
  spellingShape: number | undefined = undefined
  /** Scratch mark of a pass over many texts (the pass's own object): the spelling was seen in it. */
  mark: object | undefined = undefined
  constructor(
    /** The spelling itself: tokens share this string instead of keeping one each. */
    readonly text: string,
    /** Lowercase, accents kept. */
    readonly lower: string,
    /** Lowercase, accents removed. */
    readonly fold: string,
    /** Digits only (with separators): "2021", "9,000". */
    readonly isNumber: boolean,
    /** Hash of its characters (`hashStep`), for the table of spellings. */
    readonly hash: number
  ) {}
}

const LETTER = /\p{L}/u

/**
 * Spellings seen so far, in an open-addressing table keyed by a hash of their characters: the
 * tokenizer finds a known spelling without cutting it out of the text, and hashes it while it
 * scans. Owned by one analyzer (text/analyzer.ts), so it lives as long as the job that reads it.
 * It starts small and doubles at half load; past `limit` spellings it is emptied (not grown), so
 * memory stays flat on huge inputs.
 */
export class FormTable {
  private slots: (WordForm | undefined)[] = new Array<WordForm | undefined>(256)
  private count = 0

  constructor(private readonly limit = 100_000) {}

  /** The shared record of the spelling at `text[start, end)`, whose `hashStep` hash is `hash`. */
  formAt(text: string, start: number, end: number, hash: number): WordForm {
    const length = end - start
    let mask = this.slots.length - 1
    let slot = hash & mask
    for (let f = this.slots[slot]; f !== undefined; f = this.slots[slot]) {
      if (f.hash === hash && f.text.length === length && text.startsWith(f.text, start)) return f
      slot = (slot + 1) & mask
    }
    if (this.count >= this.limit) {
      this.slots = new Array<WordForm | undefined>(this.slots.length)
      this.count = 0
      slot = hash & mask
    } else if (2 * (this.count + 1) > this.slots.length) {
      this.grow()
      mask = this.slots.length - 1
      slot = hash & mask
      while (this.slots[slot] !== undefined) slot = (slot + 1) & mask
    }
    const word = text.slice(start, end)
    const ascii = isAscii(word)
    const lowered = ascii ? word.toLowerCase() : lower(word)
    const form = new WordForm(word, lowered, ascii ? lowered : fold(word), !LETTER.test(word), hash)
    this.slots[slot] = form
    this.count++
    return form
  }

  private grow(): void {
    const old = this.slots
    const slots = new Array<WordForm | undefined>(old.length * 2)
    const mask = slots.length - 1
    for (const f of old) {
      if (f === undefined) continue
      let slot = f.hash & mask
      while (slots[slot] !== undefined) slot = (slot + 1) & mask
      slots[slot] = f
    }
    this.slots = slots
  }
}

/** The facts of a spelling in one language. */
export function factsOf(form: WordForm, lang: Lang): FormFacts {
  return lang === 'es' ? (form.es ??= new FormFacts()) : (form.en ??= new FormFacts())
}
