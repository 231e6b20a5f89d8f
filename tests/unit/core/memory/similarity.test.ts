import { describe, expect, it } from 'vitest'
import { lookupWords, memoryWords, similarity } from '../../../../src/core/memory/similarity'

const alike = (a: string, b: string): number => similarity(memoryWords(a), memoryWords(b))

describe('memory similarity', () => {
  it('is 1 for the same words, whatever the case, accents and punctuation', () => {
    expect(alike('La Dirección de Obras abrió el concurso.', 'la direccion de obras abrio el concurso')).toBe(1)
  })

  it('counts changed, added and dropped words over the longer segment', () => {
    // One word of five changed.
    expect(alike('El alcalde inauguró la biblioteca', 'El alcalde inauguró la piscina')).toBeCloseTo(0.8)
    // One word added to four.
    expect(alike('El alcalde inauguró obras', 'El alcalde inauguró nuevas obras')).toBeCloseTo(0.8)
    expect(alike('El alcalde inauguró la biblioteca', 'Se suspendió el partido de fútbol')).toBeLessThan(0.3)
  })

  it('keeps numbers and dates as words, so a changed figure lowers the match', () => {
    expect(alike('Se invirtieron 3.500 millones en 2025', 'Se invirtieron 4.200 millones en 2025')).toBeLessThan(1)
  })

  it('asks the index for the longest distinct words', () => {
    expect(lookupWords(memoryWords('La red de agua potable de la región llega a la región norte'), 3)).toEqual([
      'potable',
      'region',
      'llega'
    ])
  })
})
