import { describe, expect, it } from 'vitest'
import { readImport } from '../../../../src/backend/import/plan'
import { AppError } from '../../../../src/core/api/result'
import { MAX_PARAGRAPH_CHARS, MAX_PARAGRAPHS, MAX_WORD_CHARS } from '../../../../src/core/formats/limits'
import { firstOverLimit } from '../../../../src/core/formats/text-limits'

const LANGS = { sourceLang: 'es', targetLang: 'en' } as const

async function refusal(source: string, target: string): Promise<AppError | undefined> {
  try {
    await readImport({ kind: 'text', name: 'pegado', source, target, ...LANGS })
    return undefined
  } catch (err) {
    if (err instanceof AppError) return err
    throw err
  }
}

describe('limits on imported text', () => {
  it('finds a word or a paragraph over its limit, and nothing in ordinary long text', () => {
    const word = 'a'.repeat(MAX_WORD_CHARS + 1)
    expect(firstOverLimit(['Bien.', `Hola ${word} adiós`])).toEqual({
      kind: 'word',
      paragraph: 1,
      length: MAX_WORD_CHARS + 1,
      limit: MAX_WORD_CHARS
    })
    const sentences = 'El Gobierno anunció hoy nuevas medidas. '.repeat(Math.ceil(MAX_PARAGRAPH_CHARS / 40) + 1)
    expect(firstOverLimit([sentences])?.kind).toBe('paragraph')
    // A long URL-like run and a 20,000-sentence paragraph just under the limit are fine.
    expect(firstOverLimit(['x'.repeat(MAX_WORD_CHARS), sentences.slice(0, MAX_PARAGRAPH_CHARS)])).toBeNull()
  })

  it('refuses a paste holding a ten-million-letter word (which overflowed the stack), saying where', async () => {
    // Two-byte text ("“") is what made V8's Unicode regular expressions overflow on long runs.
    const error = await refusal('“Hola”.', `Bien.\n\n“${'b'.repeat(10_000_000)}”`)
    expect(error?.code).toBe('import.wordTooLong')
    expect(error?.params).toMatchObject({ file: 'target', paragraph: 2, limit: MAX_WORD_CHARS })
  })

  it('refuses a paste with a paragraph of more than a million characters', async () => {
    const error = await refusal('El Gobierno anunció. '.repeat(60_000), 'The Government announced.')
    expect(error?.code).toBe('import.paragraphTooLong')
    expect(error?.params).toMatchObject({ file: 'source', paragraph: 1, limit: MAX_PARAGRAPH_CHARS })
  })

  it('refuses a paste of 32,000 one-line paragraphs (the issue-21 paste), saying how many', async () => {
    const lines = Array.from({ length: 32_000 }, (_, k) => `P ${k}.`).join('\n\n')
    const error = await refusal(lines, 'The Government announced measure number 1 today in Lima.')
    expect(error?.code).toBe('import.tooManyParagraphs')
    expect(error?.params).toEqual({ file: 'source', count: 32_000, limit: MAX_PARAGRAPHS })
  })
})
