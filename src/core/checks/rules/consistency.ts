import {
  projectTermsAnalysis,
  type CorpusPair,
  containsTerm,
  type NumberedName,
  type ProjectTerm,
  type TermAnalysis,
  type TermOccurrence
} from '../analyses/project-terms'
import { overlap, renderingsDiffer, sameWord } from '../analyses/rendering-compare'
import { isContent, renderingsAnalysis, type Rendering } from '../analyses/rendering'
import { fold, isCapitalized } from '../../text/normalize'
import { isFunctionWord, isNameGlue } from '../../text/function-words'
import { adjacent, type Token } from '../../text/tokenize'
import type { Lang } from '../../domain/language'
import type { Severity } from '../../domain/findings'
import type { Analysis, CheckContext, CheckDefinition, RawFinding } from '../engine/types'
import { perDirection, read } from '../engine/job-cache'
import { pushTo } from '../../collections/multimap'

/** A rendering must share this much of the usual one to be the same term's slot, not an alignment slip. */
const MIN_OVERLAP = 0.5

/** A finding with the document it belongs to: the analysis covers the whole project at once. */
interface RawFindingIn {
  documentId: string
  finding: RawFinding
}

interface Located {
  occ: TermOccurrence
  rendering: Rendering
}

/** The usual rendering of a term: the most frequent word sequence, the earliest on a tie. */
function referenceOf(located: Located[]): Located {
  const counts = new Map<string, number>()
  for (const l of located) counts.set(l.rendering.key, (counts.get(l.rendering.key) ?? 0) + 1)
  let best = located[0] as Located
  for (const l of located) {
    if ((counts.get(l.rendering.key) ?? 0) > (counts.get(best.rendering.key) ?? 0)) best = l
  }
  return best
}

/** As many words, and one at least that is another word, not the same one with another ending. */
function wordForWordOther(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  const variant = (x: string, y: string): boolean => sameWord(x, y) || (x.length >= 5 && y.startsWith(x.slice(0, 5)))
  return a.some((x, i) => !variant(x, b[i] as string))
}

/** Words of `inner` appear in `outer` in the same order (others may come between). */
function within(inner: readonly string[], outer: readonly string[]): boolean {
  let j = 0
  for (const w of outer) if (j < inner.length && sameWord(inner[j] as string, w)) j++
  return j === inner.length
}

/**
 * The source goes on past the term with a complement ("plan de acción contra la pobreza",
 * "Ministerio de Cultura del Ecuador"): glue words, then a word, with nothing in between.
 */
function takesComplement(pair: CorpusPair, occ: TermOccurrence, sourceLang: Lang): boolean {
  const tokens = pair.source.tokens
  let i = occ.last + 1
  while (i <= occ.last + 2 && tokens[i] && isNameGlue((tokens[i] as Token).lower, sourceLang)) i++
  const word = tokens[i]
  if (i === occ.last + 1 || !word || word.isNumber) return false
  for (let k = occ.last + 1; k <= i; k++)
    if (!adjacent(pair.source.text, tokens[k - 1] as Token, tokens[k] as Token)) return false
  return true
}

function inconsistentRenderings(
  term: ProjectTerm,
  analysis: TermAnalysis,
  sourceLang: Lang,
  lowercase = false
): RawFindingIn[] {
  if (term.single) return []
  const located: Located[] = []
  for (const occ of term.occurrences) if (occ.rendering) located.push({ occ, rendering: occ.rendering })
  if (located.length < 2) return []
  const reference = referenceOf(located)
  // Renderings repeat: compare each distinct one with the reference once.
  const differs = new Map<string, boolean>()
  const isDeviant = (l: Located): boolean => {
    const key = l.rendering.key
    let d = differs.get(key)
    if (d === undefined) {
      d = renderingsDiffer(l.rendering.keys, reference.rendering.keys)
      differs.set(key, d)
    }
    return d
  }
  const deviants = located.filter(isDeviant)
  const agreeing = located.length - deviants.length
  // The usual rendering must be the majority; on a tie the first one sets the convention.
  if (deviants.length === 0 || agreeing < deviants.length) return []
  // A lowercase term's convention needs a clear majority: it may be worded freely.
  if (lowercase && (agreeing < 2 || agreeing <= deviants.length)) return []
  const findings: RawFindingIn[] = []
  for (const d of deviants) {
    const pair = analysis.pairs[d.occ.pair]
    // Inside a longer name the rendering may hold that name's other words: compare, do not report.
    if (!pair || d.occ.embedded || overlap(reference.rendering.keys, d.rendering.keys) < MIN_OVERLAP) continue
    // The usual rendering with words added inside renders the complement that follows the term in
    // the source, in the target's word order ("National Journalism Prize" for "premio nacional de
    // periodismo").
    if (within(reference.rendering.keys, d.rendering.keys) && takesComplement(pair, d.occ, sourceLang)) continue
    // A lowercase term's renderings are compared word for word: one as long as the other, and a
    // word that only changes its ending ("classic" / "classical") is the same word.
    if (lowercase && !wordForWordOther(d.rendering.keys, reference.rendering.keys)) continue
    const clear = agreeing > deviants.length && agreeing >= 2
    const severity: Severity = clear && d.occ.capitalized ? 'major' : 'minor'
    findings.push({
      documentId: pair.documentId,
      finding: {
        segment: pair.segment,
        side: 'both',
        sourceSpan: { start: d.occ.start, end: d.occ.end, text: d.occ.text },
        targetSpan: { start: d.rendering.start, end: d.rendering.end, text: d.rendering.text },
        messageKey: 'inconsistent',
        params: { term: d.occ.text, rendering: d.rendering.text, expected: reference.rendering.text, count: agreeing },
        suggestion: reference.rendering.text,
        confidence: Math.min(0.95, agreeing / located.length),
        severity
      }
    })
  }
  return findings
}

type Casing = 'upper' | 'lower'

/** How a rendering is capitalized: every content word with a capital, or none (sentence openers aside). */
function casingOf(rendering: Rendering, tokens: readonly Token[], lang: Lang): Casing | null {
  const words = tokens
    .slice(rendering.first, rendering.last + 1)
    .filter((t) => isContent(t, lang) && !t.sentenceStart && /\p{L}/u.test(t.text))
  if (words.length === 0) return null
  if (words.every((t) => isCapitalized(t.text))) return 'upper'
  if (words.every((t) => !isCapitalized(t.text))) return 'lower'
  return null
}

/**
 * The source writes a term the same way each time but the translation capitalizes it in some
 * places and not in others ("del Estado" as "the State" and "state").
 */
function inconsistentCapitals(term: ProjectTerm, analysis: TermAnalysis, targetLang: Lang): RawFindingIn[] {
  const findings: RawFindingIn[] = []
  // Within one document: house styles differ between releases, not inside one. Occurrences are
  // grouped once by document and source casing.
  const groups = new Map<string, { occ: TermOccurrence; rendering: Rendering; casing: Casing; pair: CorpusPair }[]>()
  for (const occ of term.occurrences) {
    const pair = analysis.pairs[occ.pair]
    if (!occ.rendering || !pair || occ.embedded) continue
    // A title before or after a name is capitalized in English whatever the source does ("Prime Minister Fischer").
    const next = pair.target.tokens[occ.rendering.last + 1]
    const prev = pair.target.tokens[occ.rendering.first - 1]
    const nextToName = [next, prev].some(
      (t) => t && isCapitalized(t.text) && !t.sentenceStart && !isFunctionWord(t.lower, targetLang)
    )
    if (nextToName) continue
    const casing = casingOf(occ.rendering, pair.target.tokens, targetLang)
    if (!casing) continue
    const key = `${pair.documentId}\u0001${occ.capitalized}`
    const list = groups.get(key) ?? []
    list.push({ occ, rendering: occ.rendering, casing, pair })
    groups.set(key, list)
  }
  for (const group of groups.values()) {
    const upper = group.filter((g) => g.casing === 'upper')
    const lower = group.filter((g) => g.casing === 'lower')
    if (upper.length === 0 || lower.length === 0) continue
    const first = group[0] as (typeof group)[number]
    const usual =
      upper.length > lower.length
        ? upper
        : lower.length > upper.length
          ? lower
          : first.casing === 'upper'
            ? upper
            : lower
    const odd = usual === upper ? lower : upper
    const example = usual[0] as (typeof group)[number]
    for (const o of odd) {
      if (renderingsDiffer(o.rendering.keys, example.rendering.keys)) continue
      findings.push({
        documentId: o.pair.documentId,
        finding: {
          segment: o.pair.segment,
          side: 'both',
          sourceSpan: { start: o.occ.start, end: o.occ.end, text: o.occ.text },
          targetSpan: { start: o.rendering.start, end: o.rendering.end, text: o.rendering.text },
          messageKey: 'capitalization',
          params: {
            term: o.occ.text,
            rendering: o.rendering.text,
            expected: example.rendering.text,
            count: usual.length
          },
          suggestion: example.rendering.text,
          category: 'linguistic-conventions/spelling',
          severity: 'minor',
          confidence: 0.7
        }
      })
    }
  }
  return findings
}

/**
 * One numbered event named two ways in the source texts ("IV Foro Regional en ..." and "IV Foro
 * Regional de ..."): a question for the author. Reported once per document, on the
 * less frequent name.
 */
function sourceVariants(analysis: TermAnalysis): RawFindingIn[] {
  const groups = new Map<string, NumberedName[]>()
  for (const n of analysis.numbered) pushTo(groups, n.group, n)
  const findings: RawFindingIn[] = []
  for (const names of groups.values()) {
    const variants = [...new Set(names.map((n) => n.full))]
    if (variants.length < 2) continue
    const count = (v: string): number => names.filter((n) => n.full === v).length
    // The most used name is the reference; on a tie, the first one.
    const reference = variants.reduce((a, b) => (count(b) > count(a) ? b : a))
    const example = names.find((n) => n.full === reference) as NumberedName
    const reported = new Set<string>()
    for (const n of names) {
      const pair = analysis.pairs[n.pair]
      if (n.full === reference || !pair || reported.has(`${pair.documentId}|${n.full}`)) continue
      reported.add(`${pair.documentId}|${n.full}`)
      findings.push({
        documentId: pair.documentId,
        finding: {
          segment: pair.segment,
          side: 'source',
          sourceSpan: { start: n.start, end: n.end, text: n.text },
          messageKey: 'sourceVariant',
          params: { name: n.text, other: example.text },
          category: 'source/error',
          severity: 'minor',
          confidence: 0.6
        }
      })
    }
  }
  return findings
}

/**
 * One rendering used for different source terms: the translation merges two things the source
 * keeps apart ("secretaria" the person and "Secretaría" the office both as "Secretary"). Only
 * terms that are not part of one another count.
 */
function sharedRenderings(analysis: TermAnalysis): RawFindingIn[] {
  const byRendering = new Map<string, { term: ProjectTerm; occ: TermOccurrence; rendering: Rendering }[]>()
  for (const term of analysis.terms) {
    for (const occ of term.occurrences) {
      const r = occ.rendering
      // Reliable renderings of names only: at most one source word unexplained (the one rendered
      // differently), none in two-word names.
      if (term.single || occ.embedded || !r || r.keys.length < 2 || r.lexical < Math.max(2, r.content - 1)) continue
      const key = r.key
      pushTo(byRendering, key, { term, occ, rendering: r })
    }
  }
  const findings: RawFindingIn[] = []
  for (const uses of byRendering.values()) {
    // Terms differing only in accents or case are one term written two ways, not two terms.
    const distinct = [...new Set(uses.map((u) => u.term))].filter(
      (t, i, all) => all.findIndex((o) => fold(o.key) === fold(t.key)) === i
    )
    // Nor are the same words in another order ("Administración Pública" / "pública administración").
    const bag = (t: ProjectTerm): string => fold(t.key).split(' ').sort().join(' ')
    const terms = distinct.filter((t, _, all) => !all.some((o) => containsTerm(o, t) || (o !== t && bag(o) === bag(t))))
    if (terms.length < 2) continue
    const count = (t: ProjectTerm): number => uses.filter((u) => u.term === t).length
    const main = terms.reduce((a, b) => (count(b) > count(a) ? b : a))
    for (const u of uses) {
      if (u.term === main || !terms.includes(u.term) || count(u.term) >= count(main)) continue
      const pair = analysis.pairs[u.occ.pair]
      if (!pair) continue
      const other = uses.find((x) => x.term === main) as (typeof uses)[number]
      findings.push({
        documentId: pair.documentId,
        finding: {
          segment: pair.segment,
          side: 'both',
          sourceSpan: { start: u.occ.start, end: u.occ.end, text: u.occ.text },
          targetSpan: { start: u.rendering.start, end: u.rendering.end, text: u.rendering.text },
          messageKey: 'sharedRendering',
          params: { term: u.occ.text, rendering: u.rendering.text, otherTerm: other.occ.text },
          confidence: 0.5,
          severity: 'minor'
        }
      })
    }
  }
  return findings
}

/** Drops a finding whose source span lies inside another finding's on the same segment (a sub-term of a flagged term). */
function dropNested(findings: RawFinding[]): RawFinding[] {
  return findings.filter(
    (f) =>
      !findings.some(
        (g) =>
          g !== f &&
          g.segment === f.segment &&
          g.sourceSpan &&
          f.sourceSpan &&
          g.sourceSpan.start <= f.sourceSpan.start &&
          f.sourceSpan.end <= g.sourceSpan.end &&
          g.sourceSpan.end - g.sourceSpan.start > f.sourceSpan.end - f.sourceSpan.start
      )
  )
}

/**
 * A term's occurrences in each document, as terms of their own: a lowercase term's rendering is a
 * convention of one text (news articles of one project word "opinión pública" each their own way).
 */
function perDocument(term: ProjectTerm, analysis: TermAnalysis): ProjectTerm[] {
  const groups = new Map<string, TermOccurrence[]>()
  for (const occ of term.occurrences) {
    const pair = analysis.pairs[occ.pair]
    if (pair) pushTo(groups, pair.documentId, occ)
  }
  return [...groups.values()].filter((o) => o.length >= 3).map((occurrences) => ({ ...term, occurrences }))
}

/** Every finding of the project, per document: computed once per job, then each document's run reads its share. */
const projectFindingsAnalysis: Analysis<(sourceLang: Lang, targetLang: Lang) => Map<string, RawFinding[]>> = {
  id: 'consistency-findings',
  scope: 'job',
  compute: (ctx) =>
    perDirection((sourceLang, targetLang) => {
      // A term the analysis hands on from the run before (none of its pairs changed) has the findings it had then.
      const slot = ctx.cache.memo?.lastRun<TermFindings>(`consistency-terms:${sourceLang}>${targetLang}`)
      const known = slot?.get() ?? new WeakMap()
      slot?.set(known)
      return projectFindings(read(ctx, projectTermsAnalysis)(sourceLang, targetLang), sourceLang, targetLang, known)
    })
}

/** Each term's own findings (renderings and capitals), by the analysis's term object. */
type TermFindings = WeakMap<ProjectTerm, RawFindingIn[]>

function projectFindings(
  analysis: TermAnalysis,
  sourceLang: Lang,
  targetLang: Lang,
  known: TermFindings = new WeakMap()
): Map<string, RawFinding[]> {
  const of = (t: ProjectTerm, find: () => RawFindingIn[]): RawFindingIn[] => {
    let found = known.get(t)
    if (!found) known.set(t, (found = find()))
    return found
  }
  const all = [
    ...analysis.terms.flatMap((t) =>
      of(t, () => [
        ...inconsistentRenderings(t, analysis, sourceLang),
        ...inconsistentCapitals(t, analysis, targetLang)
      ])
    ),
    ...analysis.lowercaseTerms.flatMap((t) =>
      of(t, () => perDocument(t, analysis).flatMap((d) => inconsistentRenderings(d, analysis, sourceLang, true)))
    ),
    ...sharedRenderings(analysis),
    ...sourceVariants(analysis)
  ]
  const byDocument = new Map<string, RawFinding[]>()
  for (const { documentId, finding } of all) pushTo(byDocument, documentId, finding)
  for (const [doc, findings] of byDocument) byDocument.set(doc, dropNested(findings))
  return byDocument
}

export const consistencyCheck: CheckDefinition = {
  id: 'consistency',
  category: 'terminology/inconsistent-use',
  defaultSeverity: 'major',
  enabledByDefault: true,
  languages: 'spanish-english',
  uses: [projectTermsAnalysis, projectFindingsAnalysis, renderingsAnalysis],
  cost: 1.6,
  i18n: {
    en: {
      title: 'Inconsistent terminology',
      description: 'The same name or term is translated differently across paragraphs or documents of the project.',
      messages: {
        inconsistent: '“{{term}}” is rendered “{{rendering}}” here but “{{expected}}” in {{count}} other place(s).',
        sharedRendering:
          '“{{rendering}}” translates “{{term}}” here and “{{otherTerm}}” elsewhere: two source terms, one translation.',
        capitalization:
          '“{{rendering}}” is capitalized differently from “{{expected}}” ({{count}} other place(s)); the source writes it the same way.',
        sourceVariant:
          'The source calls this event “{{name}}” here and “{{other}}” elsewhere: check with the author which name is right.'
      }
    },
    es: {
      title: 'Terminología incoherente',
      description: 'El mismo nombre o término se traduce de formas distintas en párrafos o documentos del proyecto.',
      messages: {
        inconsistent: '“{{term}}” se traduce aquí “{{rendering}}”, pero “{{expected}}” en {{count}} lugar(es) más.',
        sharedRendering:
          '“{{rendering}}” traduce aquí “{{term}}” y en otro lugar “{{otherTerm}}”: dos términos de origen, una sola traducción.',
        capitalization:
          '“{{rendering}}” lleva mayúsculas distintas de “{{expected}}” ({{count}} lugar(es) más); el original lo escribe igual.',
        sourceVariant:
          'El original llama a este evento “{{name}}” aquí y “{{other}}” en otro lugar: confirme con el autor cuál es el nombre correcto.'
      }
    }
  },
  run(ctx: CheckContext): RawFinding[] {
    const { sourceLang, targetLang, id } = ctx.document
    return read(ctx, projectFindingsAnalysis)(sourceLang, targetLang).get(id) ?? []
  }
}
