import { describe, expect, it } from 'vitest'
import { fileLanguages, readImport } from '../../../../src/backend/import/plan'

const xliff = (langs: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="handleiding.txt" datatype="plaintext" ${langs}>
    <body>
      <trans-unit id="1"><source>Press Start.</source><target>Druk op Start.</target></trans-unit>
      <trans-unit id="2"><source>Done.</source><target>Klaar.</target></trans-unit>
    </body>
  </file>
</xliff>`

const files = (text: string) => [{ name: 'handleiding.xlf', base64: Buffer.from(text, 'utf8').toString('base64') }]

describe('languages of an import', () => {
  it('keeps the languages a bilingual file states, canonical, whatever was chosen', async () => {
    const plan = await readImport({
      kind: 'files',
      files: files(xliff('source-language="en-us" target-language="nl_NL"')),
      sourceLang: 'es',
      targetLang: 'en'
    })
    expect([plan.document.sourceLang, plan.document.targetLang]).toEqual(['en-US', 'nl-NL'])
  })

  it('uses the chosen languages only for what the file leaves unsaid', () => {
    const chosen = { sourceLang: 'en', targetLang: 'es' } as const
    expect(fileLanguages({ sourceLang: 'de-DE', targetLang: null }, chosen)).toEqual({
      sourceLang: 'de-DE',
      targetLang: 'es'
    })
    expect(fileLanguages({ sourceLang: '', targetLang: 'not a tag' }, chosen)).toEqual(chosen)
  })

  it('keeps the chosen languages of pasted text', async () => {
    const plan = await readImport({
      kind: 'text',
      name: 'N',
      source: 'Hello.',
      target: 'Hola.',
      sourceLang: 'en',
      targetLang: 'es'
    })
    expect([plan.document.sourceLang, plan.document.targetLang]).toEqual(['en', 'es'])
  })
})
