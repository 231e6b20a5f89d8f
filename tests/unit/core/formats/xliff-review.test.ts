import { describe, expect, it } from 'vitest'
import type { BilingualDocument } from '../../../../src/core/formats/model'
import { readXliff, writeXliff } from '../../../../src/core/formats/xliff'
import { sampleDocument } from './helpers'

/** The sample with a review record whose values are awkward: line breaks, edge spaces, markup characters, empty text. */
function reviewedSample(): BilingualDocument {
  const doc = sampleDocument()
  doc.units[0]!.review = {
    status: 'reviewed',
    corrections: [
      {
        paragraph: 0,
        before: '',
        after: '  <b> & “quotes” \n\n second paragraph ',
        reviewer: 'Lucía Ñahui',
        category: 'accuracy/mistranslation',
        severity: 'major',
        comment: 'Line one\nline two',
        findingKey: 'terms:0:abc',
        createdAt: '2024-05-07T09:15:00.000Z'
      }
    ],
    queries: [
      {
        question: '¿Se cita a la ministra?',
        status: 'answered',
        answer: 'Sí.',
        author: 'reviewer 2',
        sourceText: 'afirmó la ministra',
        createdAt: '2024-05-07T09:16:00.000Z',
        updatedAt: '2024-05-07T10:00:00.000Z'
      }
    ],
    decisions: [
      {
        findingKey: 'numbers:0:xyz',
        state: 'ignored',
        reason: 'House style',
        reviewer: 'Ana',
        updatedAt: '2024-05-07T09:17:00.000Z'
      },
      { findingKey: 'terms:0:abc', state: 'fixed', reviewer: 'Ana', updatedAt: '2024-05-07T09:15:00.000Z' }
    ]
  }
  doc.review = {
    status: 'approved',
    signoffs: [
      {
        action: 'approve',
        name: 'Rosa',
        role: 'communications',
        override: 'By phone',
        findingKeys: ['numbers:0:xyz', 'terms:9:q'],
        createdAt: '2024-05-08T09:00:00.000Z'
      }
    ],
    decisions: [{ findingKey: 'gone:99:k', state: 'ignored', reviewer: 'Ana', updatedAt: '2024-05-07T09:18:00.000Z' }]
  }
  // Cotejo's finding, the record's comment and its question are also notes, as the export writes them.
  doc.units[0]!.notes.push(
    { from: 'finding', text: 'Use “color”.', author: 'Cotejo', severity: 'minor' },
    { from: 'comment', text: 'Line one\nline two', author: 'Lucía Ñahui' },
    { from: 'query', text: '¿Se cita a la ministra?', author: 'reviewer 2' }
  )
  return doc
}

describe("XLIFF with Cotejo's review record", () => {
  for (const version of ['1.2', '2.0'] as const) {
    it(`XLIFF ${version}: the record comes back exactly; notes written from it are not notes again`, () => {
      const doc = reviewedSample()
      const back = readXliff(writeXliff(doc, version))
      expect(back.review).toEqual(doc.review)
      expect(back.units[0]?.review).toEqual(doc.units[0]?.review)
      // The file's own QA remark and comment stay; Cotejo's finding (found again on import), the
      // correction's comment and the query (restored from the record) are not notes again.
      expect(back.units[0]?.notes).toEqual(sampleDocument().units[0]?.notes)
      expect(back.units[1]).toEqual(doc.units[1])
    })
  }

  it('a record missing a required value is left out, not guessed', () => {
    const xml = writeXliff(reviewedSample(), '2.0').replace(/<mda:meta type="reviewer">Lucía Ñahui<\/mda:meta>/, '')
    expect(readXliff(xml).units[0]?.review?.corrections).toEqual([])
  })
})
