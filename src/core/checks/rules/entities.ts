import type { Lang } from '../../domain/language'
import type { Span } from '../../domain/findings'
import { expansionStart } from '../../text/acronyms'
import { isFunctionWord } from '../../text/function-words'
import { skeleton } from '../../text/cognates'
import { isDefinedAcronym, isUnknownAcronym, type Mention } from '../../text/mentions'
import { entityTableAnalysis, mentionsAnalysis } from '../analyses/mentions'
import { bareName, keptNamesAnalysis, namePairs, type KeptNames } from '../analyses/names'
import { segmentFindingsReading } from '../engine/segment-facts'
import { appendAll } from '../../collections/arrays'
import { read } from '../engine/job-cache'
import { fold, isAllCaps, isCapitalized, similarity } from '../../text/normalize'
import { isCognate } from '../../text/lexicon/text'
import { capitalizedPhrases } from '../../text/phrases'
import { tokenize, type Token } from '../../text/tokenize'
import type { CheckContext, CheckDefinition, RawFinding } from '../engine/types'
import type { SpellService } from '../../text/speller'
import type { BilingualLexicon } from '../../text/bilingual-lexicon'

interface Side {
  text: string
  tokens: Token[]
  lang: Lang
  mentions: Mention[]
}

const span = (m: { start: number; end: number; text: string }): Span => ({ start: m.start, end: m.end, text: m.text })

/** Leftover mentions of one side: those of ids the other side lacks entirely come first. */
interface Leftovers {
  /** The other side never names this body. */
  absent: Mention[]
  /** Named fewer times on the other side (a repeat may be dropped on purpose). */
  fewer: Mention[]
}

function leftovers(mine: Mention[], theirs: Mention[]): Leftovers {
  const out: Leftovers = { absent: [], fewer: [] }
  const ids = [...new Set(mine.map((m) => m.id))]
  for (const id of ids) {
    const a = mine.filter((m) => m.id === id)
    const b = theirs.filter((m) => m.id === id).length
    const extra = a.slice(b).filter((m) => !m.weak)
    if (b === 0) out.absent.push(...extra)
    else out.fewer.push(...extra)
  }
  return out
}

function letters(m: Mention): string {
  return [...(m.acronym ?? '').replace(/[^\p{L}]/gu, '')].sort().join('')
}

/** The other side spells the acronym out ("la PCM" / "the Presidency of the Council of Ministers"). */
function expandedIn(acronym: string, side: Side): boolean {
  return capitalizedPhrases(side.text, side.tokens, side.lang).some(
    (p) => expansionStart(side.tokens, p.last + 1, acronym, side.lang) !== null
  )
}

/**
 * Unknown acronyms a translation may legitimately change: reordered letters defined in the
 * target ("ácido desoxirribonucleico (ADN)" for DNA), or each side defining its own acronym.
 */
function reconcile(source: Mention[], target: Mention[], src: Side, tgt: Side): [Mention[], Mention[]] {
  let s = source.filter((m) => !(isUnknownAcronym(m) && m.acronym && expandedIn(m.acronym, tgt)))
  let t = target.filter((m) => !(isUnknownAcronym(m) && m.acronym && expandedIn(m.acronym, src)))
  for (const m of [...t]) {
    if (!isUnknownAcronym(m) || !isDefinedAcronym(m)) continue
    const partner = s.find((x) => isUnknownAcronym(x) && (letters(x) === letters(m) || isDefinedAcronym(x)))
    if (partner) {
      s = s.filter((x) => x !== partner)
      t = t.filter((x) => x !== m)
    }
  }
  return [s, t]
}

/**
 * An acronym used as a modifier ("US attorneys", "EU spokesperson"): translators add or drop these
 * to make a sentence clear, so alone they are no evidence of an added or missing body.
 */
function attributive(m: Mention, side: Side): boolean {
  if (m.text !== m.acronym) return false
  const next = side.tokens[m.last + 1]
  return (
    next !== undefined &&
    /^\s$/.test(side.text.slice(m.end, next.start)) &&
    !next.isNumber &&
    !isFunctionWord(next.lower, side.lang)
  )
}

/**
 * A body named in full on one side and, on the other, by a name that renders it word for word but
 * is not one we know ("Agencia Internacional de Energía Atómica" for the International Atomic
 * Energy Agency, whose official Spanish name is "Organismo ..."): the same body, neither omitted
 * nor added. Most of the name's capitalized words must have a cognate in one capitalized phrase.
 */
function namedByVariant(m: Mention, mine: Side, other: Side): boolean {
  if (m.acronym !== null) return false
  const words = mine.tokens.slice(m.first, m.last + 1).filter((t) => t.text.length >= 4 && isCapitalized(t.text))
  if (words.length < 2) return false
  return capitalizedPhrases(other.text, other.tokens, other.lang).some((p) => {
    const theirs = other.tokens.slice(p.first, p.last + 1)
    const matched = words.filter((w) => theirs.some((x) => isCognate(w.text, x.text)))
    return matched.length >= Math.max(2, Math.ceil(0.75 * words.length))
  })
}

function mentionFindings(index: number, src: Side, tgt: Side): RawFinding[] {
  const findings: RawFinding[] = []
  const ls = leftovers(src.mentions, tgt.mentions)
  const lt = leftovers(tgt.mentions, src.mentions)
  const [sAbsent, tAbsent] = reconcile(ls.absent, lt.absent, src, tgt)
  // Pair leftovers across sides when at least one of the two is absent from the other side
  // altogether: "BID ... BID" against "IDB ... OAS" is one mismatch, not an omission and an
  // addition. Acronyms we do not know are translated freely (PPP / APP, CI / IC): never paired
  // with each other, never reported alone.
  const sPool = [...sAbsent, ...ls.fewer].sort((a, b) => a.start - b.start)
  const tPool = [...tAbsent, ...lt.fewer].sort((a, b) => a.start - b.start)
  const usedS = new Set<Mention>()
  const usedT = new Set<Mention>()
  for (const s of sPool) {
    const t = tPool.find(
      (x) =>
        !usedT.has(x) && (sAbsent.includes(s) || tAbsent.includes(x)) && !(isUnknownAcronym(s) && isUnknownAcronym(x))
    )
    if (!t) continue
    usedS.add(s)
    usedT.add(t)
    findings.push({
      segment: index,
      side: 'both',
      sourceSpan: span(s),
      targetSpan: span(t),
      messageKey: 'mismatch',
      params: { source: s.text, target: t.text },
      confidence: 0.9
    })
  }
  for (const s of sAbsent) {
    if (usedS.has(s) || isUnknownAcronym(s) || attributive(s, src) || namedByVariant(s, src, tgt)) continue
    findings.push({
      segment: index,
      side: 'source',
      sourceSpan: span(s),
      messageKey: 'missing',
      params: { entity: s.text },
      category: 'accuracy/omission',
      confidence: 0.85
    })
  }
  for (const t of tAbsent) {
    if (usedT.has(t) || isUnknownAcronym(t) || attributive(t, tgt) || namedByVariant(t, tgt, src)) continue
    findings.push({
      segment: index,
      side: 'target',
      targetSpan: span(t),
      messageKey: 'added',
      params: { entity: t.text },
      category: 'accuracy/addition',
      confidence: 0.85
    })
  }
  return [...findings, ...misdefined(index, src, tgt), ...droppedDefinitions(index, ls.absent, src, tgt)]
}

/**
 * The source introduces an acronym of its own ("Instituto Nacional de Estadística (INE)") and the
 * translation renders the name but writes no acronym at all: the reader never learns the short
 * form the release may use later. A translation with any bracket of its own keeps something there:
 * its own acronym ("(NSI)", "(Dax)", "(ČTÚ)") or the name spelled out ("(Workers' Union)").
 */
function droppedDefinitions(index: number, absent: Mention[], src: Side, tgt: Side): RawFinding[] {
  if (tgt.text.includes('(') || tgt.mentions.some((m) => m.acronym !== null)) return []
  const findings: RawFinding[] = []
  for (const m of absent) {
    if (!m.acronym || !isUnknownAcronym(m)) continue
    const acronym = src.tokens[m.last] as Token
    if (acronym.text !== m.acronym || !bracketedToken(acronym, src.text)) continue
    // After a name ("Aduanas (SUNAT)"): the acronym of a common term ("ensayo clínico (EC)") is
    // the writer's shorthand, which a translation may do without.
    const before = src.tokens[acronym.index - 1]
    if (!before || !isCapitalized(before.text)) continue
    if (tgt.tokens.some((t) => t.text.toUpperCase() === m.acronym)) continue
    findings.push({
      segment: index,
      side: 'source',
      sourceSpan: span(acronym),
      messageKey: 'acronymDropped',
      params: { acronym: m.acronym },
      category: 'accuracy/omission',
      severity: 'minor',
      confidence: 0.7
    })
  }
  return findings
}

const bracketedToken = (t: Token, text: string): boolean =>
  /\(\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && /^\s*\)/.test(text.slice(t.end, t.end + 3))

/**
 * A target acronym in brackets after a name it does not abbreviate, where the source defines its
 * own acronym properly ("Índice de Desarrollo Humano (IDH)" / "human development index
 * (IHD)"): a garbled acronym, not an adaptation.
 */
function misdefined(index: number, src: Side, tgt: Side): RawFinding[] {
  if (!src.mentions.some((m) => isUnknownAcronym(m) && isDefinedAcronym(m))) return []
  const sourceAcronyms = new Set(src.mentions.map((m) => m.acronym))
  const findings: RawFinding[] = []
  for (const m of tgt.mentions) {
    if (!m.acronym || !isUnknownAcronym(m) || isDefinedAcronym(m) || sourceAcronyms.has(m.acronym)) continue
    const acronym = tgt.tokens[m.last] as Token
    const open = /\(\s*$/.exec(tgt.text.slice(0, acronym.start))
    if (!open || !/^\s*\)/.test(tgt.text.slice(acronym.end))) continue
    // The words before the bracket, as many as the acronym has letters.
    const before = tgt.tokens.filter((t) => t.end <= open.index).slice(-m.acronym.length)
    if (before.length < 2 || before.some((t) => t.isNumber)) continue
    const name = tgt.text.slice((before[0] as Token).start, (before[before.length - 1] as Token).end)
    findings.push({
      segment: index,
      side: 'target',
      targetSpan: { start: acronym.start, end: acronym.end, text: acronym.text },
      messageKey: 'acronymMismatch',
      params: { acronym: m.acronym, name },
      confidence: 0.7
    })
  }
  return findings
}

/** The capitalized word right after `first` in `side` ("Carmen" → "Ferrera"), when there is one. */
function wordAfter(side: Side, first: string): Token | undefined {
  const i = side.tokens.findIndex((t) => bareName(t) === first)
  const next = side.tokens[i + 1]
  return i >= 0 && next && side.text.slice(side.tokens[i]!.end, next.start) === ' ' && isCapitalized(next.text)
    ? next
    : undefined
}

/** `bareName` with German umlauts written out ("Günther" as "guenther"). */
function umlautsWrittenOut(t: Token): string {
  return t.lower
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/['’]s$/, '')
}

/**
 * The translation holds an acronym of the capitalized name around `a b` in the source, or of the
 * pair itself: "FT" for "Financial Times", "NYT" for "el New York Times".
 */
function abbreviatedIn(acronyms: ReadonlySet<string>, src: Side, a: Token, b: Token): boolean {
  if (acronyms.size === 0) return false
  const initials = (from: number, to: number): string => {
    let out = ''
    for (let i = from; i <= to; i++) {
      const t = src.tokens[i] as Token
      if (isCapitalized(t.text)) out += t.text.charAt(0).toUpperCase()
    }
    return out
  }
  if (acronyms.has(initials(a.index, b.index))) return true
  const name = capitalizedPhrases(src.text, src.tokens, src.lang).find((p) => p.first <= a.index && b.index <= p.last)
  return name !== undefined && acronyms.has(initials(name.first, name.last))
}

/**
 * Person and place names are copied, not translated: compared without accents or case ("Begoña" is
 * "Begona"). A name with one word altered ("Villarreal" / "Villareal") or dropped altogether (when
 * the project keeps it elsewhere) is reported.
 */
function nameFindings(
  index: number,
  src: Side,
  tgt: Side,
  kept: Pick<KeptNames, 'kept' | 'common'>,
  spell: SpellService | undefined,
  lexicon: BilingualLexicon | undefined
): RawFinding[] {
  const findings: RawFinding[] = []
  // Made on the first name pair: many paragraphs have none.
  let targetWords: Set<string> | undefined
  // Needed only for a name missing altogether, which most segments never have.
  let targetAcronyms: Set<string> | undefined
  const inMention = (side: Side, t: Token): boolean => side.mentions.some((m) => m.start <= t.start && t.end <= m.end)
  const seen = new Set<number>()
  for (const pair of namePairs(src.text, src.tokens, src.lang)) {
    if (inMention(src, pair.a) || inMention(src, pair.b)) continue
    const words = [pair.a, pair.b]
    const inTarget = (targetWords ??= new Set(tgt.tokens.map((t) => bareName(t))))
    const present = words.filter((w) => inTarget.has(bareName(w)))
    if (present.length === 2) continue
    if (present.length === 0) {
      // Absent altogether: a dropped name only if the project keeps this name elsewhere, and not
      // when the translation abbreviates it ("Financial Times" / "the FT") or writes it as one
      // word ("Bangla Desh" / "Bangladesh", "Baden-Baden").
      if (!kept.kept.has(pair.key) || pair.a.sentenceStart) continue
      const [a, b] = [bareName(pair.a), bareName(pair.b)]
      if (inTarget.has(a + b) || inTarget.has(`${a}-${b}`)) continue
      targetAcronyms ??= new Set(tgt.tokens.filter((t) => isAllCaps(t.text)).map((t) => t.text))
      if (abbreviatedIn(targetAcronyms, src, pair.a, pair.b)) continue
      findings.push({
        segment: index,
        side: 'source',
        sourceSpan: { start: pair.a.start, end: pair.b.end, text: src.text.slice(pair.a.start, pair.b.end) },
        messageKey: 'nameMissing',
        params: { name: src.text.slice(pair.a.start, pair.b.end) },
        category: 'accuracy/omission',
        severity: 'major',
        confidence: 0.8
      })
      continue
    }
    const missing = words.find((w) => !inTarget.has(bareName(w))) as Token
    if (seen.has(missing.index) || kept.common.has(missing.fold)) continue
    // The word the translation writes where the source's second word follows the first ("Carmen
    // Herrera" / "Carmen Ferrera"): a surname, even one that is a common word too.
    const inPlace = missing === pair.b ? wordAfter(tgt, bareName(pair.a)) : undefined
    // A word the source also writes in lowercase, or a dictionary word, is translated, not copied.
    const known = spell?.check(missing.lower, src.lang) === true
    if (known && inPlace === undefined) continue
    const name = bareName(missing)
    // German umlauts written out are the same name ("Günther" / "Guenther", "Württemberg").
    const umlautsOut = /[äöüß]/.test(missing.lower) ? umlautsWrittenOut(missing) : null
    // A common word in a name is translated there ("Miss Japón" / "Miss Japan")...
    const translation = (t: Token): boolean =>
      lexicon?.translations(missing.lower, src.lang).some((r) => fold(r) === t.fold) === true
    const variant = (known ? [inPlace as Token] : tgt.tokens).find((t) => {
      // ... or made an adjective ("Costa Rica" / "a Costa Rican delegate").
      if (known && (translation(t) || t.fold.startsWith(missing.fold))) return false
      if (!isCapitalized(t.text) || isAllCaps(t.text)) return false
      const other = bareName(t)
      // Only the first letter changed, in place: a slip of the key, not a transliteration.
      const sameStart = other[0] === name[0] || (t === inPlace && other.slice(1) === name.slice(1))
      return (
        sameStart &&
        other !== name &&
        other !== umlautsOut &&
        similarity(other, name) >= 0.75 &&
        // A regular suffix change is a translation ("Transformación" / "Transformation"), not a misspelling.
        skeleton(missing.lower, src.lang) !== skeleton(t.lower, tgt.lang)
      )
    })
    if (!variant) continue
    seen.add(missing.index)
    findings.push({
      segment: index,
      side: 'both',
      sourceSpan: { start: missing.start, end: missing.end, text: missing.text },
      targetSpan: { start: variant.start, end: variant.end, text: variant.text },
      messageKey: 'nameSpelling',
      params: { source: missing.text, target: variant.text },
      suggestion: missing.text,
      severity: 'minor',
      confidence: 0.7
    })
  }
  return findings
}

export const entitiesCheck: CheckDefinition = {
  id: 'entities',
  cost: 1.0,
  category: 'accuracy/mistranslation',
  defaultSeverity: 'major',
  enabledByDefault: true,
  languages: 'spanish-english',
  uses: [mentionsAnalysis, entityTableAnalysis, keptNamesAnalysis],
  usesDictionaries: true,
  i18n: {
    en: {
      title: 'Names and acronyms',
      description: 'A body, acronym or person named on one side is missing, different or added on the other.',
      messages: {
        mismatch: 'The source names “{{source}}” where the translation names “{{target}}”.',
        missing: '“{{entity}}” is not named in the translation.',
        added: '“{{entity}}” is named in the translation but not in the source.',
        nameSpelling: 'Name spelled “{{target}}” in the translation but “{{source}}” in the source.',
        nameMissing: 'The name “{{name}}” is missing from the translation.',
        acronymMismatch: '“{{acronym}}” does not abbreviate “{{name}}”, and the source does not use it.',
        acronymDropped: 'The source introduces the acronym “{{acronym}}”; the translation leaves it out.'
      }
    },
    es: {
      title: 'Nombres y siglas',
      description:
        'Un organismo, una sigla o una persona que se nombra en un lado falta, cambia o se añade en el otro.',
      messages: {
        mismatch: 'El original nombra “{{source}}” donde la traducción nombra “{{target}}”.',
        missing: '“{{entity}}” no aparece en la traducción.',
        added: '“{{entity}}” aparece en la traducción pero no en el original.',
        nameSpelling: 'El nombre se escribe “{{target}}” en la traducción y “{{source}}” en el original.',
        nameMissing: 'Falta el nombre “{{name}}” en la traducción.',
        acronymMismatch: '“{{acronym}}” no es la sigla de “{{name}}”, y el original no la usa.',
        acronymDropped: 'El original presenta la sigla “{{acronym}}”; la traducción la omite.'
      }
    }
  },
  run(ctx: CheckContext): RawFinding[] {
    const { sourceLang, targetLang } = ctx.document
    const reader = read(ctx, mentionsAnalysis)
    const kept = read(ctx, keptNamesAnalysis)(sourceLang, targetLang)
    const findings: RawFinding[] = []
    // A segment's findings read the project only through which names it keeps and which words it
    // writes in lowercase: kept across jobs with those answers.
    const lookup = (key: string): boolean =>
      key.startsWith('k') ? kept.kept.has(key.slice(1)) : kept.common.has(key.slice(1))
    for (const s of ctx.document.segments) {
      if (!s.source || !s.target) continue
      const made = segmentFindingsReading(ctx, s, 'entities', lookup, (read) => {
        const side = (text: string, lang: Lang): Side => {
          const tokens = tokenize(text, ctx.cache.text)
          return { text, tokens, lang, mentions: reader.mentions(text, lang, tokens) }
        }
        const src = side(s.source, sourceLang)
        const tgt = side(s.target, targetLang)
        const names = { kept: { has: (k: string) => read(`k${k}`) }, common: { has: (w: string) => read(`c${w}`) } }
        return [
          ...mentionFindings(s.index, src, tgt),
          ...nameFindings(s.index, src, tgt, names, ctx.spell, ctx.lexicon)
        ]
      })
      appendAll(findings, made)
    }
    return findings
  }
}
