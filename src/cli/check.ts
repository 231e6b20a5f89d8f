import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { contextFor, documentFromPairs } from '../core/checks/engine/context'
import { JobCache } from '../core/checks/engine/job-cache'
import { CHECKS } from '../core/checks/engine/registry'
import { runChecks } from '../core/checks/engine/runner'
import type { SpellService } from '../core/text/speller'
import {
  SEVERITIES,
  severityRank,
  type CheckRunResult,
  type Finding,
  type Severity,
  type SkippedCheck
} from '../core/domain/findings'
import { canonicalTag, type Lang, type LanguageTag } from '../core/domain/language'
import type { WordKeys } from '../core/align/features'
import { TextAnalyzer } from '../core/text/analyzer'
import type { Aligner } from '../backend/services/import'
import { loadLexicon } from '../backend/services/lexicon'
import { oneOf, parse, UsageError } from './args'
import { readDocument, readGlossary, toContext, type CliDocument } from './documents'
import { firstOverLimit } from '../core/formats/text-limits'

export const CHECK_HELP = `Usage:
  cotejo check FILE...                     combined files (Spanish, a line "English translation", English),
                                           or XLIFF/TMX files
  cotejo check --source A --target B       a source file and its translation (text or Word)
  cotejo check --jsonl FILE                one segment pair per line: {"id","source","target","source_lang","target_lang"}

Options:
  --glossary FILE        termbase (CSV as in seeds-glossary.csv, or TBX)
  --format json|text     output (default text)
  --fail-on SEVERITY     exit 1 when a finding of this severity or higher exists (minor|major|critical; default major)
  --source-lang TAG      BCP 47 tag, default es; a bilingual file's own languages come first
  --target-lang TAG      default en; Spanish↔English runs every check, other pairs the
                         language-independent ones (the output lists which ran); for a TMX
                         with several target languages, the one to check
  --no-spelling          skip the spelling check (saves loading the dictionaries)

Several documents in one run form one project: consistency is checked across them.
Exit codes: 0 no finding at or above --fail-on, 1 such findings, 2 bad input, 3 internal error.`

/** A finding as the JSON output shows it (schema in the README). */
export function findingJson(f: Finding) {
  const span = (s: Finding['sourceSpan']) => (s ? { start: s.start, end: s.end, text: s.text } : null)
  return {
    checkId: f.checkId,
    category: f.category,
    severity: f.severity,
    side: f.side,
    segment: f.segment,
    sourceParagraph: f.sourceParagraph,
    targetParagraph: f.targetParagraph,
    sourceSpan: span(f.sourceSpan),
    targetSpan: span(f.targetSpan),
    message: f.message,
    suggestion: f.suggestion,
    confidence: f.confidence,
    otherReasons: (f.otherReasons ?? []).map(({ checkId, category, severity, message, suggestion }) => ({
      checkId,
      category,
      severity,
      message,
      suggestion
    }))
  }
}

function textReport(doc: CliDocument, findings: Finding[], skipped: readonly SkippedCheck[]): string {
  const lines = [
    `${doc.file} (${doc.sourceLang} → ${doc.targetLang}): ${doc.source.length} source / ${doc.target.length} target paragraphs, ${findings.length} findings`
  ]
  const forLanguages = skipped.filter((c) => c.reason === 'languages').map((c) => c.checkId)
  if (forLanguages.length > 0) lines.push(`  not run (they need Spanish↔English): ${forLanguages.join(', ')}`)
  for (const f of findings) {
    const where = `¶${(f.targetParagraph ?? f.sourceParagraph ?? 0) + 1}`
    const spans = [
      f.sourceSpan ? `${doc.sourceLang} “${f.sourceSpan.text}”` : '',
      f.targetSpan ? `${doc.targetLang} “${f.targetSpan.text}”` : ''
    ]
      .filter(Boolean)
      .join(' ↔ ')
    lines.push(
      `  ${where} [${f.severity}] ${f.checkId}: ${f.message}${spans ? ` (${spans})` : ''}${f.suggestion ? ` → ${f.suggestion}` : ''}`
    )
  }
  return lines.join('\n')
}

/** A language option: any BCP 47 tag, canonical ('EN-us' → 'en-US'). */
function languageOption(value: unknown, name: string, fallback: LanguageTag): LanguageTag {
  if (value === undefined) return fallback
  const tag = typeof value === 'string' ? canonicalTag(value) : null
  if (tag === null)
    throw new UsageError(`${name}: ${JSON.stringify(value)} is not a language tag (BCP 47, e.g. es, en-US, nl-NL)`)
  return tag
}

export interface CheckIo {
  out: (text: string) => void
  /** Resolves once what `out` wrote has gone (a slow reader of stdout holds a long --jsonl run back). */
  drained?: () => Promise<void>
  align: Aligner
  spell: () => Promise<SpellService | undefined>
}

/** Lines of `--jsonl` input that share one text analyzer. */
const JSONL_WINDOW = 1_000
/** Token lists the analyzer keeps in `--jsonl` runs: a line's texts and sentences, a few lines over. */
const RECENT_TEXTS = 64

export async function runCheckCommand(argv: string[], io: CheckIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    source: { type: 'string' },
    target: { type: 'string' },
    jsonl: { type: 'string' },
    glossary: { type: 'string' },
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    'source-lang': { type: 'string' },
    'target-lang': { type: 'string' },
    'no-spelling': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
  })
  if (values.help) {
    io.out(CHECK_HELP)
    return 0
  }
  const format = oneOf(values.format, ['json', 'text'] as const, '--format', 'text')
  const failOn = oneOf(values['fail-on'], SEVERITIES, '--fail-on', 'major' as Severity)
  const langs = {
    sourceLang: languageOption(values['source-lang'], '--source-lang', 'es'),
    targetLang: languageOption(values['target-lang'], '--target-lang', 'en')
  }
  if (langs.sourceLang === langs.targetLang) throw new UsageError('--source-lang and --target-lang must differ')
  const glossary = values.glossary ? await readGlossary(values.glossary) : []
  const spell = values['no-spelling'] ? undefined : await io.spell()
  const lexicon = loadLexicon()
  const failing = (list: Finding[]): boolean => list.some((f) => severityRank(f.severity) >= severityRank(failOn))

  if (values.jsonl) {
    if (positionals.length > 0 || values.source || values.target) throw new UsageError('--jsonl takes no other input')
    let fail = false
    const lines = createInterface({ input: createReadStream(values.jsonl, 'utf8'), crlfDelay: Infinity })
    let n = 0
    // Each line is a job of its own (its findings never depend on other lines). All share the
    // analyses that read only the glossary (the entity table), and the lines of a window share one
    // text analyzer, whose spelling records repeat from line to line, and the aligner's word keys;
    // new ones every window keep memory flat however long the input. A line's texts are read by
    // its own checks only, so the analyzer keeps the token lists of the last few lines, not of the
    // window (2,000 lists held 20-25 MB of the peak for nothing).
    const run = new JobCache()
    const newAnalyzer = (): TextAnalyzer => new TextAnalyzer({ texts: RECENT_TEXTS })
    const newWordKeys = (): Record<Lang, WordKeys> => ({ es: new Map(), en: new Map() })
    let analyzer = newAnalyzer()
    let wordKeys = newWordKeys()
    let checked = 0
    for await (const line of lines) {
      n++
      if (line.trim() === '') continue
      if (++checked % JSONL_WINDOW === 0) {
        analyzer = newAnalyzer()
        wordKeys = newWordKeys()
        await io.drained?.()
      }
      let row: { id?: unknown; source?: unknown; target?: unknown; source_lang?: unknown; target_lang?: unknown } | null
      try {
        row = JSON.parse(line) as typeof row
      } catch {
        throw new UsageError(`${values.jsonl}:${n}: not JSON`)
      }
      if (typeof row?.source !== 'string' || typeof row.target !== 'string')
        throw new UsageError(`${values.jsonl}:${n}: "source" and "target" must be strings`)
      const texts = { source: row.source, target: row.target }
      for (const side of ['source', 'target'] as const) {
        const over = firstOverLimit([texts[side]])
        if (over)
          throw new UsageError(
            `${values.jsonl}:${n}: "${side}" holds ${over.length} characters${over.kind === 'word' ? ' without a space' : ''}; the limit is ${over.limit}`
          )
      }
      const sl = languageOption(row.source_lang, 'source_lang', langs.sourceLang)
      const tl = languageOption(row.target_lang, 'target_lang', langs.targetLang)
      const pair = { source: row.source, target: row.target }
      const doc = documentFromPairs(String(row.id ?? n), [pair], sl, tl, undefined, wordKeys)
      const { findings } = runChecks(
        CHECKS,
        contextFor(doc, glossary, undefined, spell, run.nextJob(analyzer), lexicon)
      )
      fail ||= failing(findings)
      io.out(JSON.stringify({ id: row.id ?? n, findings: findings.map(findingJson) }))
    }
    return fail ? 1 : 0
  }

  const docs: CliDocument[] = []
  if (values.source || values.target) {
    if (!values.source || !values.target) throw new UsageError('--source and --target go together')
    docs.push(await readDocument([values.source, values.target], langs, io.align))
  }
  for (const file of positionals) docs.push(await readDocument([file], langs, io.align, values['target-lang']))
  if (docs.length === 0) throw new UsageError(`nothing to check\n\n${CHECK_HELP}`)

  const contexts = docs.map((d, i) => toContext(d, String(i)))
  // One job for all the files: they share its analyses (the project's terms and names).
  const cache = new JobCache()
  const results: Array<{ doc: CliDocument } & CheckRunResult> = docs.map((doc, i) => {
    const run = runChecks(CHECKS, contextFor(contexts[i]!, glossary, contexts, spell, cache, lexicon))
    return { doc, ...run }
  })
  if (format === 'json') {
    io.out(
      JSON.stringify(
        {
          documents: results.map(({ doc, findings, failures, ran, skipped }) => ({
            file: doc.file,
            sourceLang: doc.sourceLang,
            targetLang: doc.targetLang,
            sourceParagraphs: doc.source,
            targetParagraphs: doc.target,
            beads: doc.beads.map((b, i) => ({
              source: b.source,
              target: b.target,
              confidence: b.confidence,
              ...(doc.segments ? { segment: doc.segments[i] } : {}),
              ...(b.codes ? { codes: b.codes } : {})
            })),
            findings: findings.map(findingJson),
            checkFailures: failures,
            checksRun: ran,
            checksSkipped: skipped
          }))
        },
        null,
        2
      )
    )
  } else {
    io.out(results.map(({ doc, findings, skipped }) => textReport(doc, findings, skipped)).join('\n\n'))
    for (const { failures } of results) for (const f of failures) io.out(`check ${f.checkId} failed: ${f.error}`)
  }
  return results.some((r) => failing(r.findings)) ? 1 : 0
}
