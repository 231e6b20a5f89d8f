/**
 * Coordinate search of the engine's cost parameters on one half of the dev set (even or odd
 * document index), reporting the other half untouched:  npx tsx bench/lib/align/tune.ts [A|B] [rounds]
 * Objective: mean strict sentence F1 of the two tiers plus paragraph F1 of heavy.
 */
import { join } from 'node:path'
import { alignParagraphSentences } from '../../../src/core/align/engine'
import { DEFAULT_PARAMS, type EngineParams } from '../../../src/core/align/params'
import { readDevSet, type Bead, type DevDocument } from './devset'
import { addCounts, emptyCounts, scoreDocument, scores } from './metric'

const half = process.argv[2] ?? 'A'
const rounds = Number(process.argv[3] ?? 2)
const all = readDevSet(join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'bench', 'align-dev'))
const byTier = (tier: string, parity: number): DevDocument[] =>
  all.filter((d) => d.tier === tier).filter((_, k) => k % 2 === parity)
const tuneParity = half === 'A' ? 0 : 1

function evaluate(params: EngineParams, docs: DevDocument[]): { sentence: number; paragraph: number } {
  const sp = emptyCounts()
  const sr = emptyCounts()
  const pp = emptyCounts()
  const pr = emptyCounts()
  for (const d of docs) {
    const beads = alignParagraphSentences(d.es, d.en, { sourceLang: 'es', targetLang: 'en' }, params)
    const sentences = beads.flatMap((p) => p.sentences.map((b): Bead => [b.source, b.target]))
    const c = scoreDocument(d.gold ?? [], sentences)
    addCounts(sp, c.precision)
    addCounts(sr, c.recall)
    const pc = scoreDocument(
      d.pgold ?? [],
      beads.map((p): Bead => [p.source, p.target])
    )
    addCounts(pp, pc.precision)
    addCounts(pr, pc.recall)
  }
  return { sentence: scores(sp, sr).strict.f1, paragraph: scores(pp, pr).strict.f1 }
}

function objective(params: EngineParams, parity: number): { value: number; text: string } {
  const h = evaluate(params, byTier('heavy', parity))
  const l = evaluate(params, byTier('light', parity))
  return {
    value: (h.sentence + l.sentence + h.paragraph) / 3,
    text: `heavy ${h.sentence.toFixed(4)} light ${l.sentence.toFixed(4)} heavy-para ${h.paragraph.toFixed(4)}`
  }
}

type Knob = {
  name: string
  get: (p: EngineParams) => number
  set: (p: EngineParams, v: number) => void
  steps: number[]
}
const prior = (keys: string[]): Knob => ({
  name: keys.join('/'),
  get: (p) => p.cost.priors[keys[0] ?? ''] ?? 0,
  set: (p, v) => {
    const priors = { ...p.cost.priors }
    for (const k of keys) priors[k] = v
    p.cost = { ...p.cost, priors }
  },
  steps: [-1, -0.5, 0.5, 1]
})
const field = (
  name: 'lengthWeight' | 'lexicalWeight' | 'matchThreshold' | 'paragraphMerge' | 'variance',
  steps: number[]
): Knob => ({
  name,
  get: (p) => p.cost[name],
  set: (p, v) => (p.cost = { ...p.cost, [name]: v }),
  steps
})
const knobs: Knob[] = [
  prior(['1-0', '0-1']),
  prior(['2-1', '1-2']),
  prior(['2-2']),
  field('lengthWeight', [-0.2, -0.1, 0.1, 0.2]),
  field('lexicalWeight', [-0.1, -0.05, 0.05, 0.1]),
  field('matchThreshold', [-0.04, -0.02, 0.02, 0.04]),
  field('paragraphMerge', [-1, -0.5, 0.5, 1])
]

const clone = (p: EngineParams): EngineParams => JSON.parse(JSON.stringify(p)) as EngineParams
let best = clone(DEFAULT_PARAMS)
let bestScore = objective(best, tuneParity)
console.log(`start  ${bestScore.text}`)
for (let round = 0; round < rounds; round++) {
  for (const knob of knobs) {
    for (const step of knob.steps) {
      const candidate = clone(best)
      knob.set(candidate, knob.get(best) + step)
      const score = objective(candidate, tuneParity)
      if (score.value > bestScore.value + 1e-6) {
        best = candidate
        bestScore = score
        console.log(`${knob.name} -> ${knob.get(best).toFixed(3)}  ${score.text}`)
      }
    }
  }
}
console.log('\nbest params', JSON.stringify(best))
console.log(`tuned half ${half}:     ${bestScore.text}`)
console.log(`held-out half ${half === 'A' ? 'B' : 'A'}: ${objective(best, 1 - tuneParity).text}`)
console.log(`defaults on held-out:  ${objective(DEFAULT_PARAMS, 1 - tuneParity).text}`)
