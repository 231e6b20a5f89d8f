import { describe, expect, it } from 'vitest'
import { parseCombined } from '../../../../src/core/formats/combined'
import { splitParagraphs } from '../../../../src/core/formats/paragraphs'
import { seedFiles, seedParagraphs } from '../../support/seeds'

describe('splitParagraphs', () => {
  it('takes one paragraph a line when there are no blank lines', () => {
    expect(splitParagraphs('Primero.\nSegundo.\nTercero.')).toEqual(['Primero.', 'Segundo.', 'Tercero.'])
  })

  it('joins hard-wrapped lines inside blank-line-separated blocks', () => {
    const text = 'El ministro dijo\nque el plan sigue.\n\nLa reunión terminó\na las diez.\n'
    expect(splitParagraphs(text)).toEqual(['El ministro dijo que el plan sigue.', 'La reunión terminó a las diez.'])
  })

  it('treats CRLF, CR and Unicode separators like LF and drops a BOM', () => {
    expect(splitParagraphs('\uFEFFUno.\r\n\r\nDos.\rTres.\u2029\u2029Cuatro.')).toEqual([
      'Uno.',
      'Dos. Tres.',
      'Cuatro.'
    ])
  })

  it('keeps Markdown headings and list items as paragraphs of their own', () => {
    const md = '# Título\nTexto del primer párrafo\nque sigue.\n\n- Punto uno\n- Punto dos\n'
    expect(splitParagraphs(md)).toEqual([
      '# Título',
      'Texto del primer párrafo que sigue.',
      '- Punto uno',
      '- Punto dos'
    ])
  })

  it('keeps spacing inside a paragraph: reviewers must see double spaces', () => {
    expect(splitParagraphs('Dos  espacios.')).toEqual(['Dos  espacios.'])
  })
})

describe('parseCombined', () => {
  it.each(seedFiles().map((f) => [f.name, f.text] as const))(
    'reads the seed %s paragraph for paragraph',
    (_name, text) => {
      const parsed = parseCombined(text)
      expect(parsed.ok).toBe(true)
      if (!parsed.ok) return
      expect(parsed.value).toEqual(seedParagraphs(text))
    }
  )

  it('reads the seeds with Windows line endings and blank-line blocks the same way', () => {
    for (const seed of seedFiles()) {
      const crlf = seed.text.replace(/\n/g, '\r\n')
      expect(parseCombined(crlf)).toEqual(parseCombined(seed.text))
    }
  })

  it('accepts the separator with different case, a colon, or as a Markdown heading', () => {
    for (const sep of ['ENGLISH TRANSLATION', 'English translation:', '## English translation']) {
      expect(parseCombined(`Hola.\n${sep}\nHello.`)).toEqual({
        ok: true,
        value: { source: ['Hola.'], target: ['Hello.'] }
      })
    }
  })

  it('does not take the phrase inside a sentence for the separator', () => {
    expect(parseCombined('El texto cita la English translation del acuerdo.\nOtra línea.')).toEqual({
      ok: false,
      error: 'noSeparator'
    })
  })

  it('reports a missing separator and empty sides', () => {
    expect(parseCombined('Solo español.')).toEqual({ ok: false, error: 'noSeparator' })
    expect(parseCombined('English translation\nOnly English.')).toEqual({ ok: false, error: 'emptySource' })
    expect(parseCombined('Solo español.\nEnglish translation\n\n  \n')).toEqual({ ok: false, error: 'emptyTarget' })
  })
})
