import { describe, expect, it } from 'vitest'
import { renderingsOf, type RenderedPair } from '../../../../src/core/memory/renderings'

const pair = (source: string, target: string, changedAt: string): RenderedPair => ({
  source,
  target,
  sourceLang: 'es',
  targetLang: 'en',
  changedAt
})

describe('renderings of a phrase in approved pairs', () => {
  it('groups the pairs by how the phrase was rendered, with counts and first and last dates', () => {
    const groups = renderingsOf('Secretaría de Gobierno', [
      pair(
        'La Secretaría de Gobierno presentó el plan.',
        'The Government Secretariat presented the plan.',
        '2026-01-04T10:00:00Z'
      ),
      pair(
        'El titular de la Secretaría de Gobierno viajó a Lima.',
        'The head of the Government Secretariat travelled to Lima.',
        '2026-03-18T10:00:00Z'
      ),
      pair(
        'La Secretaría de Gobierno abrió una consulta pública.',
        'The Secretariat of Government opened a public consultation.',
        '2026-02-11T10:00:00Z'
      )
    ])
    expect(groups.map((g) => [g.rendering, g.count, g.first.slice(0, 10), g.last.slice(0, 10)])).toEqual([
      ['Government Secretariat', 2, '2026-01-04', '2026-03-18'],
      ['Secretariat of Government', 1, '2026-02-11', '2026-02-11']
    ])
  })

  it('counts a rendering once per occurrence and ignores pairs that hold the words but not the phrase', () => {
    const groups = renderingsOf('Ministerio de Salud', [
      pair(
        'El Ministerio de Salud y el Ministerio de Salud regional firmaron.',
        'The Ministry of Health and the regional Ministry of Health signed.',
        '2026-05-01T10:00:00Z'
      ),
      pair('La salud es un derecho del ministerio.', 'Health is a right of the ministry.', '2026-05-02T10:00:00Z')
    ])
    expect(groups.map((g) => [g.rendering, g.count])).toEqual([['Ministry of Health', 2]])
  })
})
