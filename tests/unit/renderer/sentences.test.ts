import { describe, expect, it } from 'vitest'
import { rowSentences } from '../../../src/renderer/src/features/review/sentences'
import type { Paragraph } from '../../../src/core/domain/types'

const para = (side: 'source' | 'target', position: number, text: string): Paragraph => ({
  id: position,
  side,
  position,
  text,
  originalText: text
})

describe('sentence numbers of the active row', () => {
  it('numbers aligned sentences alike on both sides and marks the one left out of the translation', () => {
    const r = rowSentences(
      [
        para(
          'source',
          4,
          'El ministro llegó a Piura el lunes. Visitó tres colegios afectados por las lluvias. Anunció un bono de 500 soles.'
        )
      ],
      [para('target', 4, 'The minister arrived in Piura on Monday. He announced a bonus of 500 soles.')],
      'es',
      'en'
    )
    expect(r?.source.get(4)).toEqual([
      { start: 0, label: '1', orphan: false },
      { start: 36, label: '2', orphan: true },
      { start: 84, label: '3', orphan: false }
    ])
    expect(r?.target.get(4)?.map((m) => [m.label, m.orphan])).toEqual([
      ['1', false],
      ['3', false]
    ])
  })

  it('shows nothing for a row of one sentence a side, or with an empty side', () => {
    expect(rowSentences([para('source', 0, 'Hola.')], [para('target', 0, 'Hello.')], 'es', 'en')).toBeNull()
    expect(rowSentences([para('source', 0, 'Hola. Adiós.')], [], 'es', 'en')).toBeNull()
  })
})
