/**
 * `cotejo`: the checks and exports from a terminal, over the same core and services as the app.
 *   cotejo check ...     findings for combined files, a file pair, or JSONL segment pairs
 *   cotejo export ...    XLIFF, TMX, CSV, DOCX, text or the review report
 * Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 bad input (one line on stderr),
 * 3 internal error (one line; the stack with --debug). `main` never throws, so every caller
 * (bin/cotejo.mjs, the built cli.js, tests) gets one of these codes.
 */
import { AppError } from '../core/api/result'
import { isFormatError } from '../core/formats/errors'
import { alignParagraphs } from '../backend/services/align'
import { boundHeapGrowth, skipCompilerInlining } from '../backend/v8-flags'
import { loadSpeller } from '../backend/services/spell'
import { UsageError } from './args'
import { CHECK_HELP, runCheckCommand } from './check'
import { EXPORT_HELP, runExportCommand } from './export'

const HELP = `Cotejo: translation review from the command line.

${CHECK_HELP}

${EXPORT_HELP}

Add --debug to any command to print the stack of an internal error (exit code 3).`

/** A file-system error (missing file, a directory, no permission): the input is bad, not Cotejo. */
function isFileError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).syscall === 'string'
}

/** The message for bad input (exit 2), or undefined when the error is Cotejo's own (exit 3). */
function badInputMessage(err: unknown): string | undefined {
  if (err instanceof UsageError || err instanceof AppError || isFormatError(err)) return err.message
  if (isFileError(err))
    return err.path ? `cannot read ${err.path}: ${err.code}` : `cannot read the input: ${err.message}`
  return undefined
}

/** Resolves once stdout has room again (at once when it is a file, or a pipe on Linux: those write synchronously). */
const drained = (): Promise<void> =>
  process.stdout.writableNeedDrain
    ? new Promise((resolve) => process.stdout.once('drain', () => resolve()))
    : Promise.resolve()

export async function main(
  argv: string[],
  out: (t: string) => void = (t) => process.stdout.write(`${t}\n`)
): Promise<number> {
  const debug = argv.includes('--debug')
  const [command, ...rest] = argv.filter((a) => a !== '--debug')
  const align = alignParagraphs
  // A command line run is one cold pass over its files, as the app's check workers make.
  skipCompilerInlining()
  boundHeapGrowth()
  try {
    if (command === 'check') return await runCheckCommand(rest, { out, align, spell: () => loadSpeller(), drained })
    if (command === 'export') return await runExportCommand(rest, { out, align })
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      out(HELP)
      return command === undefined ? 2 : 0
    }
    throw new UsageError(`unknown command "${command}": use check or export`)
  } catch (err) {
    const bad = badInputMessage(err)
    if (bad !== undefined) {
      process.stderr.write(`cotejo: ${bad}\n`)
      return 2
    }
    const stack = err instanceof Error ? err.stack : undefined
    const line = (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).split('\n')[0]
    process.stderr.write(
      debug && stack ? `cotejo: internal error: ${stack}\n` : `cotejo: internal error: ${line} (--debug shows where)\n`
    )
    return 3
  }
}

// Run when executed (node out/main/cli.js), not when imported by tests.
if (process.argv[1] && /cli\.(js|mjs|ts)$/.test(process.argv[1])) {
  void main(process.argv.slice(2)).then((code) => process.exit(code))
}
