import { describe, expect, it } from 'vitest'
import {
  alignDocument,
  alignSegmented,
  type AlignedBead,
  type AlignOptions,
  type DocumentAlignment
} from '../../../../src/core/align'
import { parseCombined } from '../../../../src/core/formats/combined'
import { seedFiles } from '../../support/seeds'
import { ENGLISH, SPANISH } from './release'

const ES_EN: AlignOptions = { sourceLang: 'es', targetLang: 'en' }

const show = (beads: readonly AlignedBead[]): string[] => beads.map((b) => `[${b.source}]:[${b.target}]`)
const paragraphBeads = (a: DocumentAlignment): string[] => show(a.paragraphs)
const sentenceBeads = (a: DocumentAlignment): string[] => show(a.paragraphs.flatMap((p) => p.sentences))

/** Beads cover every unit of both sides exactly once, in order; sentence beads stay inside their paragraph bead. */
function expectWellFormed(a: DocumentAlignment, sourceParagraphs: number, targetParagraphs: number): void {
  const walk = (beads: readonly AlignedBead[], side: 'source' | 'target', count: number): void => {
    const seen = beads.flatMap((b) => b[side])
    expect(seen).toEqual(Array.from({ length: count }, (_, k) => k))
  }
  walk(a.paragraphs, 'source', sourceParagraphs)
  walk(a.paragraphs, 'target', targetParagraphs)
  const sentences = a.paragraphs.flatMap((p) => p.sentences)
  walk(sentences, 'source', a.sourceSentences.length)
  walk(sentences, 'target', a.targetSentences.length)
  for (const p of a.paragraphs) {
    for (const s of p.sentences) {
      for (const k of s.source) expect(p.source).toContain(a.sourceSentences[k]?.paragraph)
      for (const k of s.target) expect(p.target).toContain(a.targetSentences[k]?.paragraph)
    }
  }
  for (const b of [...a.paragraphs, ...sentences]) {
    expect(b.confidence).toBeGreaterThanOrEqual(0)
    expect(b.confidence).toBeLessThanOrEqual(1)
  }
}

/** Global index of sentence `k` of paragraph `p`. */
const at = (paras: string[][], p: number, k: number): number =>
  paras.slice(0, p).reduce((n, para) => n + para.length, 0) + k

describe('alignSegmented: paragraph beads', () => {
  it('aligns a faithful translation 1-1 at both levels with high confidence', () => {
    const a = alignSegmented(SPANISH, ENGLISH, ES_EN)
    expectWellFormed(a, SPANISH.length, ENGLISH.length)
    expect(paragraphBeads(a)).toEqual(SPANISH.map((_, k) => `[${k}]:[${k}]`))
    expect(sentenceBeads(a)).toEqual(SPANISH.flat().map((_, k) => `[${k}]:[${k}]`))
    expect(Math.min(...a.paragraphs.flatMap((p) => p.sentences.map((s) => s.confidence)))).toBeGreaterThan(0.8)
  })

  it('finds 2-1, 1-2 and 1-0 paragraph beads in a release that merged two paragraphs, split one and dropped one', () => {
    const english = [
      ...ENGLISH.slice(0, 3),
      [...(ENGLISH[3] ?? []), ...(ENGLISH[4] ?? [])], // paragraphs 3 and 4 merged
      [ENGLISH[5]?.[0] ?? ''], // paragraph 5 split in two
      [ENGLISH[5]?.[1] ?? ''],
      ENGLISH[6] ?? [],
      // paragraph 7 dropped
      ENGLISH[8] ?? []
    ]
    const a = alignSegmented(SPANISH, english, ES_EN)
    expectWellFormed(a, SPANISH.length, english.length)
    expect(paragraphBeads(a)).toEqual([
      '[0]:[0]',
      '[1]:[1]',
      '[2]:[2]',
      '[3,4]:[3]',
      '[5]:[4,5]',
      '[6]:[6]',
      '[7]:[]',
      '[8]:[7]'
    ])
    // Inside the merged and split paragraph beads the sentences still pair one to one.
    expect(sentenceBeads(a)).toContain(`[${at(SPANISH, 4, 0)}]:[${at(english, 3, 2)}]`)
    expect(sentenceBeads(a)).toContain(`[${at(SPANISH, 5, 1)}]:[${at(english, 5, 0)}]`)
    expect(sentenceBeads(a)).toContain(`[${at(SPANISH, 7, 1)}]:[]`)
  })

  it('finds a 0-1 paragraph bead for a paragraph the translation added', () => {
    const added = ['The ministry also recalled that applications for the housing bonus remain open on its website.']
    const english = [...ENGLISH.slice(0, 6), added, ...ENGLISH.slice(6)]
    const a = alignSegmented(SPANISH, english, ES_EN)
    expectWellFormed(a, SPANISH.length, english.length)
    expect(paragraphBeads(a)).toEqual([
      ...SPANISH.slice(0, 6).map((_, k) => `[${k}]:[${k}]`),
      '[]:[6]',
      ...SPANISH.slice(6).map((_, k) => `[${k + 6}]:[${k + 7}]`)
    ])
  })

  it('finds a 2-2 paragraph bead when the translation moves a paragraph boundary', () => {
    const english = [
      ...ENGLISH.slice(0, 4),
      [...(ENGLISH[4] ?? []), ENGLISH[5]?.[0] ?? ''],
      [ENGLISH[5]?.[1] ?? ''],
      ...ENGLISH.slice(6)
    ]
    const a = alignSegmented(SPANISH, english, ES_EN)
    expectWellFormed(a, SPANISH.length, english.length)
    expect(paragraphBeads(a)).toContain('[4,5]:[4,5]')
    expect(sentenceBeads(a)).toEqual(SPANISH.flat().map((_, k) => `[${k}]:[${k}]`))
  })
})

describe('alignSegmented: sentence beads', () => {
  const withParagraph = (p: number, sentences: string[]): string[][] => ENGLISH.map((x, k) => (k === p ? sentences : x))

  it('finds a 2-1 bead where the translation merged two sentences', () => {
    const english = withParagraph(1, [
      'The Ministry of Housing, Construction and Sanitation today delivered 1,250 homes to families affected by the rains in the Piura region, with a total investment of S/ 87.4 million.'
    ])
    const a = alignSegmented(SPANISH, english, ES_EN)
    expectWellFormed(a, SPANISH.length, english.length)
    expect(sentenceBeads(a)).toContain(`[1,2]:[1]`)
  })

  it('finds a 1-2 bead where the translation split a sentence', () => {
    const english = withParagraph(2, [
      'The ceremony was led by Minister Carmen Valdivia.',
      'She toured the Nuevo Amanecer housing complex with regional governor Julio Sandoval.',
      ENGLISH[2]?.[1] ?? ''
    ])
    const a = alignSegmented(SPANISH, english, ES_EN)
    expectWellFormed(a, SPANISH.length, english.length)
    expect(sentenceBeads(a)).toContain(`[3]:[3,4]`)
    expect(sentenceBeads(a)).toContain(`[4]:[5]`)
  })

  it('finds 1-0 and 0-1 beads for a dropped and an added sentence', () => {
    const english = ENGLISH.map((x, k) =>
      k === 7
        ? [ENGLISH[7]?.[0] ?? ''] // second sentence dropped
        : k === 3
          ? [...x, 'The design was approved by the municipality last year.'] // sentence added
          : x
    )
    const a = alignSegmented(SPANISH, english, ES_EN)
    expectWellFormed(a, SPANISH.length, english.length)
    const beads = sentenceBeads(a)
    expect(beads).toContain(`[${at(SPANISH, 7, 1)}]:[]`)
    expect(beads).toContain(`[]:[${at(english, 3, 2)}]`)
    expect(beads.filter((b) => b.includes('[]'))).toHaveLength(2)
  })

  it('finds a 2-2 bead where two sentences were re-cut at another place', () => {
    const spanish = [
      [
        'La obra costó S/ 12 millones y beneficiará a 3.400 familias de Tumbes, según el informe técnico del 5 de mayo.',
        'El plazo de ejecución es de 180 días.'
      ]
    ]
    const english = [
      [
        'The work cost S/ 12 million.',
        'It will benefit 3,400 families in Tumbes, according to the technical report of May 5, and the execution period is 180 days.'
      ]
    ]
    expect(sentenceBeads(alignSegmented(spanish, english, ES_EN))).toEqual(['[0,1]:[0,1]'])
  })

  it('lets numbers decide which of two look-alike sentences was dropped', () => {
    const spanish = [['Un lote incluyó 450 computadoras portátiles.', 'Otro lote incluyó 780 computadoras portátiles.']]
    const keepSecond = alignSegmented(spanish, [['Another batch included 780 laptop computers.']], ES_EN)
    expect(sentenceBeads(keepSecond)).toEqual(['[0]:[]', '[1]:[0]'])
    const keepFirst = alignSegmented(spanish, [['Another batch included 450 laptop computers.']], ES_EN)
    expect(sentenceBeads(keepFirst)).toEqual(['[0]:[0]', '[1]:[]'])
  })

  it('pairs Spanish and English acronyms (BID/IDB, OEA/OAS)', () => {
    const spanish = [
      [
        'El ministerio firmó ayer un convenio de cooperación técnica con el BID para modernizar los registros públicos.',
        'El ministerio firmó ayer un convenio de cooperación técnica con la OEA para modernizar los registros públicos.'
      ]
    ]
    const english = (acronym: string): string[][] => [
      [
        `The ministry yesterday signed a technical cooperation agreement with the ${acronym} to modernize public registries.`
      ]
    ]
    expect(sentenceBeads(alignSegmented(spanish, english('OAS'), ES_EN))).toEqual(['[0]:[]', '[1]:[0]'])
    expect(sentenceBeads(alignSegmented(spanish, english('IDB'), ES_EN))).toEqual(['[0]:[0]', '[1]:[]'])
  })

  it('uses glossary term pairs as anchors', () => {
    const spanish = [['Se inauguró la posta médica del distrito.', 'Se inauguró el comedor popular del distrito.']]
    const english = [['The district soup kitchen was opened.']]
    const glossary = [
      { source: 'comedor popular', target: 'soup kitchen' },
      { source: 'posta médica', target: 'health post' }
    ]
    expect(sentenceBeads(alignSegmented(spanish, english, { ...ES_EN, glossary }))).toEqual(['[0]:[]', '[1]:[0]'])
  })

  it('aligns English to Spanish as well (the length ratio flips)', () => {
    const spanish = SPANISH.map((x, k) => (k === 6 ? [x[0] ?? ''] : x)) // the Spanish lacks one sentence
    const a = alignSegmented(ENGLISH, spanish, { sourceLang: 'en', targetLang: 'es' })
    expectWellFormed(a, ENGLISH.length, spanish.length)
    expect(sentenceBeads(a)).toContain(`[${at(ENGLISH, 6, 1)}]:[]`)
    expect(paragraphBeads(a)).toEqual(ENGLISH.map((_, k) => `[${k}]:[${k}]`))
  })
})

describe('alignDocument', () => {
  it('segments raw paragraphs and reports sentence offsets inside each paragraph', () => {
    const source = SPANISH.map((p) => p.join(' '))
    const target = ENGLISH.map((p) => p.join(' '))
    const a = alignDocument(source, target, ES_EN)
    expectWellFormed(a, source.length, target.length)
    expect(a.sourceSentences).toHaveLength(SPANISH.flat().length)
    for (const s of a.sourceSentences) expect(source[s.paragraph]?.slice(s.start, s.end)).toBe(s.text)
    expect(paragraphBeads(a)).toEqual(source.map((_, k) => `[${k}]:[${k}]`))
  })

  it('handles empty and one-sided documents', () => {
    expect(alignDocument([], [], ES_EN)).toEqual({ paragraphs: [], sourceSentences: [], targetSentences: [] })
    const onlySource = alignDocument(['Primera frase. Segunda frase.', 'Otra frase.'], [], ES_EN)
    expectWellFormed(onlySource, 2, 0)
    expect(paragraphBeads(onlySource)).toEqual(['[0]:[]', '[1]:[]'])
    expect(sentenceBeads(onlySource)).toEqual(['[0]:[]', '[1]:[]', '[2]:[]'])
    const onlyTarget = alignDocument([], ['One sentence.'], ES_EN)
    expect(paragraphBeads(onlyTarget)).toEqual(['[]:[0]'])
    expect(sentenceBeads(onlyTarget)).toEqual(['[]:[0]'])
  })

  it('keeps empty paragraphs in the beads', () => {
    const a = alignDocument(['Primera frase.', '', 'Tercera frase.'], ['First sentence.', 'Third sentence.'], ES_EN)
    expectWellFormed(a, 3, 2)
  })

  it('aligns a very long paragraph in bounded time and memory', () => {
    const count = 3000
    const spanish: string[] = []
    const english: string[] = []
    for (let k = 1; k <= count; k++) {
      spanish.push(`La provincia número ${k} recibió ${k * 7 + 3} kits de ayuda humanitaria.`)
      if (k % 97 !== 0) english.push(`Province number ${k} received ${k * 7 + 3} humanitarian aid kits.`)
    }
    const a = alignDocument([spanish.join(' ')], [english.join(' ')], ES_EN)
    expectWellFormed(a, 1, 1)
    const beads = a.paragraphs.flatMap((p) => p.sentences)
    expect(beads.filter((b) => b.source.length === 1 && b.target.length === 0)).toHaveLength(Math.floor(count / 97))
    expect(beads.filter((b) => b.source.length === 1 && b.target.length === 1)).toHaveLength(
      count - Math.floor(count / 97)
    )
  })

  it('keeps locked paragraph beads exactly and aligns the stretches between them', () => {
    const source = SPANISH.map((p) => p.join(' '))
    const target = ENGLISH.map((p) => p.join(' '))
    const locked = [
      { source: [2, 3], target: [2, 3] },
      { source: [6], target: [] }
    ]
    const a = alignDocument(source, target, { ...ES_EN, lockedParagraphBeads: locked })
    expectWellFormed(a, source.length, target.length)
    expect(paragraphBeads(a)).toEqual([
      '[0]:[0]',
      '[1]:[1]',
      '[2,3]:[2,3]',
      '[4]:[4]',
      '[5]:[5]',
      '[6]:[]',
      '[]:[6]',
      '[7]:[7]',
      '[8]:[8]'
    ])
    // Sentences inside a locked bead are still aligned.
    const lockedBead = a.paragraphs.find((p) => p.source.join() === '2,3')
    expect(lockedBead?.sentences.every((s) => s.source.length === 1 && s.target.length === 1)).toBe(true)
  })

  it('aligns the two seed releases one paragraph to one', () => {
    const counts: number[] = []
    for (const seed of seedFiles()) {
      const parsed = parseCombined(seed.text)
      if (!parsed.ok) throw new Error(`${seed.name}: ${parsed.error}`)
      const { source, target } = parsed.value
      const a = alignDocument(source, target, ES_EN)
      expectWellFormed(a, source.length, target.length)
      expect(paragraphBeads(a)).toEqual(source.map((_, k) => `[${k}]:[${k}]`))
      counts.push(source.length)
    }
    expect(counts).toEqual([10, 16])
  })
})
