/**
 * Every bilingual export of a fully reviewed document validates against its standard's schema, with
 * xmllint (Debian: libxml2-utils; CI installs it) and the schemas in ../shared/fixtures/interop/schemas.
 * COTEJO_XMLLINT names another xmllint binary (e.g. one unpacked from the .deb without installing it).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../src/backend/services/open'
import type { ExportFormat } from '../../../../src/core/formats/export-formats'
import { apiCaller, importColourRelease } from '../../support/api'
import { colourCheck } from '../../support/checks'
import { tempDir } from '../../support/fs'
import { fullReview, ticking } from '../../support/full-review'

const SCHEMAS = resolve(process.cwd(), '../shared/fixtures/interop/schemas')
const COTEJO_XSD = resolve(process.cwd(), 'resources/schemas/cotejo-xliff12.xsd')
const XMLLINT = process.env['COTEJO_XMLLINT'] ?? 'xmllint'

function xmllintVersion(): string | null {
  const r = spawnSync(XMLLINT, ['--version'], { encoding: 'utf8' })
  return r.status === 0 ? ((r.stderr || r.stdout).split('\n')[0] ?? '') : null
}

const version = xmllintVersion()
const skipWhy =
  version === null
    ? `no xmllint (${XMLLINT}): install libxml2-utils or set COTEJO_XMLLINT`
    : !existsSync(SCHEMAS)
      ? `no schemas at ${SCHEMAS}`
      : null

/** Validates a file; the error lines when it is invalid, [] when valid. */
function validate(file: string, how: string[]): string[] {
  const r = spawnSync(XMLLINT, ['--nonet', '--noout', ...how, file], {
    encoding: 'utf8',
    env: { ...process.env, XML_CATALOG_FILES: join(SCHEMAS, 'catalog.xml') }
  })
  if (r.status === 0) return []
  return r.stderr.split('\n').filter((l) => /error/i.test(l))
}

/** A driver schema loading the strict XLIFF 1.2 core and Cotejo's extension, which strict needs to find. */
function strictDriver(dir: string): string {
  const path = join(dir, 'strict-driver.xsd')
  writeFileSync(
    path,
    `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:local:cotejo-strict-driver">
  <xs:import namespace="urn:oasis:names:tc:xliff:document:1.2" schemaLocation="${join(SCHEMAS, 'xliff-1.2/xliff-core-1.2-strict.xsd')}"/>
  <xs:import namespace="urn:cotejo:formats:1" schemaLocation="${COTEJO_XSD}"/>
</xs:schema>`
  )
  return path
}

describe.skipIf(skipWhy !== null)(`exports validate (${skipWhy ?? version ?? ''})`, () => {
  const rules: Array<[ExportFormat, string, (dir: string) => string[]]> = [
    [
      'xliff-1.2',
      'OASIS XLIFF 1.2 transitional',
      () => ['--schema', join(SCHEMAS, 'xliff-1.2/xliff-core-1.2-transitional.xsd')]
    ],
    ['xliff-1.2', 'OASIS XLIFF 1.2 strict + Cotejo extension', (dir) => ['--schema', strictDriver(dir)]],
    ['xliff-2.0', 'XLIFF 2 core', () => ['--schema', join(SCHEMAS, 'xliff-2.1/xliff_core_2.0.xsd')]],
    ['xliff-2.0', 'XLIFF 2 core + modules', () => ['--schema', join(SCHEMAS, 'xliff-2.1/xliff-2.1-all-modules.xsd')]],
    ['tmx', 'TMX 1.4b DTD', () => ['--dtdvalid', join(SCHEMAS, 'tmx/tmx14.dtd')]]
  ]

  it.each(rules)('%s against %s', async (format, _label, how) => {
    const dir = tempDir()
    const services = openServices(tempDir(), { checks: [colourCheck], now: ticking() })
    const call = apiCaller(services.handlers)
    const documentId = await fullReview(call)
    const file = await call('exportDocument', { documentId, format })
    const path = join(dir, file.fileName)
    writeFileSync(path, Buffer.from(file.base64, 'base64'))
    expect(validate(path, how(dir))).toEqual([])
    services.close()
  })

  it.each(rules)('%s against %s with a segment rejected, with its reason', async (format, _label, how) => {
    const dir = tempDir()
    const services = openServices(tempDir(), { checks: [colourCheck], now: ticking() })
    const call = apiCaller(services.handlers)
    await call('updateSettings', { reviewerName: 'Ana', reviewerRole: 'reviewer' })
    const { documentId } = await importColourRelease(call)
    await call('setSegmentStatus', { documentId, segment: 1, status: 'rejected', reason: 'Wrong <term> & tone' })
    const file = await call('exportDocument', { documentId, format, options: { tmxUnits: 'all' } })
    const path = join(dir, file.fileName)
    writeFileSync(path, Buffer.from(file.base64, 'base64'))
    expect(validate(path, how(dir))).toEqual([])
    services.close()
  })

  /** CAT files whose codes (paired, standalone, reordered, target-only) become the standard's code elements. */
  const CAT_FILES = [
    'sdlxliff/okapi-home_links15990.sdlxliff',
    'xliff2/oasis22-withReorderedCodes.xlf',
    'xliff1/t5-03-across.xlf'
  ]

  it.each(rules.flatMap((rule) => CAT_FILES.map((f) => [...rule, f] as const)))(
    '%s against %s with the inline codes of %s',
    async (format, _label, how, path) => {
      const dir = tempDir()
      const services = openServices(tempDir(), { now: ticking() })
      const call = apiCaller(services.handlers)
      const project = await call('createProject', { name: 'Codes' })
      const base64 = readFileSync(join(SCHEMAS, '..', path)).toString('base64')
      const { document } = await call('importBilingual', {
        projectId: project.id,
        file: { name: path.split('/').at(-1) ?? path, base64 }
      })
      const file = await call('exportDocument', { documentId: document.id, format, options: { tmxUnits: 'all' } })
      const out = join(dir, file.fileName)
      writeFileSync(out, Buffer.from(file.base64, 'base64'))
      expect(validate(out, how(dir))).toEqual([])
      services.close()
    }
  )

  it('a schema violation is reported (the check can fail)', () => {
    const dir = tempDir()
    const path = join(dir, 'bad.xlf')
    writeFileSync(
      path,
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="es" datatype="plaintext"><body><trans-unit id="1"><source>a</source><note kind="x">n</note></trans-unit></body></file></xliff>'
    )
    expect(validate(path, ['--schema', strictDriver(dir)])).not.toEqual([])
  })
})

describe.runIf(skipWhy !== null)('exports validate', () => {
  it.skip(`skipped: ${skipWhy ?? ''}`, () => {})
})
