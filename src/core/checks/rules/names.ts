import type { Lang } from '../../domain/language'
import type { Span } from '../../domain/findings'
import { isFunctionWord, otherLang } from '../../text/function-words'
import { monthNumber } from '../../text/lexicon/months'
import { isInstitutionWord, isTitle } from '../../text/lexicon/titles'
import { sameGivenName } from '../../text/lexicon/given-names'
import { isCognate } from '../../text/lexicon/text'
import { isAllCaps, isCapitalized, similarity } from '../../text/normalize'
import { americanForm } from '../../text/regional-spelling'
import type { SpellService } from '../../text/speller'
import type { BilingualLexicon } from '../../text/bilingual-lexicon'
import { tokenize, type Token } from '../../text/tokenize'
import { bareName, keptNamesAnalysis, nameLike, type Has } from '../analyses/names'
import { designationSwaps } from '../analyses/designation-heads'
import { extraListItem } from '../analyses/name-lists'
import { segmentFindingsReading } from '../engine/segment-facts'
import { appendAll } from '../../collections/arrays'
import { read } from '../engine/job-cache'
import type { CheckContext, CheckDefinition, RawFinding } from '../engine/types'

/**
 * People and places are named on both sides with the same words: a press release keeps
 * "Huánuco", "Quispe" or "Qali Warma" as they are. This check reads the capitalized words of each
 * segment and reports a name of one side that the other side does not have: in the place of a
 * different name (a swapped city, a changed first name), or not at all (dropped or added).
 *
 * Names of bodies and acronyms are the `entities` check's; this one leaves every word either
 * dictionary knows as a common word alone (it may be translated: "Ministerio", "Lima" the fruit).
 */

/** A word that may be (part of) a name; English writes months with a capital too. */
const capitalized = (t: Token, lang: Lang): boolean => nameLike(t, lang) && monthNumber(t.fold, lang) === undefined

interface Side {
  text: string
  tokens: Token[]
  lang: Lang
  /** Bare forms of every token, and of hyphenated parts ("Lima-Callao"). */
  words: Set<string>
}

function sideOf(text: string, lang: Lang, tokens: Token[]): Side {
  const words = new Set<string>()
  for (const t of tokens) {
    const b = bareName(t)
    words.add(b)
    if (b.includes('-') || b.includes('‐')) for (const part of b.split(/[-‐]/)) words.add(part)
  }
  return { text, tokens, lang, words }
}

/** Prefixes that make new common words of known ones ("Subsector", "Interagencial"). */
const PREFIXES = ['sub', 'co', 're', 'pre', 'pos', 'post', 'non', 'inter', 'multi', 'over', 'under', 'sobre', 'auto']

/** Suffixes that make new common words of known ones ("Employability", "Empleabilidad"). */
const SUFFIXES: Record<Lang, readonly string[]> = {
  en: [
    'ability',
    'ibility',
    'ment',
    'ments',
    'ness',
    'ity',
    'ities',
    'ation',
    'ations',
    'ism',
    'ist',
    'ists',
    'er',
    'ers'
  ],
  es: ['abilidad', 'ibilidad', 'idad', 'idades', 'ción', 'ciones', 'miento', 'mientos', 'ismo', 'ista', 'istas']
}

/**
 * A common word the dictionary lacks: a known word with a prefix or a derivational suffix
 * ("Employability" from "employ"), a compound ending in a known word, or a regional spelling
 * ("Labour"). Names are rarely built like that; when one is, the check misses it rather than
 * flagging a word of the language.
 */
function derivedWord(lower: string, lang: Lang, spell: SpellService): boolean {
  if (lang === 'en' && americanForm(lower, spell) !== null) return true
  for (const p of PREFIXES)
    if (lower.length - p.length >= 4 && lower.startsWith(p) && spell.check(lower.slice(p.length), lang)) return true
  for (const suffix of SUFFIXES[lang])
    if (
      lower.length - suffix.length >= 4 &&
      lower.endsWith(suffix) &&
      spell.check(lower.slice(0, -suffix.length), lang)
    )
      return true
  // A compound ending in a known word: "Neuroscientist", "Hydrometeorological".
  for (let k = 3; lower.length - k >= Math.max(5, Math.ceil(0.55 * lower.length)); k++)
    if (spell.check(lower.slice(k), lang)) return true
  return false
}

/**
 * A local name: no dictionary of either language knows the word, in any case, and it is not built
 * from a known word. Such a word is copied, never translated, so it must appear on the other side
 * as it is.
 */
function isLocalName(t: Token, lang: Lang, spell: SpellService, text: string): boolean {
  if (!capitalized(t, lang) || t.text.length < 3) return false
  // A short name in brackets after the full one ("(Minedu)") is an acronym written in lowercase.
  if (bracketed(t, text)) return !spell.check(t.lower, lang)
  // "Lima-Callao" is two names; "Swiss-born" or "T-shirt" is a word.
  const parts = t.text.split(/[-‐]/)
  return parts.every((part) => part.length >= 3 && isCapitalized(part) && isLocalWord(part, lang, spell))
}

function isLocalWord(word: string, lang: Lang, spell: SpellService): boolean {
  const lower = word.toLowerCase()
  if (spell.check(word, lang) || spell.check(lower, lang) || spell.check(word, otherLang(lang))) return false
  return !derivedWord(lower, lang, spell)
}

const bracketed = (t: Token, text: string): boolean => text[t.start - 1] === '(' && text[t.end] === ')'

/** Adjacent local names ("Qali Warma", "Mendoza Quispe") as one span. */
interface NameGroup {
  first: Token
  last: Token
  span: Span
}

function groups(tokens: Token[], side: Side): NameGroup[] {
  const out: NameGroup[] = []
  for (const t of tokens) {
    const prev = out[out.length - 1]
    if (prev && prev.last.index + 1 === t.index && /^[ -]$/.test(side.text.slice(prev.last.end, t.start))) {
      prev.last = t
      prev.span = { start: prev.first.start, end: t.end, text: side.text.slice(prev.first.start, t.end) }
    } else out.push({ first: t, last: t, span: { start: t.start, end: t.end, text: t.text } })
  }
  return out
}

/** Local names of `mine` that `theirs` does not have. */
function unmatchedLocalNames(mine: Side, theirs: Side, spell: SpellService): Token[] {
  // The cheap test first: most names are on the other side too.
  return mine.tokens.filter(
    (t) => capitalized(t, mine.lang) && !theirs.words.has(bareName(t)) && isLocalName(t, mine.lang, spell, mine.text)
  )
}

/**
 * The other side names the place in its own language: "Londres" / "London", "Cusco" / "Cuzco".
 * Exonyms are dictionary words of that language, spelled much like the name.
 */
function exonymIn(name: Token, other: Side, spell: SpellService): boolean {
  return other.tokens.some(
    (t) => capitalized(t, other.lang) && spell.check(t.text, other.lang) && alike(bareName(t), bareName(name))
  )
}

/**
 * A name's span widened to the words around it that belong to the same name and that `other`
 * does not have either ("Francisco Montoya Lozada", not only "Lozada"); titles stay out.
 */
function wholeName(g: NameGroup, side: Side, other: Side): Span {
  const joins = (t: Token | undefined, gap: string): t is Token =>
    t !== undefined &&
    gap === ' ' &&
    capitalized(t, side.lang) &&
    !isTitle(t.fold, side.lang) &&
    !other.words.has(bareName(t))
  let first = g.first
  let last = g.last
  for (
    let x = side.tokens[first.index - 1];
    joins(x, side.text.slice(x?.end, first.start));
    x = side.tokens[x.index - 1]
  )
    first = x
  for (let x = side.tokens[last.index + 1]; joins(x, side.text.slice(last.end, x?.start)); x = side.tokens[x.index + 1])
    last = x
  return { start: first.start, end: last.end, text: side.text.slice(first.start, last.end) }
}

/** Spelled much alike: "Cusco"/"Cuzco", or the same start and half the letters ("Londres"/"London", not "Midis"/"Ministry"). */
function alike(a: string, b: string): boolean {
  const score = similarity(a, b)
  return score >= 0.75 || (score >= 0.5 && a.slice(0, 3) === b.slice(0, 3))
}

/**
 * Part of a longer designation: next to another capitalized word, directly or across function
 * words ("Ministry of Development", "Desarrollo e Inclusión Social"). Those words are translated.
 */
function inDesignation(t: Token, side: Side): boolean {
  for (const step of [-1, 1]) {
    for (let i = t.index + step; i >= 0 && i < side.tokens.length; i += step) {
      const x = side.tokens[i] as Token
      const gap =
        step < 0
          ? side.text.slice(x.end, (side.tokens[i + 1] as Token).start)
          : side.text.slice((side.tokens[i - 1] as Token).end, x.start)
      if (!/^[ -]$/.test(gap)) break
      if (capitalized(x, side.lang)) return true
      if (!isFunctionWord(x.lower, side.lang)) break
    }
  }
  return false
}

/**
 * The word of `side` that most likely stands where the other side has a name of its own: a
 * capitalized word mid-sentence that the other side has neither as it is nor as a cognate, nearest
 * to the name's relative position. A word alone ("en Lima") is preferred; a word of a longer
 * designation ("Ministerio de Desarrollo") is taken only when `designations` allows: a name the
 * translation added that no dictionary knows cannot render a designation's word, so an unmatched
 * word there is what it replaced; a dropped source name may well be rendered by one.
 */
function partnerFor(name: NameGroup, from: Side, side: Side, designations: boolean): Token | undefined {
  const unmatched = side.tokens.filter(
    (t) =>
      !t.sentenceStart &&
      capitalized(t, side.lang) &&
      !from.words.has(bareName(t)) &&
      !from.tokens.some((x) => x.text.length >= 4 && isCognate(x.fold, t.fold))
  )
  const alone = unmatched.filter((t) => !inDesignation(t, side))
  const where = name.first.start / Math.max(1, from.text.length)
  const nearest = (list: Token[]): Token | undefined => {
    let best: Token | undefined
    let bestDistance = Infinity
    for (const t of list) {
      const distance = Math.abs(t.start / Math.max(1, side.text.length) - where)
      if (distance < bestDistance) [best, bestDistance] = [t, distance]
    }
    return best
  }
  return nearest(alone) ?? (designations ? nearest(unmatched) : undefined)
}

const spanOf = (t: Token): Span => ({ start: t.start, end: t.end, text: t.text })

function swapped(index: number, source: Span, target: Span): RawFinding {
  return {
    segment: index,
    side: 'both',
    sourceSpan: source,
    targetSpan: target,
    messageKey: 'swapped',
    params: { source: source.text, target: target.text },
    confidence: 0.8
  }
}

/**
 * Some word of one name is spelled much like some word of the other ("Drzewiecki" / "Miroslav
 * Drzeviecki"), or has its root inside it: a name rendered in another language ("Jihomoravský" /
 * "South Moravia", "Mönchengladbach" / "Gladbach").
 */
function spelledAlike(a: NameGroup, sa: Side, b: NameGroup, sb: Side): boolean {
  const words = (g: NameGroup, side: Side): Token[] => side.tokens.slice(g.first.index, g.last.index + 1)
  return words(a, sa).some((x) =>
    words(b, sb).some((y) => similarity(bareName(x), bareName(y)) >= 0.6 || sharesRoot(bareName(x), bareName(y)))
  )
}

const ROOT_LETTERS = 5

/**
 * Whether two words have a run of `ROOT_LETTERS` letters in common at different places in each:
 * names that merely begin alike are often different places ("Huancavelica" / "Huancayo").
 */
function sharesRoot(a: string, b: string): boolean {
  for (let i = 0; i + ROOT_LETTERS <= a.length; i++) {
    const at = b.indexOf(a.slice(i, i + ROOT_LETTERS))
    if (at >= 0 && at !== i) return true
  }
  return false
}

/** A name of one side with no counterpart on the other. */
function nameOnOneSide(index: number, span: Span, side: 'source' | 'target'): RawFinding {
  return side === 'source'
    ? {
        segment: index,
        side,
        sourceSpan: span,
        messageKey: 'missing',
        params: { name: span.text },
        category: 'accuracy/omission',
        confidence: 0.75
      }
    : {
        segment: index,
        side,
        targetSpan: span,
        messageKey: 'added',
        params: { name: span.text },
        category: 'accuracy/addition',
        confidence: 0.75
      }
}

/**
 * Local names without a counterpart. One on each side is a swapped name, unless the two are
 * spelled alike (a variant or a transliteration: "Selenogrado" / "Zelenograd"). A name left over
 * is reported only when the project shows it is copied (some other segment has it on both sides),
 * it is an acronym in brackets, or it is the one item a list of names has beyond the other side's
 * list: translations of news add and drop passing names freely, a release does not drop the place
 * or person it is about, nor one of the places it lists.
 */
function loneNameFindings(index: number, src: Side, tgt: Side, spell: SpellService, keptWords: Has): RawFinding[] {
  const findings: RawFinding[] = []
  const sourceNames = groups(
    unmatchedLocalNames(src, tgt, spell).filter((t) => !exonymIn(t, tgt, spell)),
    src
  )
  const targetNames = groups(unmatchedLocalNames(tgt, src, spell), tgt)
  // Names spelled alike are the same name written two ways: neither is reported.
  const variants = new Set<NameGroup>()
  for (const a of sourceNames) {
    const b = targetNames.find((x) => !variants.has(x) && spelledAlike(a, src, x, tgt))
    if (b) variants.add(a).add(b)
  }
  const [sourceLeft, targetLeft] = [sourceNames, targetNames].map((list) => list.filter((g) => !variants.has(g))) as [
    NameGroup[],
    NameGroup[]
  ]
  const pairs = Math.min(sourceLeft.length, targetLeft.length)
  for (let i = 0; i < pairs; i++)
    findings.push(
      swapped(index, wholeName(sourceLeft[i] as NameGroup, src, tgt), wholeName(targetLeft[i] as NameGroup, tgt, src))
    )
  const established = (name: NameGroup, side: Side): boolean =>
    bracketed(name.first, side.text) || [name.first, name.last].every((t) => keptWords.has(bareName(t)))
  for (const name of sourceLeft.slice(pairs)) {
    const item = extraListItem(src, tgt, name.span.start, name.span.end)
    if (!item && !established(name, src)) continue
    const partner = partnerFor(name, src, tgt, false)
    findings.push(
      partner ? swapped(index, name.span, spanOf(partner)) : nameOnOneSide(index, item ?? name.span, 'source')
    )
  }
  for (const name of targetLeft.slice(pairs)) {
    const item = extraListItem(tgt, src, name.span.start, name.span.end)
    if (!item && !established(name, tgt)) continue
    const partner = partnerFor(name, tgt, src, true)
    findings.push(
      partner ? swapped(index, spanOf(partner), name.span) : nameOnOneSide(index, item ?? name.span, 'target')
    )
  }
  return findings
}

/**
 * A proper noun the lone-name rule leaves out: capitalized mid-sentence, and no dictionary of either
 * language knows it in lower case. Dictionaries list many places and surnames ("Trujillo",
 * "Hernández"), and a place may look like a compound ("Ayacucho"); "Lima" or "Valencia", which are
 * common words too, are not taken unless nothing renders them as words (see `unrenderedWord`).
 */
function properNoun(t: Token, lang: Lang, spell: SpellService, lexicon: BilingualLexicon | undefined): boolean {
  return (
    capitalized(t, lang) &&
    !t.sentenceStart &&
    t.text.length >= 4 &&
    !/[-‐]/.test(t.text) &&
    ((!spell.check(t.lower, lang) && !spell.check(t.lower, otherLang(lang))) ||
      commonWordName(t, spell) ||
      unrenderedWord(t, lang, spell, lexicon))
  )
}

/**
 * A capitalized word that no lexicon renders and the other language's dictionary does not know:
 * a place or surname that is also a rare Spanish word ("Espinar", "Tumbes" as a verb form), or an
 * English name a Spanish dictionary lists in lower case. A common word capitalized mid-sentence
 * ("Estado", "Ejecutivo") has translations, and is left to its translations (see `translatedAs`).
 */
function unrenderedWord(t: Token, lang: Lang, spell: SpellService, lexicon: BilingualLexicon | undefined): boolean {
  if (lexicon === undefined || spell.check(t.lower, 'en')) return false
  if (lang === 'es' && lexicon.translations(t.lower, lang).length > 0) return false
  // The costly tests last: a word made of known words is a common word the lexicon lacks.
  return !derivedWord(t.lower, lang, spell) && !compound(t.lower, lang, spell)
}

/** Two known words of four letters or more written as one ("Nochebuena", "Aguaviva"). */
function compound(lower: string, lang: Lang, spell: SpellService): boolean {
  for (let k = 4; lower.length - k >= 4; k++)
    if (spell.check(lower.slice(0, k), lang) && spell.check(lower.slice(k), lang)) return true
  return false
}

/**
 * A place or person's name that Spanish also has as a common word ("Valencia", "Victoria",
 * "Esperanza"): the English dictionary lists it with a capital only, as a name.
 */
const commonWordName = (t: Token, spell: SpellService): boolean =>
  spell.check(t.text, 'en') && !spell.check(t.lower, 'en') && spell.check(t.lower, 'es')

/** Whether `other` has a counterpart of `t`: itself, or a form spelled alike. */
function hasCounterpart(t: Token, other: Side): boolean {
  const bare = bareName(t)
  if (other.words.has(bare)) return true
  const skeleton = consonants(bare)
  const rendered = (x: Token): boolean =>
    x.text.length >= 3 &&
    (alike(bareName(x), bare) || isCognate(x.fold, t.fold) || consonants(bareName(x)) === skeleton)
  return other.tokens.some(rendered)
}

/**
 * Whether the other side renders a name the lexicon translates: an exonym ("Alemania" / "Germany",
 * or a derived word the lexicon lacks, "German") or the common word it also is ("la Esperanza" /
 * "Hope"). A translation that is nowhere on the other side ("Europa" where the translation names
 * another continent) leaves the name without a counterpart.
 */
function translatedAs(t: Token, lang: Lang, other: Side, lexicon: BilingualLexicon | undefined): boolean {
  if (lexicon === undefined) return false
  const renderings = lexicon.translations(t.lower, lang)
  if (renderings.length === 0) return false
  // A rendering of several words ("New Year's Eve") needs each of them there.
  const present = (word: string): boolean => {
    const stem = word.slice(0, Math.max(4, word.length - 3))
    return other.words.has(word) || other.tokens.some((x) => x.fold.startsWith(stem))
  }
  return renderings.some((r) =>
    r
      .split(/[\s']+/)
      .filter((w) => w.length > 1)
      .every(present)
  )
}

/** Particles inside a person's or place's name ("Leonardo da Vinci", "Isle of Man"). */
const NAME_PARTICLES = new Set(['de', 'del', 'da', 'di', 'do', 'dos', 'van', 'von', 'of', 'the', 'la', 'le'])

/**
 * Part of a longer name whose other words the other side has: next to a capitalized word outside
 * the group, directly or across a particle ("Isla de Francia", "Da Vinci"). A title is not part of
 * the name it comes before or after ("Chancellor of France", "Minister Ana Ruiz").
 */
function inLongerName(g: NameGroup, side: Side): boolean {
  for (const [t, step] of [
    [g.first, -1],
    [g.last, 1]
  ] as const) {
    let x = side.tokens[t.index + step]
    if (x && !capitalized(x, side.lang) && NAME_PARTICLES.has(x.lower)) x = side.tokens[t.index + 2 * step]
    if (!x || !isCapitalized(x.text) || isAllCaps(x.text) || isTitle(x.fold, side.lang)) continue
    const gap = step < 0 ? side.text.slice(x.end, t.start) : side.text.slice(t.end, x.start)
    if (/^[\p{L} -]{1,6}$/u.test(gap)) return true
  }
  return false
}

/** A run of several words with a noun of bodies or states in it ("Czech Republic"): a designation, translated. */
const designation = (words: readonly Token[], lang: Lang, lexicon: BilingualLexicon | undefined): boolean =>
  words.length > 1 &&
  words.some((t) =>
    lang === 'en' ? isInstitutionWord(t.text) : (lexicon?.translations(t.lower, 'es') ?? []).some(isInstitutionWord)
  )

/** A name's consonants, doubled letters once, without "h": transliterations keep them ("Hizbulá" / "Hezbollah"). */
const consonants = (name: string): string => name.replace(/[aeiouyh\W\d]/g, '').replace(/(.)\1+/g, '$1')

/** Relative positions further apart than this are not one name in the place of another. */
const SWAP_DISTANCE = 0.2

/**
 * Proper nouns without a counterpart, as many on each side (one or two), each facing one of the
 * other side at about the same place: a place or person put in the place of another. Left over
 * on one side only, a proper noun is not reported (translations name the subject or drop a
 * passing mention), and names already reported are left out.
 */
function swappedProperNouns(
  index: number,
  src: Side,
  tgt: Side,
  spell: SpellService,
  lexicon: BilingualLexicon | undefined,
  reported: readonly RawFinding[]
): RawFinding[] {
  const covered = (t: Token, side: 'source' | 'target'): boolean =>
    reported.some((f) => {
      const span = side === 'source' ? f.sourceSpan : f.targetSpan
      return span !== undefined && span !== null && span.start < t.end && t.start < span.end
    })
  // Capitalized words nothing on the other side renders, in runs: one name each ("Nueva York",
  // "Ana Ruiz Soto"). A run with a proper noun is a swap candidate unless it is part of a longer
  // name; runs of common words only rule the side out ("Nochebuena y Nochevieja" / "Christmas and
  // New Year's Eve": the common-word holiday may be the one "Christmas" renders).
  const lone = (mine: Side, theirs: Side, side: 'source' | 'target'): NameGroup[] => {
    const possible = mine.tokens.filter(
      (t) =>
        // The cheap tests first: most capitalized words are on the other side as they are.
        !theirs.words.has(bareName(t)) &&
        !t.sentenceStart &&
        t.text.length >= 3 &&
        capitalized(t, mine.lang) &&
        !covered(t, side)
    )
    const unrendered = possible.filter(
      (t) => !translatedAs(t, mine.lang, theirs, lexicon) && !hasCounterpart(t, theirs)
    )
    if (unrendered.length === 0) return []
    const names: NameGroup[] = []
    for (const g of groups(unrendered, mine)) {
      const words = mine.tokens.slice(g.first.index, g.last.index + 1)
      if (designation(words, mine.lang, lexicon)) continue
      if (!words.some((t) => t.text.length >= 4 && properNoun(t, mine.lang, spell, lexicon))) return []
      if (!inLongerName(g, mine)) names.push(g)
    }
    return names
  }
  // A swap needs a candidate on each side: look for one cheaply before the dictionaries.
  const maybe = (mine: Side, theirs: Side): boolean =>
    mine.tokens.some(
      (t) => !t.sentenceStart && t.text.length >= 4 && capitalized(t, mine.lang) && !theirs.words.has(bareName(t))
    )
  if (!maybe(src, tgt) || !maybe(tgt, src)) return []
  const sourceNames = lone(src, tgt, 'source')
  if (sourceNames.length === 0 || sourceNames.length > 2) return []
  const targetNames = lone(tgt, src, 'target')
  if (targetNames.length !== sourceNames.length) return []
  const where = (g: NameGroup, side: Side): number => g.first.start / Math.max(1, side.text.length)
  const out: RawFinding[] = []
  sourceNames.forEach((a, i) => {
    const b = targetNames[i] as NameGroup
    if (Math.abs(where(a, src) - where(b, tgt)) > SWAP_DISTANCE || spelledAlike(a, src, b, tgt)) return
    out.push(swapped(index, a.span, b.span))
  })
  return out
}

/**
 * The same name put for the same other name in several segments is how the translation renders it
 * ("Oktoberfest" / "Wiesn"), not a slip: such swaps are dropped.
 */
function withoutRepeatedSwaps(findings: RawFinding[]): RawFinding[] {
  const key = (f: RawFinding): string => `${f.sourceSpan?.text.toLowerCase()}\u0000${f.targetSpan?.text.toLowerCase()}`
  const segments = new Map<string, Set<number>>()
  for (const f of findings) {
    if (f.messageKey !== 'swapped') continue
    const set = segments.get(key(f)) ?? new Set<number>()
    segments.set(key(f), set.add(f.segment ?? -1))
  }
  return findings.filter((f) => f.messageKey !== 'swapped' || (segments.get(key(f))?.size ?? 0) < 2)
}

/** Runs of two or more capitalized words separated by single spaces: a person's full name. */
function runs(side: Side): Token[][] {
  const out: Token[][] = []
  let run: Token[] = []
  for (const t of side.tokens) {
    const prev = run[run.length - 1]
    if (capitalized(t, side.lang) && prev && prev.index + 1 === t.index && side.text.slice(prev.end, t.start) === ' ')
      run.push(t)
    else {
      if (run.length >= 2) out.push(run)
      run = capitalized(t, side.lang) ? [t] : []
    }
  }
  if (run.length >= 2) out.push(run)
  return out
}

/**
 * A full name with one word changed: "Ana Lucía Torres" / "Ana Luisa Torres". The two runs, lined
 * up on the name words they share (two at least), differ in a word that is not a common word of its
 * language and is not a near-spelling (left to the `entities` check's spelling finding), is a
 * changed name. "Elvira" or "Elena" are in the dictionaries as names, so the lone-name rule leaves them.
 */
function changedNameFindings(index: number, src: Side, tgt: Side, spell: SpellService): RawFinding[] {
  const findings: RawFinding[] = []
  const targetRuns = runs(tgt)
  for (const s of runs(src)) {
    for (const t of targetRuns) {
      const shift = bestShift(s, t, (y) => !spell.check(y.lower, src.lang))
      if (shift === null) {
        const first = changedFirstName(s, t, src, tgt, spell)
        if (first) findings.push(swapped(index, spanOf(first[0]), spanOf(first[1])))
        continue
      }
      s.forEach((a, i) => {
        const b = t[i + shift]
        if (!b) return
        if (tgt.words.has(bareName(a)) || src.words.has(bareName(b))) return
        // Two local names are the lone-name rule's; one alone it cannot pair ("Salazar" / "Zegarra").
        if (isLocalName(a, src.lang, spell, src.text) && isLocalName(b, tgt.lang, spell, tgt.text)) return
        if (spell.check(a.lower, src.lang) || spell.check(b.lower, tgt.lang)) return
        if (similarity(bareName(a), bareName(b)) >= 0.75 || isCognate(a.fold, b.fold)) return
        findings.push(swapped(index, spanOf(a), spanOf(b)))
      })
    }
  }
  return findings
}

/**
 * The given name before the same surname changed ("Pedro Salas" / "Pablo Salas"): a surname may
 * be a common word too ("Castañeda", "Rivera"), so it is matched as it is; the given names must be
 * names (see `givenName`), unrelated (no cognate, no variant spelling, not a monarch's or saint's
 * name in the other language) and each missing from the other side.
 */
function changedFirstName(s: Token[], t: Token[], src: Side, tgt: Side, spell: SpellService): [Token, Token] | null {
  const [surname, otherSurname] = [s[s.length - 1] as Token, t[t.length - 1] as Token]
  const [a, b] = [s[s.length - 2] as Token, t[t.length - 2] as Token]
  if (surname.text.length < 4 || bareName(surname) !== bareName(otherSurname)) return null
  if (tgt.words.has(bareName(a)) || src.words.has(bareName(b))) return null
  if (!givenName(a, src.lang, spell) || !givenName(b, tgt.lang, spell)) return null
  if (similarity(bareName(a), bareName(b)) >= 0.6 || isCognate(a.fold, b.fold)) return null
  const [es, en] = src.lang === 'es' ? [a, b] : [b, a]
  return sameGivenName(bareName(es), bareName(en)) ? null : [a, b]
}

/**
 * A word that is a given name: the English dictionary lists it with a capital only ("Pedro",
 * "Pablo"), or no dictionary knows it. A title or a common word ("Banco", "Santa") is not one.
 */
function givenName(t: Token, lang: Lang, spell: SpellService): boolean {
  if (isTitle(t.fold, lang)) return false
  const known = (w: string): boolean => spell.check(w, 'en') || spell.check(w, 'es')
  return (spell.check(t.text, 'en') && !spell.check(t.lower, 'en')) || !known(t.text)
}

/**
 * How far the target run is shifted against the source run ("Marta Beatriz Ccori" against
 * "Mayor Marta Isabel Ccori" is 1): the shift that lines up the most name words both have, when
 * at least two do and they are not all the run's words; null otherwise.
 */
function bestShift(s: Token[], t: Token[], isName: (word: Token) => boolean): number | null {
  let best: number | null = null
  let bestShared = 1
  for (let shift = -s.length + 1; shift < t.length; shift++) {
    let shared = 0
    s.forEach((a, i) => {
      const b = t[i + shift]
      if (b && bareName(a) === bareName(b) && isName(a)) shared++
    })
    if (shared > bestShared) [best, bestShared] = [shift, shared]
  }
  return best !== null && bestShared < s.length ? best : null
}

export const namesCheck: CheckDefinition = {
  id: 'names',
  cost: 0.5,
  category: 'accuracy/mistranslation',
  defaultSeverity: 'major',
  enabledByDefault: true,
  languages: 'spanish-english',
  usesDictionaries: true,
  uses: [keptNamesAnalysis],
  i18n: {
    en: {
      title: 'Names of people and places',
      description: 'A person, place, document or event named on one side is missing, different or added on the other.',
      messages: {
        swapped: 'The source names “{{source}}” where the translation names “{{target}}”.',
        missing: '“{{name}}” is not named in the translation.',
        added: '“{{name}}” is named in the translation but not in the source.',
        kindSwapped:
          'The source names a “{{source}}” where the translation names a “{{target}}”: another kind of document or event.'
      }
    },
    es: {
      title: 'Nombres de personas y lugares',
      description:
        'Una persona, un lugar, un documento o un evento que se nombra en un lado falta, cambia o se añade en el otro.',
      messages: {
        swapped: 'El original nombra “{{source}}” donde la traducción nombra “{{target}}”.',
        missing: '“{{name}}” no aparece en la traducción.',
        added: '“{{name}}” aparece en la traducción pero no en el original.',
        kindSwapped:
          'El original nombra un “{{source}}” donde la traducción nombra un “{{target}}”: otro tipo de documento o evento.'
      }
    }
  },
  run(ctx: CheckContext): RawFinding[] {
    const spell = ctx.spell
    if (!spell) return []
    const { sourceLang, targetLang } = ctx.document
    const kept = read(ctx, keptNamesAnalysis)(sourceLang, targetLang)
    const findings: RawFinding[] = []
    // A segment's findings read the project only through which words its translations keep.
    const lookup = (word: string): boolean => kept.keptWords.has(word)
    for (const s of ctx.document.segments) {
      if (!s.source.trim() || !s.target.trim()) continue
      const made = segmentFindingsReading(ctx, s, 'names', lookup, (read) => {
        const src = sideOf(s.source, sourceLang, tokenize(s.source, ctx.cache.text))
        const tgt = sideOf(s.target, targetLang, tokenize(s.target, ctx.cache.text))
        const lone = loneNameFindings(s.index, src, tgt, spell, { has: read })
        const taken = (f: RawFinding): boolean =>
          lone.some((x) => x.targetSpan && f.targetSpan && x.targetSpan.start === f.targetSpan.start)
        const found = [...lone, ...changedNameFindings(s.index, src, tgt, spell).filter((f) => !taken(f))]
        const kinds = designationSwaps(src, tgt).map((x): RawFinding => ({
          segment: s.index,
          side: 'both',
          sourceSpan: x.source,
          targetSpan: x.target,
          messageKey: 'kindSwapped',
          params: { source: x.source.text, target: x.target.text },
          confidence: 0.7
        }))
        return [...found, ...swappedProperNouns(s.index, src, tgt, spell, ctx.lexicon, found), ...kinds]
      })
      appendAll(findings, made)
    }
    return withoutRepeatedSwaps(findings)
  }
}
