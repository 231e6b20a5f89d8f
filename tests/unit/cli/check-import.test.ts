import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Document, Packer, Paragraph } from 'docx'
import iconv from 'iconv-lite'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openServices } from '../../../src/backend/services/open'
import { main } from '../../../src/cli/index'
import { apiCaller, apiFailure } from '../support/api'
import { tempDir } from '../support/fs'

// A made-up release: Spanish, the separator line, English.
const ES = ['La Municipalidad inauguró el nuevo puente peatonal en Miraflores.', 'La obra costó 2,5 millones de soles.']
const EN = ['The Municipality opened the new pedestrian bridge in Miraflores.', 'The work cost 2.5 million soles.']
const COMBINED = `${ES.join('\n\n')}\n\nEnglish translation\n\n${EN.join('\n\n')}\n`

interface CheckJson {
  documents: Array<{
    file: string
    sourceLang: string
    targetLang: string
    sourceParagraphs: string[]
    targetParagraphs: string[]
    findings: Array<{ checkId: string }>
    checksRun: string[]
    checksSkipped: Array<{ checkId: string; reason: string }>
  }>
}

let stderr: string[]
beforeEach(() => {
  stderr = []
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(String(chunk))
    return true
  })
})
afterEach(() => vi.restoreAllMocks())

async function check(...argv: string[]): Promise<{ code: number; json: CheckJson | null }> {
  const lines: string[] = []
  const code = await main(['check', ...argv, '--format', 'json', '--no-spelling'], (t) => lines.push(t))
  return { code, json: code === 2 ? null : (JSON.parse(lines.join('\n')) as CheckJson) }
}

function write(name: string, bytes: string | Uint8Array): string {
  const path = join(tempDir(), name)
  writeFileSync(path, bytes)
  return path
}

/** What the app answers when the same file is imported through its API. */
async function appRefusal(name: string, bytes: Uint8Array): Promise<string | undefined> {
  const services = openServices(tempDir())
  const call = apiCaller(services.handlers)
  const { id } = await call('createProject', { name: 'P' })
  const file = { name, base64: Buffer.from(bytes).toString('base64') }
  const failure = await apiFailure(call('importCombined', { projectId: id, file, sourceLang: 'es', targetLang: 'en' }))
  services.close()
  return failure?.message
}

describe('cotejo check reads files the way the app imports them', () => {
  it('reads a Windows-1252 combined release exactly like its UTF-8 copy', async () => {
    const utf8 = await check(write('nota.txt', COMBINED))
    const legacy = await check(write('nota.txt', iconv.encode(COMBINED, 'windows-1252')))
    expect(utf8.json?.documents[0]?.sourceParagraphs).toEqual(ES)
    expect(legacy.json?.documents[0]?.sourceParagraphs).toEqual(ES)
    expect(legacy.json?.documents[0]?.targetParagraphs).toEqual(EN)
  })

  it('checks an English→Dutch XLIFF in its own languages, with the checks that apply to them', async () => {
    const xliff =
      '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">' +
      '<file original="a.txt" datatype="plaintext" source-language="en-US" target-language="nl-NL"><body>' +
      '<trans-unit id="1"><source>Sales rose 25% in 2025.</source><target>De omzet steeg in 2025 met 52%.</target></trans-unit>' +
      '</body></file></xliff>'
    const { json } = await check(write('handleiding.xlf', xliff))
    const doc = json?.documents[0]
    expect(doc).toMatchObject({ sourceLang: 'en-US', targetLang: 'nl-NL' })
    expect(doc?.checksRun).toContain('numbers')
    expect(doc?.checksSkipped).toContainEqual({ checkId: 'spelling', reason: 'languages' })
    expect(doc?.findings.map((f) => f.checkId)).toEqual(['numbers', 'numbers'])
  })

  it('checks a TMX file, as the app imports it', async () => {
    const tmx =
      '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="es-PE" segtype="paragraph" ' +
      'datatype="plaintext" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>' +
      ES.map(
        (s, i) => `<tu><tuv xml:lang="es-PE"><seg>${s}</seg></tuv><tuv xml:lang="en"><seg>${EN[i]}</seg></tuv></tu>`
      ).join('') +
      '</body></tmx>'
    const { code, json } = await check(write('memoria.tmx', tmx))
    expect(code).not.toBe(2)
    // The file's own languages, as it writes them: never relabelled.
    expect(json?.documents[0]).toMatchObject({
      sourceLang: 'es-PE',
      targetLang: 'en',
      sourceParagraphs: ES,
      targetParagraphs: EN,
      checksRun: expect.arrayContaining(['spelling', 'numbers'])
    })
  })

  it('checks two Word documents given as --source and --target', async () => {
    const docx = async (paras: string[]) =>
      new Uint8Array(
        await Packer.toBuffer(new Document({ sections: [{ children: paras.map((p) => new Paragraph(p)) }] }))
      )
    const { json } = await check(
      '--source',
      write('nota.es.docx', await docx(ES)),
      '--target',
      write('nota.en.docx', await docx(EN))
    )
    expect(json?.documents[0]).toMatchObject({ sourceParagraphs: ES, targetParagraphs: EN })
  })

  it.each([
    ['a combined file without the separator line', 'sin.txt', new Uint8Array(Buffer.from(ES.join('\n\n')))],
    ['a binary file', 'foto.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['an empty file', 'vacio.txt', new Uint8Array(0)]
  ])('refuses %s with the message the app gives', async (_label, name, bytes) => {
    const { code } = await check(write(name, bytes))
    expect(code).toBe(2)
    const message = await appRefusal(name, bytes)
    expect(message).toBeDefined()
    expect(stderr.join('')).toBe(`cotejo: ${message}\n`)
  })
})
