/**
 * How well the sentence-gap check finds sentences dropped or added inside translated paragraphs:
 * align-dev's gold 1-0 / 0-1 sentence beads that fall inside a 1-1 paragraph bead are the targets.
 *   npx tsx bench/lib/sentence-gaps-dev.ts [light|heavy]
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { alignBeadSentences } from '../../src/core/align'
import { unalignedSentenceCheck } from '../../src/core/checks/rules/unaligned-sentence'
import { contextFor } from '../../src/core/checks/engine/context'
import { runChecks } from '../../src/core/checks/engine/runner'
import type { DocumentContext } from '../../src/core/checks/engine/types'
import { PARAGRAPH_JOINER } from '../../src/core/domain/document'

const tier = process.argv[2] ?? 'heavy'
const dir = join(process.cwd(), '../shared/bench/align-dev', tier)
const paras = (file: string): string[][] =>
  readFileSync(file, 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').filter((l) => l.trim() !== ''))
    .filter((p) => p.length > 0)
const beads = (file: string): Array<[number[], number[]]> =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(`[${l.replace(']:[', '],[')}]`) as [number[], number[]])

let gold = 0
let found = 0
let flagged = 0
let correct = 0
/** Flagged text that is not one line of the set: lines without final punctuation run into the next when joined. */
let joined = 0
for (const id of readdirSync(dir)
  .filter((f) => f.endsWith('.gold'))
  .map((f) => f.replace('.gold', ''))) {
  const es = paras(join(dir, `${id}.es.paras`))
  const en = paras(join(dir, `${id}.en.paras`))
  const esSent = es.flat()
  const enSent = en.flat()
  const sentGold = beads(join(dir, `${id}.gold`))
  const droppedText = new Set(
    sentGold.filter(([s, t]) => s.length === 1 && t.length === 0).map(([s]) => esSent[s[0]!]!)
  )
  const addedText = new Set(
    sentGold.filter(([s, t]) => s.length === 0 && t.length === 1).map(([, t]) => enSent[t[0]!]!)
  )
  const segments = beads(join(dir, `${id}.pgold`)).map(([s, t], index) => ({
    index,
    sourceParagraphs: s,
    targetParagraphs: t,
    source: s.map((p) => es[p]!.join(' ')).join(PARAGRAPH_JOINER),
    target: t.map((p) => en[p]!.join(' ')).join(PARAGRAPH_JOINER),
    sentences: alignBeadSentences(
      s.map((p) => es[p]!.join(' ')),
      t.map((p) => en[p]!.join(' ')),
      { sourceLang: 'es', targetLang: 'en' }
    )
  }))
  // Targets: gaps inside paragraphs that are translated (both sides present).
  for (const seg of segments) {
    if (seg.source === '' || seg.target === '') continue
    for (const text of droppedText) if (seg.source.includes(text)) gold++
    for (const text of addedText) if (seg.target.includes(text)) gold++
  }
  const doc: DocumentContext = {
    id,
    name: id,
    sourceTag: 'es',
    targetTag: 'en',
    sourceLang: 'es',
    targetLang: 'en',
    segments
  }
  for (const f of runChecks([unalignedSentenceCheck], contextFor(doc)).findings) {
    flagged++
    const text = f.sourceSpan?.text ?? f.targetSpan?.text ?? ''
    if (!(f.sourceSpan ? esSent : enSent).includes(text)) {
      joined++
      flagged--
      continue
    }
    if (droppedText.has(text) || addedText.has(text)) {
      correct++
      found++
    } else if (process.argv.includes('--misses')) {
      console.log(`  ${f.messageKey} ${f.confidence.toFixed(2)}: ${text.slice(0, 140)}`)
    }
  }
}
console.log(
  `${tier}: gold gaps inside translated paragraphs ${gold}; flagged ${flagged}; correct ${correct}; not counted (run-on lines of the set) ${joined}`
)
console.log(
  `precision ${(correct / Math.max(1, flagged)).toFixed(3)}  recall ${(found / Math.max(1, gold)).toFixed(3)}`
)
