import { describe, expect, it } from 'vitest'
import { countWords, qualityScore, SEVERITY_WEIGHTS } from '../../../../src/core/review/score'

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
    expect(qualityScore(100, ['major'], 95).pass).toBe(true) // 95.0
    expect(qualityScore(100, ['major', 'minor'], 95).pass).toBe(false) // 94.0
  })

  it('never goes below zero, and an empty text with errors scores zero', () => {
    expect(qualityScore(10, ['critical']).score).toBe(0)
    expect(qualityScore(0, ['minor']).score).toBe(0)
    expect(qualityScore(0, []).score).toBe(100)
  })
})

describe('countWords', () => {
  it('counts words as reviewers do: numbers and hyphenated or accented words are one word', () => {
    expect(countWords('El Perú registró 9,000 puestos (S/ 2.3 millones) en Covid-19.')).toBe(10)
    expect(countWords('  ')).toBe(0)
  })
})
