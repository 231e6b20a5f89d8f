/**
 * `cotejo`: the checks and exports from a terminal, over the same core and services as the app.
 *   cotejo check ...     findings for combined files, a file pair, or JSONL segment pairs
 *   cotejo export ...    XLIFF, TMX, CSV, DOCX, text or the review report
 */
import { AppError } from '../core/api/result'
import { isFormatError } from '../core/formats/errors'
import { alignParagraphs } from '../backend/services/align'
import { skipCompilerInlining } from '../backend/checks/compiler-flags'
import { loadSpeller } from '../backend/services/spell'
import { UsageError } from './args'
import { CHECK_HELP, runCheckCommand } from './check'
import { EXPORT_HELP, runExportCommand } from './export'

const HELP = `Cotejo: translation review from the command line.

${CHECK_HELP}

${EXPORT_HELP}`

/** Resolves once stdout has room again (at once when it is a file, or a pipe on Linux: those write synchronously). */
const drained = (): Promise<void> =>
  process.stdout.writableNeedDrain
    ? new Promise((resolve) => process.stdout.once('drain', () => resolve()))
    : Promise.resolve()

export async function main(
  argv: string[],
  out: (t: string) => void = (t) => process.stdout.write(`${t}\n`)
): Promise<number> {
  const [command, ...rest] = argv
  const align = alignParagraphs
  // A command line run is one cold pass over its files, as the app's check workers make.
  skipCompilerInlining()
  try {
    if (command === 'check') return await runCheckCommand(rest, { out, align, spell: () => loadSpeller(), drained })
    if (command === 'export') return await runExportCommand(rest, { out, align })
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      out(HELP)
      return command === undefined ? 2 : 0
    }
    throw new UsageError(`unknown command "${command}": use check or export`)
  } catch (err) {
    if (err instanceof UsageError || err instanceof AppError || isFormatError(err)) {
      process.stderr.write(`cotejo: ${err.message}\n`)
      return 2
    }
    throw err
  }
}

// Run when executed (node out/main/cli.js), not when imported by tests.
if (process.argv[1] && /cli\.(js|mjs|ts)$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(
        `cotejo: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`
      )
      process.exit(3)
    }
  )
}
