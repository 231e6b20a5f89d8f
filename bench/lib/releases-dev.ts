/**
 * ../shared/bench/releases-dev: six press releases with injected errors and tricky-but-correct
 * spans, checked as a user checks them (`cotejo check --format json --glossary`, all six as one
 * project) and scored by the set's own scorer. Releases 01–03 are the tuning half, 04–06 the
 * held-out half: each half is scored on its own as well as the whole set.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

interface CliSpan {
  text: string
}
interface CliFinding {
  checkId: string
  category: string
  sourceParagraph: number | null
  targetParagraph: number | null
  sourceSpan: CliSpan | null
  targetSpan: CliSpan | null
  message: string
}
interface CliDocument {
  file: string
  beads: { source: number[]; target: number[] }[]
  findings: CliFinding[]
}

/**
 * The scorer reads a family from the category string. MQM 2.0 calls fluency "linguistic
 * conventions"; its "mistranslation" covers numbers, names and reversed meaning alike, so the
 * check that found it names the kind.
 */
function scoredCategory(f: CliFinding): string {
  if (f.category.startsWith('linguistic-conventions/')) return f.category.replace('linguistic-conventions', 'fluency')
  if (f.category !== 'accuracy/mistranslation') return f.category
  const kind: Record<string, string> = { numbers: 'number', entities: 'entity', names: 'entity', negation: 'negation' }
  return `accuracy/mistranslation-${kind[f.checkId] ?? f.checkId}`
}

function predictions(docs: CliDocument[], releases: Set<string>): object {
  const id = (file: string): string => (file.split('/').pop() ?? file).replace(/\.combined\.txt$/, '')
  const kept = docs.filter((d) => releases.has(id(d.file)))
  return {
    findings: kept.flatMap((d) =>
      d.findings.map((f) => ({
        release: id(d.file),
        sourceParagraph: f.sourceParagraph,
        targetParagraph: f.targetParagraph,
        category: scoredCategory(f),
        sourceSpan: f.sourceSpan?.text ?? null,
        targetSpan: f.targetSpan?.text ?? null,
        message: `${f.checkId}: ${f.message}`
      }))
    ),
    alignments: Object.fromEntries(kept.map((d) => [id(d.file), d.beads.map((b) => [b.source, b.target])]))
  }
}

export function releasesDevReport(setDir: string, cli: string, verbose: boolean): void {
  const files = readdirSync(join(setDir, 'releases'))
    .filter((f) => f.endsWith('.combined.txt'))
    .sort()
  const run = spawnSync(
    process.execPath,
    [
      cli,
      'check',
      '--format',
      'json',
      '--glossary',
      join(setDir, 'glossary.csv'),
      ...files.map((f) => join(setDir, 'releases', f))
    ],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }
  )
  if (run.status !== 0 && run.status !== 1) throw new Error(`cotejo check failed (${run.status}): ${run.stderr}`)
  const docs = (JSON.parse(run.stdout) as { documents: CliDocument[] }).documents
  const ids = files.map((f) => f.replace(/\.combined\.txt$/, ''))
  const halves: [string, string[]][] = [
    ['tuning half, releases 01–03', ids.slice(0, 3)],
    ['held-out half, releases 04–06', ids.slice(3)],
    ['whole set', ids]
  ]
  const dir = mkdtempSync(join(tmpdir(), 'cotejo-releases-'))
  try {
    for (const [label, half] of halves) {
      const file = join(dir, 'predictions.json')
      writeFileSync(file, JSON.stringify(predictions(docs, new Set(half))))
      // The scorer counts recall over every release of the gold; a half scores only its own.
      const gold = join(dir, 'gold.json')
      writeFileSync(gold, halfGold(setDir, new Set(half)))
      const scorer = join(setDir, 'score.mjs')
      const args = [scorer, file, '--gold', gold, ...(verbose && label === 'whole set' ? ['--verbose'] : [])]
      const scored = spawnSync(process.execPath, args, { encoding: 'utf8' })
      console.log(`\n=== releases-dev, ${label} (${setDir}, glossary.csv; cotejo check, all checks as shipped)`)
      console.log(scored.stdout.trimEnd())
      if (scored.status !== 0) console.log(scored.stderr)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The gold with only the given releases, its text files named absolutely (it is written elsewhere). */
function halfGold(setDir: string, keep: Set<string>): string {
  const gold = JSON.parse(readFileSync(join(setDir, 'gold.json'), 'utf8')) as {
    releases: { id: string; files: Record<string, string> }[]
  }
  gold.releases = gold.releases
    .filter((r) => keep.has(r.id))
    .map((r) => ({ ...r, files: Object.fromEntries(Object.entries(r.files).map(([k, f]) => [k, resolve(setDir, f)])) }))
  return JSON.stringify(gold)
}
