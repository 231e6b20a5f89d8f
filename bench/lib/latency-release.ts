/**
 * The latency benchmarks' release: 5,000 (or `wanted`) distinct real paragraphs (see bench/latency.ts).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared', 'bench')

export interface Release {
  source: string[]
  target: string[]
  what: string
}

function nonEmptyLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
}

/**
 * Distinct real paragraphs: align-dev sentences one a paragraph, then releases-dev releases. A few
 * align-dev documents overlap; a gold bead whose Spanish came before is left out on both sides.
 */
export function buildRelease(wanted: number): Release {
  const source: string[] = []
  const target: string[] = []
  const seen = new Set<string>()
  const light = join(SHARED, 'align-dev', 'light')
  const ids = readdirSync(light)
    .filter((f) => f.endsWith('.gold'))
    .map((f) => f.slice(0, -'.gold'.length))
    .sort()
  let documents = 0
  for (const id of ids) {
    if (source.length >= wanted) break
    const es = nonEmptyLines(join(light, `${id}.es.paras`))
    const en = nonEmptyLines(join(light, `${id}.en.paras`))
    for (const bead of nonEmptyLines(join(light, `${id}.gold`))) {
      const [s, t] = bead.split(':').map((x) => JSON.parse(x) as number[]) as [number[], number[]]
      const spanish = s.map((i) => es[i] as string)
      if (spanish.some((p, i) => seen.has(p) || spanish.indexOf(p) !== i)) continue
      for (const p of spanish) seen.add(p)
      source.push(...spanish)
      target.push(...t.map((i) => en[i] as string))
    }
    documents++
  }
  const releasesDir = join(SHARED, 'releases-dev', 'releases')
  let releases = 0
  for (const f of readdirSync(releasesDir)
    .filter((n) => n.endsWith('.es.txt'))
    .sort()) {
    if (source.length >= wanted) break
    source.push(...nonEmptyLines(join(releasesDir, f)))
    target.push(...nonEmptyLines(join(releasesDir, f.replace(/\.es\.txt$/, '.en.txt'))))
    releases++
  }
  const repeated = source.find((p, i) => source.indexOf(p) !== i)
  if (repeated !== undefined) throw new Error(`A Spanish paragraph is repeated: ${repeated}`)
  return {
    source,
    target,
    what:
      `${source.length} Spanish / ${target.length} English paragraphs, all distinct: the sentences of ` +
      `${documents} align-dev/light news documents (one a paragraph) and ${releases} releases-dev press releases`
  }
}
