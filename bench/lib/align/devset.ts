import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export type Bead = [number[], number[]]

export interface DevDocument {
  tier: string
  id: string
  /** Sentences grouped in paragraphs (blank lines separate paragraphs). */
  es: string[][]
  en: string[][]
  gold?: Bead[]
  pgold?: Bead[]
}

/** One sentence a line, a blank line between paragraphs. */
export function readParas(path: string): string[][] {
  const paras: string[][] = []
  let current: string[] = []
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.length) paras.push(current)
      current = []
    } else current.push(line.trim())
  }
  if (current.length) paras.push(current)
  return paras
}

export function parseBeads(text: string): Bead[] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const m = /^\s*\[([^\]]*)\]\s*:\s*\[([^\]]*)\]\s*$/.exec(line)
      if (!m) throw new Error(`bad bead line: ${line}`)
      const side = (s: string): number[] => (s.trim() === '' ? [] : s.split(',').map((x) => Number(x.trim())))
      return [side(m[1] ?? ''), side(m[2] ?? '')]
    })
}

export function formatBeads(beads: readonly Bead[]): string {
  return beads.map(([s, t]) => `[${s.join(', ')}]:[${t.join(', ')}]`).join('\n') + (beads.length ? '\n' : '')
}

/** Every `<tier>/<id>.es.paras` with its `.en.paras` (and `.gold` / `.pgold` when present). */
export function readDevSet(dir: string): DevDocument[] {
  const docs: DevDocument[] = []
  for (const tier of readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    const tierDir = join(dir, tier)
    const ids = readdirSync(tierDir)
      .filter((f) => f.endsWith('.es.paras'))
      .map((f) => f.slice(0, -'.es.paras'.length))
      .sort()
    for (const id of ids) {
      const base = join(tierDir, id)
      if (!existsSync(base + '.en.paras')) continue
      const optional = (ext: string): Bead[] | undefined =>
        existsSync(base + ext) ? parseBeads(readFileSync(base + ext, 'utf8')) : undefined
      docs.push({
        tier,
        id,
        es: readParas(base + '.es.paras'),
        en: readParas(base + '.en.paras'),
        gold: optional('.gold'),
        pgold: optional('.pgold')
      })
    }
  }
  return docs
}
