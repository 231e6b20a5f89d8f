/**
 * `cotejo check --jsonl` against pofilter (translate-toolkit) on the same real, distinct pairs, each
 * run as a child process: CPU time (user + sys) and peak RSS from `/usr/bin/time`. The pairs are
 * paragraphs of consecutive 1-1 sentence pairs of ../shared/bench/align-dev (light and heavy tiers,
 * professional WMT news translations), sliding windows of 2, 3, … sentences until there are enough
 * distinct paragraphs: no repeated fixture, so no per-text memo can help.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

interface Pair {
  source: string
  target: string
}

/** Runs of consecutive 1-1 sentence beads (es → en), one list per run, from both tiers. */
function oneToOneRuns(alignDev: string): Pair[][] {
  const runs: Pair[][] = []
  for (const tier of ['light', 'heavy']) {
    const dir = join(alignDev, tier)
    const lines = (f: string): string[] =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.gold'))
      .sort()) {
      const id = f.replace(/\.gold$/, '')
      const es = lines(`${id}.es.paras`)
      const en = lines(`${id}.en.paras`)
      let run: Pair[] = []
      for (const bead of lines(f)) {
        const [s, t] = bead.split(':').map((x) => JSON.parse(x) as number[])
        if (s?.length === 1 && t?.length === 1)
          run.push({ source: es[s[0] as number] ?? '', target: en[t[0] as number] ?? '' })
        else {
          if (run.length > 0) runs.push(run)
          run = []
        }
      }
      if (run.length > 0) runs.push(run)
    }
  }
  return runs
}

export interface RealPairs {
  pairs: Pair[]
  /** Sentence pairs per paragraph: smallest and largest window used. */
  windows: [number, number]
  sentencePairs: number
}

/** Every distinct real 1-1 sentence pair (es → en) of align-dev's two tiers. */
export function sentencePairs(alignDev: string): Pair[] {
  const seen = new Set<string>()
  return oneToOneRuns(alignDev)
    .flat()
    .filter((p) => !seen.has(`${p.source}\u0000${p.target}`) && seen.add(`${p.source}\u0000${p.target}`))
}

/** `total` distinct paragraph pairs: all windows of 2 sentence pairs, then of 3, … (deduplicated). */
export function realPairs(alignDev: string, total: number): RealPairs {
  const runs = oneToOneRuns(alignDev)
  const seen = new Set<string>()
  const pairs: Pair[] = []
  let size = 2
  for (; pairs.length < total && size <= 40; size++) {
    for (const run of runs)
      for (let from = 0; from + size <= run.length && pairs.length < total; from++) {
        const w = run.slice(from, from + size)
        const pair = { source: w.map((p) => p.source).join(' '), target: w.map((p) => p.target).join(' ') }
        const key = `${pair.source}\u0000${pair.target}`
        if (seen.has(key)) continue
        seen.add(key)
        pairs.push(pair)
      }
  }
  const sentences = new Set(runs.flat().map((p) => `${p.source}\u0000${p.target}`)).size
  return { pairs, windows: [2, size - 1], sentencePairs: sentences }
}

const poString = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`

function writeInputs(dir: string, pairs: Pair[]): { jsonl: string; po: string } {
  const jsonl = join(dir, 'pairs.jsonl')
  const po = join(dir, 'pairs.po')
  writeFileSync(jsonl, pairs.map((p, i) => JSON.stringify({ id: i + 1, ...p })).join('\n') + '\n')
  const header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n'
  // The context keeps equal Spanish paragraphs apart (PO forbids duplicate msgids).
  const units = pairs.map((p, i) => `msgctxt "${i + 1}"\nmsgid ${poString(p.source)}\nmsgstr ${poString(p.target)}\n`)
  writeFileSync(po, [header, ...units].join('\n'))
  return { jsonl, po }
}

interface Measured {
  ok: boolean
  cpu: number
  wall: number
  rssMiB: number
  note: string
}

/** Runs a command under /usr/bin/time: CPU (user + sys), wall and peak RSS of the child. */
function timed(cmd: string, args: string[], stdout: string): Measured {
  const fmt = '%U %S %e %M'
  const r = spawnSync('/usr/bin/time', ['-f', `@@time ${fmt}`, 'sh', '-c', '"$0" "$@" > "$OUT"', cmd, ...args], {
    encoding: 'utf8',
    env: { ...process.env, OUT: stdout },
    maxBuffer: 64 * 1024 * 1024
  })
  const line = (r.stderr ?? '').split('\n').find((l) => l.startsWith('@@time ')) ?? ''
  const [u, s, e, m] = line.slice(7).split(' ').map(Number)
  const other = (r.stderr ?? '')
    .split('\n')
    .filter((l) => l && !l.startsWith('@@time') && !/exited with non-zero status/.test(l))
  const ok = r.status === 0 || (cmd === 'node' && r.status === 1) // cotejo exits 1 when a finding is major
  return {
    ok,
    cpu: (u ?? 0) + (s ?? 0),
    wall: e ?? 0,
    rssMiB: (m ?? 0) / 1024,
    note: ok ? '' : `exit ${r.status}: ${other.slice(-2).join(' | ').slice(0, 300)}`
  }
}

const lineCount = (file: string): number =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l !== '').length
    : 0

function describe(label: string, m: Measured): string {
  return `  ${label.padEnd(46)} ${m.cpu.toFixed(2).padStart(6)} s CPU ${m.wall.toFixed(2).padStart(6)} s wall ${m.rssMiB.toFixed(0).padStart(5)} MiB peak RSS${m.ok ? '' : `  FAILED (${m.note})`}`
}

/** pofilter's spell check needs pyenchant and an en_US dictionary in the Python that runs pofilter. */
function enchantWorks(): boolean {
  const path = spawnSync('sh', ['-c', 'command -v pofilter'], { encoding: 'utf8' }).stdout.trim()
  const python = /^#!\s*(\S+)/.exec(readFileSync(path, 'utf8'))?.[1] ?? 'python3'
  return spawnSync(python, ['-c', 'import enchant; enchant.Dict("en_US")']).status === 0
}

/** The paired run; `sizes` pairs each (10,000 and 50,000 by default). */
export function cliSpeedReport(alignDev: string, cli: string, sizes: number[]): void {
  if (!existsSync(cli)) {
    console.log(`\n=== cotejo check --jsonl vs pofilter: skipped (${cli} missing: run \`npm run build\`)`)
    return
  }
  const pofilter = spawnSync('pofilter', ['--version'], { encoding: 'utf8' })
  const hasPofilter = pofilter.status === 0
  const spellOk = hasPofilter && enchantWorks()
  for (const n of sizes) {
    const data = realPairs(alignDev, n)
    const dir = mkdtempSync(join(tmpdir(), 'cotejo-cli-speed-'))
    try {
      const { jsonl, po } = writeInputs(dir, data.pairs)
      const words = data.pairs.reduce((k, p) => k + p.source.split(/\s+/).length, 0)
      console.log(
        `\n=== cotejo check --jsonl vs pofilter, ${data.pairs.length} distinct paragraph pairs ` +
          `(${words} source words; windows of ${data.windows[0]}-${data.windows[1]} consecutive 1-1 sentence pairs ` +
          `of align-dev light+heavy, ${data.sentencePairs} distinct sentence pairs)`
      )
      const out = join(dir, 'out.jsonl')
      const cotejo = timed('node', [cli, 'check', '--jsonl', jsonl], out)
      const lines = lineCount(out)
      console.log(describe('cotejo check --jsonl', cotejo) + `  (${lines} lines out)`)
      const capped = timed('node', ['--max-old-space-size=256', cli, 'check', '--jsonl', jsonl], out)
      const cappedLines = lineCount(out)
      console.log(
        describe('cotejo check --jsonl, --max-old-space-size=256', capped) +
          `  (${cappedLines} of ${data.pairs.length} lines: ${cappedLines === data.pairs.length && capped.ok ? 'completes' : 'does not complete'})`
      )
      const noSpell = timed('node', [cli, 'check', '--jsonl', jsonl, '--no-spelling'], out)
      console.log(describe('cotejo check --jsonl --no-spelling', noSpell))
      if (!hasPofilter) {
        console.log('  pofilter: not installed (apt-get install translate-toolkit python3-enchant hunspell-en-us)')
        continue
      }
      const pfOut = join(dir, 'pofilter.po')
      const pf = timed('pofilter', ['--language=en', '-i', po, '-o', pfOut], join(dir, 'pofilter.log'))
      const pfNoSpell = timed(
        'pofilter',
        ['--language=en', '--excludefilter=spellcheck', '-i', po, '-o', pfOut],
        join(dir, 'pofilter.log')
      )
      console.log(describe(`pofilter --language=en${spellOk ? ' (spellcheck, enchant)' : ' (NO enchant)'}`, pf))
      console.log(describe('pofilter --language=en --excludefilter=spellcheck', pfNoSpell))
      const ratio = (a: Measured, b: Measured): string => (b.cpu > 0 ? (a.cpu / b.cpu).toFixed(2) : '?')
      console.log(
        `  CPU ratio cotejo / pofilter with spell check: ${ratio(cotejo, pf)}× (target ≤ 0.15×); ` +
          `without: ${ratio(noSpell, pfNoSpell)}×`
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
