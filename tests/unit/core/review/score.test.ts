import { describe, expect, it } from 'vitest'
import { countWords, qualityScore, recountWords, SEVERITY_WEIGHTS } from '../../../../src/core/review/score'

describe('MQM quality score', () => {
  it('is 100 with no confirmed errors', () => {
    expect(qualityScore(250, [])).toMatchObject({ penalty: 0, score: 100, pass: true })
  })

  it('weighs minor 1, major 5, critical 25 over the source word count', () => {
    const s = qualityScore(500, ['minor', 'major', 'major', 'critical'])
    expect(s.bySeverity).toEqual({ minor: 1, major: 2, critical: 1 })
    expect(s.penalty).toBe(1 + 2 * SEVERITY_WEIGHTS.major + SEVERITY_WEIGHTS.critical)
    expect(s.score).toBeCloseTo(100 * (1 - 36 / 500), 2)
  })

  it('passes at or above the threshold and fails below it', () => {
    expect(qualityScore(100, ['major'], { threshold: 95 }).pass).toBe(true) // 95.0
    expect(qualityScore(100, ['major', 'minor'], { threshold: 95 }).pass).toBe(false) // 94.0
  })

  it('never goes below zero, and an empty text with errors scores zero', () => {
    expect(qualityScore(10, ['critical']).score).toBe(0)
    expect(qualityScore(0, ['minor']).score).toBe(0)
    expect(qualityScore(0, []).score).toBe(100)
  })
})

describe('provisional score', () => {
  it('is provisional while any finding is open, with the score it would fall to if they were confirmed', () => {
    // 200 words, one confirmed minor; open: one major and two minor findings.
    const s = qualityScore(200, ['minor'], { open: ['major', 'minor', 'minor'] })
    expect(s).toMatchObject({ score: 99.5, open: 3, provisional: true })
    expect(s.ifOpenConfirmed).toBeCloseTo(100 * (1 - (1 + 5 + 2) / 200), 2) // 96
  })

  it('is final once nothing is open: the score and the projection agree', () => {
    const s = qualityScore(200, ['minor'], { open: [] })
    expect(s).toMatchObject({ score: 99.5, open: 0, provisional: false, ifOpenConfirmed: 99.5, pass: true })
  })

  it('is final after an approver overrides the open findings', () => {
    const s = qualityScore(200, [], { open: ['critical'], overridden: true })
    expect(s).toMatchObject({ score: 100, open: 1, provisional: false, ifOpenConfirmed: 87.5 })
  })

  it('a clean import with open findings is not a pass yet, even though no error is confirmed', () => {
    const s = qualityScore(50, [], { open: ['critical'] })
    expect(s.score).toBe(100)
    expect(s.provisional).toBe(true)
    expect(s.ifOpenConfirmed).toBe(50)
  })
})

describe('countWords', () => {
  it('counts words as reviewers do: numbers and hyphenated or accented words are one word', () => {
    expect(countWords('El Perú registró 9,000 puestos (S/ 2.3 millones) en Covid-19.')).toBe(10)
    expect(countWords('  ')).toBe(0)
  })
})

describe('recountWords', () => {
  it('keeps a document total up to date from the paragraphs read again', () => {
    const counts: number[] = []
    expect(
      recountWords(
        [
          { position: 0, text: 'El ministro llegó.' },
          { position: 1, text: 'Hoy.' }
        ],
        counts
      )
    ).toBe(4)
    // The first paragraph edited: one word more, the second untouched.
    expect(recountWords([{ position: 0, text: 'El ministro llegó ayer.' }], counts)).toBe(1)
    expect(counts).toEqual([4, 1])
  })
})
