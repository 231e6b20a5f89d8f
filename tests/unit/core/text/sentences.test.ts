import { describe, expect, it } from 'vitest'
import { segmentSentences, sentencePieces, stopEndsSentence } from '../../../../src/core/text/sentences'
import type { Lang } from '../../../../src/core/domain/language'

const split = (text: string, lang: Lang = 'es'): string[] => segmentSentences(text, lang).map((s) => s.text)

describe('segmentSentences', () => {
  it('returns trimmed spans whose offsets point into the text, losing only whitespace', () => {
    const text = '  El ministro llegó a Cusco.   Inauguró el hospital regional.\nLuego visitó la obra.  '
    const spans = segmentSentences(text, 'es')
    expect(spans.map((s) => s.text)).toEqual([
      'El ministro llegó a Cusco.',
      'Inauguró el hospital regional.',
      'Luego visitó la obra.'
    ])
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text)
    const kept = spans.map((s) => s.text).join(' ')
    expect(kept.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
  })

  it('does not split after Spanish titles and abbreviations', () => {
    expect(
      split(
        'La Sra. Ana Ruiz y el Dr. Luis Paz se reunieron con la Dra. Rosa Díaz, el Lic. Juan Soto y el Ing. Pedro Vega. La reunión fue en Lima.'
      )
    ).toEqual([
      'La Sra. Ana Ruiz y el Dr. Luis Paz se reunieron con la Dra. Rosa Díaz, el Lic. Juan Soto y el Ing. Pedro Vega.',
      'La reunión fue en Lima.'
    ])
    expect(split('El Sr. Gómez firmó el convenio (ver pág. 12 y núm. 4 del anexo). Entró en vigor ayer.')).toEqual([
      'El Sr. Gómez firmó el convenio (ver pág. 12 y núm. 4 del anexo).',
      'Entró en vigor ayer.'
    ])
  })

  it('treats EE. UU. and etc. as sentence-final only when a new sentence clearly starts', () => {
    expect(split('La delegación viajó a EE. UU. para la cumbre. El retorno será el lunes.')).toEqual([
      'La delegación viajó a EE. UU. para la cumbre.',
      'El retorno será el lunes.'
    ])
    expect(split('Se firmó un acuerdo con EE. UU. El texto se publicará mañana.')).toEqual([
      'Se firmó un acuerdo con EE. UU.',
      'El texto se publicará mañana.'
    ])
    expect(split('Se entregaron mantas, botas, etc. La ayuda llegó a tiempo.')).toEqual([
      'Se entregaron mantas, botas, etc.',
      'La ayuda llegó a tiempo.'
    ])
  })

  it('handles English abbreviations, initials and months', () => {
    expect(
      split('Mr. Smith met U.S. officials on Jan. 15 in Lima. J. K. Rowling was not there. The talks went well.', 'en')
    ).toEqual([
      'Mr. Smith met U.S. officials on Jan. 15 in Lima.',
      'J. K. Rowling was not there.',
      'The talks went well.'
    ])
    expect(split('The loan came from the U.S. The bank approved it.', 'en')).toEqual([
      'The loan came from the U.S.',
      'The bank approved it.'
    ])
  })

  it('keeps numbers with points and commas whole', () => {
    expect(
      split('Se invirtieron S/ 2.3 millones en 9.000 viviendas. La tasa subió a 3.5 % y luego a 4,2 %. Es un récord.')
    ).toEqual([
      'Se invirtieron S/ 2.3 millones en 9.000 viviendas.',
      'La tasa subió a 3.5 % y luego a 4,2 %.',
      'Es un récord.'
    ])
  })

  it('ends a sentence after a full stop inside closing quotes', () => {
    expect(split('“Cumpliremos con la población.” Así lo afirmó la ministra.')).toEqual([
      '“Cumpliremos con la población.”',
      'Así lo afirmó la ministra.'
    ])
    expect(split('«Es un paso histórico». La obra beneficiará a 4 mil familias.')).toEqual([
      '«Es un paso histórico».',
      'La obra beneficiará a 4 mil familias.'
    ])
    expect(split('"We will deliver." That was the promise.', 'en')).toEqual([
      '"We will deliver."',
      'That was the promise.'
    ])
  })

  it('splits at ¿? and ¡! only when a new sentence starts', () => {
    expect(split('¿Qué sigue ahora? El plan tiene tres etapas. ¡Es una gran noticia! Todos celebraron.')).toEqual([
      '¿Qué sigue ahora?',
      'El plan tiene tres etapas.',
      '¡Es una gran noticia!',
      'Todos celebraron.'
    ])
    expect(split('¿Cuándo empieza?, preguntó un vecino.')).toEqual(['¿Cuándo empieza?, preguntó un vecino.'])
  })

  it('treats an ellipsis as a boundary only before a capital', () => {
    expect(split('Hubo dudas... Finalmente se aprobó. Dijo que quizá... o tal vez no.')).toEqual([
      'Hubo dudas...',
      'Finalmente se aprobó.',
      'Dijo que quizá... o tal vez no.'
    ])
  })

  it('keeps a heading without final punctuation apart from the text under it', () => {
    expect(split('Nueva sede regional\nEl gobierno regional inauguró su nueva sede.')).toEqual([
      'Nueva sede regional',
      'El gobierno regional inauguró su nueva sede.'
    ])
    expect(split('Nueva sede regional')).toEqual(['Nueva sede regional'])
  })

  it('does not split a numbered list marker from its item', () => {
    expect(split('1. Mejorar el acceso al agua potable.\n2. Ampliar la red de salud.')).toEqual([
      '1. Mejorar el acceso al agua potable.',
      '2. Ampliar la red de salud.'
    ])
  })

  it('returns nothing for empty or blank text', () => {
    expect(segmentSentences('', 'es')).toEqual([])
    expect(segmentSentences('  \n ', 'en')).toEqual([])
  })

  it('reads a word with an apostrophe as a word, not as an initial', () => {
    expect(split("She said she wouldn't. Nobody believed her.", 'en')).toEqual([
      "She said she wouldn't.",
      'Nobody believed her.'
    ])
  })

  it('ends a sentence after a name that follows a title', () => {
    expect(split('The award went to Mrs. Baxter. Several guests applauded.', 'en')).toEqual([
      'The award went to Mrs. Baxter.',
      'Several guests applauded.'
    ])
  })

  it('splits before a sentence opened with a backtick quote', () => {
    expect(split("The mayor smiled. `We did it,' she said.", 'en')).toEqual([
      'The mayor smiled.',
      "`We did it,' she said."
    ])
  })

  it('does not end a sentence at a middle initial', () => {
    expect(split('El informe lo firmó Carlos A. Mendoza ayer.')).toEqual([
      'El informe lo firmó Carlos A. Mendoza ayer.'
    ])
  })
})

describe('sentencePieces', () => {
  it('tiles the text with the same sentences, each with the whitespace after it', () => {
    const text = ' Llegó el Dr. Ríos.  Habló poco. '
    const pieces = sentencePieces(text, 'es')
    expect(pieces.map((p) => p.text)).toEqual([' Llegó el Dr. Ríos.  ', 'Habló poco. '])
    expect(pieces.map((p) => p.text).join('')).toBe(text)
    for (const p of pieces) expect(text.slice(p.start, p.end)).toBe(p.text)
  })
})

describe('stopEndsSentence', () => {
  const at = (text: string, before: string): boolean => stopEndsSentence(text, text.indexOf(before) + before.length)
  it('agrees with the splitter on abbreviations, initials and numbers', () => {
    expect(at('Lo recibió el Dr. Paz. El acto fue breve.', 'Dr')).toBe(false)
    expect(at('Lo recibió el Dr. Paz. El acto fue breve.', 'Paz')).toBe(true)
    expect(at('Firmó J. Pérez.', 'J')).toBe(false)
    expect(at('La tasa fue de 3.5 por ciento.', '3')).toBe(false)
    expect(at('Se compraron sillas, mesas, etc. El resto llega mañana.', 'etc')).toBe(true)
    expect(at('Se compraron sillas, mesas, etc. para la sede.', 'etc')).toBe(false)
  })
})
