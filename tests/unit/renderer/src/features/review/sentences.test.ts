import { describe, expect, it } from 'vitest'
import { rowSentences } from '../../../../../../src/renderer/src/features/review/sentences'
import type { BeadSentences, Paragraph } from '../../../../../../src/core/domain/document'

const para = (side: 'source' | 'target', position: number, text: string): Paragraph => ({
  id: position,
  side,
  position,
  text,
  originalText: text
})

describe('sentence numbers of the active row', () => {
  it('numbers aligned sentences alike on both sides and marks the one left out of the translation', () => {
    // As the aligner stores them with the bead: three source sentences, two target ones, the middle one dropped.
    const sentences: BeadSentences = {
      source: [
        [
          [0, 35],
          [36, 83],
          [84, 112]
        ]
      ],
      target: [
        [
          [0, 40],
          [41, 76]
        ]
      ],
      links: [
        { source: [0], target: [0], confidence: 0.99 },
        { source: [1], target: [], confidence: 0.97 },
        { source: [2], target: [1], confidence: 0.98 }
      ]
    }
    const r = rowSentences(
      sentences,
      [
        para(
          'source',
          4,
          'El ministro llegó a Piura el lunes. Visitó tres colegios afectados por las lluvias. Anunció un bono de 500 soles.'
        )
      ],
      [para('target', 4, 'The minister arrived in Piura on Monday. He announced a bonus of 500 soles.')]
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

  it('numbers sentences across the paragraphs of a row of several', () => {
    const sentences: BeadSentences = {
      source: [[[0, 20]], [[0, 18]]],
      target: [
        [
          [0, 22],
          [23, 40]
        ]
      ],
      links: [
        { source: [0], target: [0], confidence: 0.9 },
        { source: [1], target: [1], confidence: 0.9 }
      ]
    }
    const r = rowSentences(
      sentences,
      [para('source', 2, 'Llegó el 5 de marzo.'), para('source', 3, 'Partió el 9 de mayo.')],
      [para('target', 2, 'He arrived on 5 March. He left on 9 May.')]
    )
    expect(r?.source.get(3)).toEqual([{ start: 0, label: '2', orphan: false }])
    expect(r?.target.get(2)?.map((m) => [m.start, m.label])).toEqual([
      [0, '1'],
      [23, '2']
    ])
  })

  it('shows nothing for a row of one sentence a side, or with an empty side', () => {
    const one: BeadSentences = {
      source: [[[0, 5]]],
      target: [[[0, 6]]],
      links: [{ source: [0], target: [0], confidence: 1 }]
    }
    expect(rowSentences(one, [para('source', 0, 'Hola.')], [para('target', 0, 'Hello.')])).toBeNull()
    const lone: BeadSentences = {
      source: [
        [
          [0, 5],
          [6, 12]
        ]
      ],
      target: [],
      links: []
    }
    expect(rowSentences(lone, [para('source', 0, 'Hola. Adiós.')], [])).toBeNull()
  })
})
