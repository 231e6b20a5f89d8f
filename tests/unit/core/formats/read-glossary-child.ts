/** Child process for the glossary memory test: reads one termbase as an import does, prints the outcome. */
import { readFileSync } from 'node:fs'
import { readGlossaryFile } from '../../../../src/backend/formats'

const [file] = process.argv.slice(2) as [string]
const { value } = await readGlossaryFile(file, new Uint8Array(readFileSync(file)))
process.stdout.write(`ok ${value.entries.length} ${value.skipped.length}\n`)
