import type { Lang } from '../../domain/language'
import type { GlossaryEntry } from '../../domain/glossary'
import { extractMentions, type EntityTable } from '../../text/mentions'
import { entityTableAnalysis } from '../analyses/mentions'
import { isAllCaps } from '../../text/normalize'
import { locateRenderings, RenderingMemo } from '../analyses/rendering'
import type { TermPattern } from '../../text/patterns'
import { compileTerm, findTerm, mayContain, type TermMatch } from '../../text/terms'
import { tokenize, type Token } from '../../text/tokenize'
import type { Analysis, CheckContext, CheckDefinition, RawFinding } from '../engine/types'
import { perDirection, read } from '../engine/job-cache'

interface CompiledEntry {
  entry: GlossaryEntry
  preferred: string
  source: TermPattern
  accepted: TermPattern[]
  forbidden: TermPattern[]
}

/** Extra words allowed inside a multi-word target term ("committee of external experts"). */
const TARGET_GAP = 1

/** The glossary compiled per translation direction, once per job. */
const compiledAnalysis: Analysis<(sourceLang: Lang, targetLang: Lang) => CompiledEntry[]> = {
  id: 'glossary-compiled',
  scope: 'job',
  compute: (ctx) => perDirection((sourceLang, targetLang) => compile(ctx.glossary, sourceLang, targetLang))
}

/**
 * "Ministerio del Ambiente (Minam)": termbases write a name with its acronym, but texts often give
 * the name alone, or put other punctuation between the two. The name is the term; the acronym, a
 * single capitalized word in brackets at the end, is left to the acronym checks.
 */
function withoutAcronym(term: string): string {
  return term.replace(/\s*\(\p{Lu}[\p{L}\p{N}-]*\)$/u, '')
}

/**
 * The termbase is Spanish -> English. For English sources it is read the other way round; its
 * forbidden variants are English, so they only apply when English is the target.
 */
function compile(glossary: readonly GlossaryEntry[], sourceLang: Lang, targetLang: Lang): CompiledEntry[] {
  const esToEn = sourceLang === 'es'
  const entries = glossary
    .filter((e) => e.source.trim() !== '' && e.target.trim() !== '')
    .map((entry) => {
      const opts = { accentInsensitive: entry.accentInsensitive ?? false, caseSensitive: entry.caseSensitive ?? false }
      const preferred = esToEn ? entry.target : entry.source
      const accepted = (esToEn ? [entry.target, ...entry.allowed] : [entry.source]).map(withoutAcronym)
      return {
        entry,
        preferred,
        source: compileTerm(withoutAcronym(esToEn ? entry.source : entry.target), sourceLang, opts),
        accepted: accepted.map((t) => compileTerm(t, targetLang, opts)),
        forbidden: esToEn ? entry.forbidden.map((t) => compileTerm(t, targetLang, opts)) : []
      }
    })
  return entries
}

/** Words title case leaves in lowercase. */
const SMALL_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'in',
  'to',
  'a',
  'an',
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'y',
  'e',
  'en',
  'para'
])

/** The preferred term written the way the offending text was ("Digital Trust" inside a title-case name). */
function matchCase(term: string, found: string): string {
  if (isAllCaps(found) && !isAllCaps(term)) return term.toUpperCase()
  const words = found.split(/\s+/).filter((w) => /\p{L}/u.test(w))
  const titled = words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.has(w))
  if (!titled || isAllCaps(term)) return term
  return term
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ')
}

const span = (text: string, m: { start: number; end: number }): { start: number; end: number; text: string } => ({
  start: m.start,
  end: m.end,
  text: text.slice(m.start, m.end)
})

interface Side {
  text: string
  tokens: Token[]
  mentions: ReturnType<typeof extractMentions> | null
}

function mentionsOf(side: Side, lang: Lang, table: EntityTable): NonNullable<Side['mentions']> {
  side.mentions ??= extractMentions(side.text, lang, table, side.tokens)
  return side.mentions
}

/**
 * The glossary check's own renderings memo: sharing the consistency check's would tie the two (and
 * the entities check, through the entity table) to one worker thread.
 */
const glossaryRenderings: Analysis<RenderingMemo> = {
  id: 'glossary-renderings',
  scope: 'job',
  compute: () => new RenderingMemo()
}

/** The source term names a body the target names another way (acronym for full name, or the reverse). */
function sameEntityInTarget(
  source: Side,
  match: TermMatch,
  target: Side,
  ctx: CheckContext,
  table: EntityTable
): boolean {
  const { sourceLang, targetLang } = ctx.document
  const ids = mentionsOf(source, sourceLang, table)
    .filter((m) => m.start <= match.start && match.end <= m.end)
    .map((m) => m.id)
  return ids.length > 0 && mentionsOf(target, targetLang, table).some((m) => ids.includes(m.id))
}

function checkSegment(
  index: number,
  sourceText: string,
  targetText: string,
  entries: CompiledEntry[],
  ctx: CheckContext,
  table: EntityTable
): RawFinding[] {
  const findings: RawFinding[] = []
  const source: Side = { text: sourceText, tokens: tokenize(sourceText, ctx.cache.text), mentions: null }
  const target: Side = { text: targetText, tokens: tokenize(targetText, ctx.cache.text), mentions: null }
  const { sourceLang, targetLang } = ctx.document
  for (const c of entries) {
    if (!mayContain(source.tokens, c.source)) continue
    const inSource = findTerm(source.text, source.tokens, c.source)
    const first = inSource[0]
    if (!first) continue
    const accepted = c.accepted.flatMap((p) => findTerm(target.text, target.tokens, p, TARGET_GAP))
    const insideAccepted = (m: TermMatch): boolean => accepted.some((a) => a.start <= m.start && m.end <= a.end)
    // Variants that inflect alike ("committee of experts", "committees of experts") find the same
    // words once.
    const forbidden = c.forbidden
      .flatMap((p) => findTerm(target.text, target.tokens, p, TARGET_GAP))
      .filter((m, i, all) => !insideAccepted(m) && all.findIndex((x) => x.start === m.start && x.end === m.end) === i)
    for (const [i, bad] of forbidden.entries()) {
      const src = inSource[Math.min(i, inSource.length - 1)] as TermMatch
      findings.push({
        segment: index,
        side: 'both',
        sourceSpan: span(source.text, src),
        targetSpan: span(target.text, bad),
        messageKey: 'forbidden',
        params: {
          term: source.text.slice(src.start, src.end),
          found: target.text.slice(bad.start, bad.end),
          expected: c.preferred
        },
        suggestion: matchCase(c.preferred, target.text.slice(bad.start, bad.end)),
        severity: 'major',
        confidence: 0.95
      })
    }
    if (forbidden.length > 0 || accepted.length > 0 || sameEntityInTarget(source, first, target, ctx, table)) continue
    const [where] = locateRenderings({
      source,
      target,
      sourceLang,
      targetLang,
      occurrences: [{ first: first.first, last: first.last }],
      memo: read(ctx, glossaryRenderings)
    })
    findings.push({
      segment: index,
      side: 'both',
      sourceSpan: span(source.text, first),
      ...(where ? { targetSpan: span(target.text, where) } : {}),
      messageKey: where ? 'missingAt' : 'missing',
      params: {
        term: source.text.slice(first.start, first.end),
        expected: c.preferred,
        ...(where ? { found: where.text } : {})
      },
      suggestion: where ? matchCase(c.preferred, where.text) : c.preferred,
      severity: 'minor',
      confidence: 0.7
    })
  }
  return findings
}

export const glossaryCheck: CheckDefinition = {
  id: 'glossary',
  category: 'terminology/inconsistent-with-termbase',
  defaultSeverity: 'major',
  enabledByDefault: true,
  languages: 'spanish-english',
  locality: 'segment',
  uses: [compiledAnalysis, entityTableAnalysis, glossaryRenderings],
  i18n: {
    en: {
      title: 'Glossary term',
      description:
        'A glossary term in the source is not translated with the glossary’s rendering, or a forbidden variant is used.',
      messages: {
        forbidden: '“{{found}}” is a forbidden rendering of “{{term}}”: use “{{expected}}”.',
        missing: '“{{term}}” should be translated “{{expected}}” (glossary); the translation does not use it.',
        missingAt: '“{{term}}” should be translated “{{expected}}” (glossary), not “{{found}}”.'
      }
    },
    es: {
      title: 'Término del glosario',
      description: 'Un término del glosario no se traduce como indica el glosario, o se usa una variante prohibida.',
      messages: {
        forbidden: '“{{found}}” es una traducción prohibida de “{{term}}”: use “{{expected}}”.',
        missing: '“{{term}}” debe traducirse “{{expected}}” (glosario); la traducción no lo usa.',
        missingAt: '“{{term}}” debe traducirse “{{expected}}” (glosario), no “{{found}}”.'
      }
    }
  },
  run(ctx: CheckContext): RawFinding[] {
    if (ctx.glossary.length === 0) return []
    const { sourceLang, targetLang } = ctx.document
    const entries = read(ctx, compiledAnalysis)(sourceLang, targetLang)
    const table = read(ctx, entityTableAnalysis)
    return ctx.document.segments.flatMap((s) =>
      s.source && s.target ? checkSegment(s.index, s.source, s.target, entries, ctx, table) : []
    )
  }
}
