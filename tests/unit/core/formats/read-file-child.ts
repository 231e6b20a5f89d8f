/**
 * Child process for hostile-input tests: reads one file with one reader, from its UTF-8 bytes as the
 * app does, prints the outcome code.
 */
import { readFileSync } from 'node:fs'
import { fileSource } from '../../../../src/backend/import/decode'
import { isFormatError } from '../../../../src/core/formats/errors'
import { readTbx } from '../../../../src/core/formats/tbx'
import { readTmx } from '../../../../src/core/formats/tmx'
import { readXliff } from '../../../../src/core/formats/xliff'

const readers = { xliff: readXliff, tmx: readTmx, tbx: readTbx }
const [reader, file] = process.argv.slice(2) as [keyof typeof readers, string]
try {
  const result = readers[reader](fileSource(file, new Uint8Array(readFileSync(file))).utf8({ xml: true }))
  process.stdout.write(`ok ${'units' in result ? result.units.length : result.entries.length}\n`)
} catch (error) {
  process.stdout.write(isFormatError(error) ? `${error.code}\n` : `crash ${String(error)}\n`)
}
