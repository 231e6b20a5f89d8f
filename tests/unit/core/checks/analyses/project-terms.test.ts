import { describe, expect, it } from 'vitest'
import { documentFromPairs, type PairInput } from '../../../../../src/core/checks/engine/context'
import { runCheckJob, type CheckJob } from '../../../../../src/core/checks/engine/job'
import { SegmentMemo } from '../../../../../src/core/checks/engine/segment-memo'
import {
  analyzeProjectTerms,
  type SourceTerms,
  type TermAnalysis
} from '../../../../../src/core/checks/analyses/project-terms'
import { RenderingMemo } from '../../../../../src/core/checks/analyses/rendering'
import { consistencyCheck } from '../../../../../src/core/checks/rules/consistency'
import type { CheckSettings } from '../../../../../src/core/domain/findings'
import { random } from '../../../support/random'

/** Made-up institutions and terms, each with the renderings a translator might use for it. */
const NAMES: Array<[string, string[]]> = [
  ['Ministerio de Salud Pública', ['Ministry of Public Health', 'Public Health Ministry', 'Ministry of Health']],
  ['Secretaría Nacional de Planificación', ['National Planning Secretariat', 'National Secretariat of Planning']],
  ['Consejo Nacional Electoral', ['National Electoral Council', 'National Election Council']],
  ['Instituto Nacional de Estadística', ['National Statistics Institute', 'National Institute of Statistics']],
  ['Banco Central', ['Central Bank', 'central bank']],
  ['Defensoría del Pueblo', ["Ombudsman's Office", 'Office of the Ombudsman']],
  ['servicio alimentario', ['food service', 'catering service']],
  ['riego tecnificado', ['technified irrigation', 'modern irrigation']],
  // Renderings with no word like the source's: found by the words that go with the term.
  ['Casa Blanca', ['White House', 'Presidential Palace']],
  ['Mesa Directiva', ['Board of Directors', 'Steering Board']],
  ['Hacienda Pública', ['Treasury Office', 'Finance Office']]
]

const TEMPLATES: Array<[string, string]> = [
  [
    'El {0} presentó hoy {n} proyectos junto con el {1}.',
    'The {0} presented {n} projects today together with the {1}.'
  ],
  ['Según el {0}, el {1} recibirá {n} millones.', 'According to the {0}, the {1} will receive {n} million.'],
  ['La reunión del {0} duró {n} horas.', 'The meeting of the {0} lasted {n} hours.'],
  ['El {0} y el {1} firmaron {n} acuerdos en Quito.', 'The {0} and the {1} signed {n} agreements in Quito.']
]

/** A project of one or two documents whose paragraphs name the same institutions again and again. */
function project(next: () => number, paragraphs: number): PairInput[][] {
  const pick = (n: number): number => Math.floor(next() * n)
  const pairs: PairInput[] = []
  for (let i = 0; i < paragraphs; i++) {
    const [es, en] = TEMPLATES[pick(TEMPLATES.length)] as [string, string]
    const names = [pick(NAMES.length), pick(NAMES.length)]
    // Mostly the usual rendering, sometimes another.
    const render = (k: number): string => {
      const options = (NAMES[k] as [string, string[]])[1]
      return next() < 0.8 ? (options[0] as string) : (options[pick(options.length)] as string)
    }
    const fill = (text: string, side: 'es' | 'en'): string =>
      text
        .replace(/\{(\d)\}/g, (_, j: string) => {
          const k = names[Number(j)] as number
          return side === 'es' ? (NAMES[k] as [string, string[]])[0] : render(k)
        })
        .replace('{n}', String(i + 2))
    pairs.push({ source: fill(es, 'es'), target: fill(en, 'en') })
  }
  const half = Math.floor(pairs.length * 0.7)
  return [pairs.slice(0, half), pairs.slice(half)]
}

/** Target edits a reviewer makes: another rendering of a name, a word dropped, a case change, a copied target. */
function edit(documents: PairInput[][], next: () => number): void {
  const pick = (n: number): number => Math.floor(next() * n)
  const pairs = documents[pick(documents.length)] as PairInput[]
  const at = pick(pairs.length)
  const pair = pairs[at] as PairInput
  const kind = pick(6)
  let target = pair.target
  if (kind === 0) {
    const [, options] = NAMES[pick(NAMES.length)] as [string, string[]]
    const from = options.find((o) => target.includes(o))
    target = from ? target.replace(from, options[pick(options.length)] as string) : target
  } else if (kind === 1) {
    const words = target.split(' ')
    words.splice(pick(words.length), 1)
    target = words.join(' ')
  } else if (kind === 2) target = target.replace(/\b([A-Z])(\w+)/, (_, a: string, b: string) => a.toLowerCase() + b)
  else if (kind === 3) target = ((documents[0] as PairInput[])[pick(documents[0]!.length)] as PairInput).target
  else if (kind === 4) target = `${target} The Central Bank agreed.`
  else {
    // A word of a rendering used elsewhere: it tells less about the term it renders.
    const word = ['White', 'House', 'Board', 'Treasury', 'Office', 'Directors'][pick(6)] as string
    target = `${target} ${word} staff attended.`
  }
  pairs[at] = { ...pair, target }
}

/** What a consumer reads of the analysis: each term's occurrences and where each is rendered. */
const located = (a: TermAnalysis): unknown =>
  [...a.terms, ...a.lowercaseTerms].map((t) => ({
    key: t.key,
    occurrences: t.occurrences.map((o) => ({
      pair: o.pair,
      first: o.first,
      last: o.last,
      rendering: o.rendering && { first: o.rendering.first, last: o.rendering.last, key: o.rendering.key }
    }))
  }))

describe('project terms after target edits, from the run before', () => {
  it('are located as a run from scratch locates them, and consistency finds the same', () => {
    const next = random(7)
    const documents = project(next, 260)
    const memo = new SegmentMemo()
    const settings: CheckSettings = { consistency: { enabled: true } }
    // Where the analysis keeps its last run, as a check worker's memo does.
    const lastRun = new SegmentMemo().lastRun<SourceTerms>('project-terms')
    let found = 0
    for (let round = 0; round < 30; round++) {
      const contexts = documents.map((pairs, i) => documentFromPairs(`doc-${i}`, pairs))
      const fresh = analyzeProjectTerms(contexts, 'es', 'en', new RenderingMemo())
      const kept = analyzeProjectTerms(contexts, 'es', 'en', new RenderingMemo(), undefined, undefined, lastRun)
      expect({ round, terms: located(kept) }).toEqual({ round, terms: located(fresh) })

      const job: CheckJob = { documents: contexts, targets: contexts.map((d) => d.id), glossary: [], settings }
      const full = runCheckJob(job, [consistencyCheck], undefined)
      const remembered = runCheckJob(job, [consistencyCheck], undefined, undefined, undefined, memo)
      expect({ round, remembered }).toEqual({ round, remembered: full })
      found += Object.values(full).reduce((n, r) => n + r.findings.length, 0)
      // A few edits between runs, now and then none.
      for (let k = Math.floor(next() * 3); k > 0; k--) edit(documents, next)
    }
    // The runs found inconsistencies to compare.
    expect(found).toBeGreaterThan(30)
  }, 120_000)

  it('are located again when a word their renderings are found by turns up elsewhere', () => {
    // "Treasury" is found as part of the rendering only because it goes with "Hacienda Pública".
    const term = Array.from({ length: 6 }, (_, i) => ({
      source: `Ayer la Hacienda Pública recibió ${i + 3} cartas de vecinos.`,
      target: `Yesterday the Public Treasury received ${i + 3} letters from neighbours.`
    }))
    const other = Array.from({ length: 6 }, (_, i) => ({
      source: `El puerto exportó ${i + 9} toneladas de cacao.`,
      target: `The port exported ${i + 9} tonnes of cocoa.`
    }))
    const renderings = (a: TermAnalysis): string[] =>
      a.terms.flatMap((t) => t.occurrences.map((o) => o.rendering?.text ?? '-'))
    const lastRun = new SegmentMemo().lastRun<SourceTerms>('project-terms')
    const run = (pairs: PairInput[], kept?: typeof lastRun): TermAnalysis =>
      analyzeProjectTerms([documentFromPairs('d', pairs)], 'es', 'en', new RenderingMemo(), undefined, undefined, kept)
    expect(new Set(renderings(run([...term, ...other], lastRun)))).toEqual(new Set(['Public Treasury']))
    // Only the other paragraphs change: "Treasury" now turns up where the term is not.
    const edited = [...term, ...other.map((p) => ({ ...p, target: p.target.replace('The port', 'The Treasury port') }))]
    const fresh = renderings(run(edited))
    expect(fresh).not.toContain('Public Treasury')
    expect(renderings(run(edited, lastRun))).toEqual(fresh)
  })
})
