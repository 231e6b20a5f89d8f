/**
 * Fits the confidence maps (logistic regression of "bead is a gold bead" on the bead's evidence
 * margin) on half A of the dev set and reports calibration on half B:  npx tsx bench/lib/align/calibrate.ts
 */
import { join } from 'node:path'
import { alignParagraphSentences } from '../../../src/core/align/engine'
import { DEFAULT_PARAMS, type EngineParams } from '../../../src/core/align/params'
import { readDevSet } from './devset'

const docs = readDevSet(join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'bench', 'align-dev'))
const identity: EngineParams = { ...DEFAULT_PARAMS, confidence: { aligned: [0, 1], unaligned: [0, 1] } }

interface Sample {
  evidence: number
  correct: boolean
  unaligned: boolean
}

function samples(parity: number): Sample[] {
  const out: Sample[] = []
  for (const tier of ['light', 'heavy']) {
    docs
      .filter((d) => d.tier === tier)
      .filter((_, k) => k % 2 === parity)
      .forEach((d) => {
        const gold = new Set((d.gold ?? []).map((b) => JSON.stringify(b)))
        for (const p of alignParagraphSentences(d.es, d.en, { sourceLang: 'es', targetLang: 'en' }, identity)) {
          for (const b of p.sentences) {
            const c = Math.min(1 - 1e-12, Math.max(1e-12, b.confidence))
            out.push({
              evidence: Math.log(c / (1 - c)),
              correct: gold.has(JSON.stringify([b.source, b.target])),
              unaligned: b.source.length === 0 || b.target.length === 0
            })
          }
        }
      })
  }
  return out
}

function fit(data: Sample[]): [number, number] {
  let a = 0
  let b = 0.5
  for (let step = 0; step < 4000; step++) {
    let ga = 0
    let gb = 0
    for (const s of data) {
      const x = Math.max(-30, Math.min(30, s.evidence))
      const p = 1 / (1 + Math.exp(-(a + b * x)))
      const e = p - (s.correct ? 1 : 0)
      ga += e
      gb += e * x
    }
    a -= (0.5 * ga) / data.length
    b -= (0.05 * gb) / data.length
  }
  return [a, b]
}

function reliability(data: Sample[], map: [number, number]): string {
  const bins = [0, 0.5, 0.8, 0.9, 0.95, 0.99, 1.0001]
  const rows: string[] = []
  for (let k = 0; k + 1 < bins.length; k++) {
    const inBin = data.filter((s) => {
      const p = 1 / (1 + Math.exp(-(map[0] + map[1] * Math.max(-30, Math.min(30, s.evidence)))))
      return p >= (bins[k] ?? 0) && p < (bins[k + 1] ?? 1)
    })
    if (inBin.length === 0) continue
    const acc = inBin.filter((s) => s.correct).length / inBin.length
    rows.push(`[${bins[k]}, ${Math.min(1, bins[k + 1] ?? 1)}): ${inBin.length} beads, ${(100 * acc).toFixed(1)}% right`)
  }
  return rows.join('\n  ')
}

const train = samples(0)
const test = samples(1)
for (const unaligned of [false, true]) {
  const label = unaligned ? 'unaligned (1-0, 0-1)' : 'aligned'
  const map = fit(train.filter((s) => s.unaligned === unaligned))
  console.log(`${label}: [${map[0].toFixed(3)}, ${map[1].toFixed(3)}]`)
  console.log(
    `  half B reliability:\n  ${reliability(
      test.filter((s) => s.unaligned === unaligned),
      map
    )}`
  )
}
