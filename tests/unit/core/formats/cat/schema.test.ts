import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCatFile, writeCatFile } from '../../../../../src/core/formats/cat'
import type { CatEdit, CatFile } from '../../../../../src/core/formats/cat/model'
import { placeholder, placeholdersOf } from '../../../../../src/core/formats/inline-codes'
import { tempDir } from '../../../support/fs'
import { HAS_INTEROP, INTEROP, interopFiles, interopText } from './interop'

const HAS_XMLLINT = spawnSync('xmllint', ['--version']).status === 0
const SCHEMAS = join(INTEROP, 'schemas')

/** xmllint's arguments for the schema of this file (as schemas/validate.sh picks them), or null. */
function schemaOf(file: CatFile, text: string): string[] | null {
  if (file.format === 'tmx' && file.version === '1.4') return ['--dtdvalid', join(SCHEMAS, 'tmx/tmx14.dtd')]
  if (file.format === 'xliff2')
    return text.includes('urn:oasis:names:tc:xliff:document:2.2')
      ? ['--schema', join(SCHEMAS, 'xliff-2.2/xliff-2.2-all-modules.xsd')]
      : ['--schema', join(SCHEMAS, 'xliff-2.1/xliff-2.1-all-modules.xsd')]
  if (text.includes('urn:oasis:names:tc:xliff:document:1.2'))
    return ['--schema', join(SCHEMAS, 'xliff-1.2/xliff-core-1.2-transitional.xsd')]
  return null
}

function valid(path: string, schema: string[]): boolean {
  const env = { ...process.env, XML_CATALOG_FILES: join(SCHEMAS, 'catalog.xml') }
  return spawnSync('xmllint', ['--nonet', '--noout', ...schema, path], { env }).status === 0
}

describe.skipIf(!HAS_INTEROP || !HAS_XMLLINT)('write-back against the standard schemas (xmllint)', () => {
  it('a file that validates still does with an edited target, a new target, a new state and a note', () => {
    const dir = tempDir()
    let checked = 0
    for (const fixture of interopFiles()) {
      const text = interopText(fixture.path)
      // xmllint reads the file's declared encoding; these are written back as UTF-8 here.
      if (/^\uFEFF?<\?xml[^>]*encoding="(?!utf-8)/i.test(text)) continue
      const file = readCatFile(text)
      const schema = schemaOf(file, text)
      const original = join(dir, `original-${checked}.xml`)
      writeFileSync(original, text)
      if (!schema || !valid(original, schema)) continue
      const edits = new Map<string, CatEdit>()
      for (const seg of [
        file.segments.find((s) => s.translate && s.target !== null),
        file.segments.find((s) => s.translate && s.target === null)
      ])
        if (seg)
          edits.set(seg.key, {
            target: `Revisado ${placeholdersOf(seg.source).map(placeholder).join(' ')}`,
            status: 'reviewed',
            notes: [{ from: 'comment', text: 'Nota <x> & y', author: 'Ana' }]
          })
      const written = join(dir, `written-${checked}.xml`)
      writeFileSync(written, writeCatFile(text, file, edits))
      expect(valid(written, schema), fixture.path).toBe(true)
      checked++
    }
    expect(checked).toBeGreaterThan(25)
  })
})
