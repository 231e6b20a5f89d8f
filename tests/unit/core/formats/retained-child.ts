/**
 * Child process for the retention test: reads one bilingual file as an import does, then prints
 * how much heap the result holds once everything else is collected, and the file's size.
 */
import { readFileSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { readBilingualFile } from '../../../../src/backend/formats'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
const [file] = process.argv.slice(2) as [string]
const bytes = new Uint8Array(readFileSync(file))
gc()
const before = process.memoryUsage().heapUsed
const read = await readBilingualFile(file, bytes)
gc()
const held = process.memoryUsage().heapUsed - before
process.stdout.write(`${read.value.units.length} ${held} ${bytes.length}\n`)
