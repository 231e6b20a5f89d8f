/**
 * `cotejo`: the checks and exports from a terminal, over the same core and services as the app.
 *   cotejo check ...     findings for combined files, a file pair, or JSONL segment pairs
 *   cotejo export ...    XLIFF, TMX, CSV, DOCX, text or the review report
 * Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 bad input (one line on stderr),
 * 3 internal error (one line; the stack with --debug). `main` never throws, so every caller
 * (bin/cotejo.mjs, the built cli.js, tests) gets one of these codes.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { AppError } from '../core/api/result'
import { isFormatError } from '../core/formats/errors'
import { boundHeapGrowth, skipCompilerInlining } from '../backend/v8-flags'
import { UsageError } from './args'

// The commands, the checks and the services are imported when a command runs: the process started
// as `node out/main/cli.js` runs its command in a worker thread (`runInWorker`), and its main
// thread, which only waits, then holds none of that code.
async function help(): Promise<string> {
  const [{ CHECK_HELP }, { EXPORT_HELP }] = await Promise.all([import('./check'), import('./export')])
  return `Cotejo: translation review from the command line.

${CHECK_HELP}

${EXPORT_HELP}

Add --debug to any command to print the stack of an internal error (exit code 3).`
}

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
  // A command line run is one cold pass over its files, as the app's check workers make.
  skipCompilerInlining()
  boundHeapGrowth()
  try {
    if (command === 'check') {
      const [{ runCheckCommand }, { alignParagraphs: align }, { loadSpeller }] = await Promise.all([
        import('./check'),
        import('../backend/services/align'),
        import('../backend/services/spell')
      ])
      return await runCheckCommand(rest, { out, align, spell: () => loadSpeller(), drained })
    }
    if (command === 'export') {
      const [{ runExportCommand }, { alignParagraphs: align }] = await Promise.all([
        import('./export'),
        import('../backend/services/align')
      ])
      return await runExportCommand(rest, { out, align })
    }
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      out(await help())
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

/** What the worker thread of `runInWorker` is given. */
interface CommandThread {
  cotejoCommand: string[]
}

/**
 * The young generation of the thread that runs a command, in MB. V8 lets it grow to 32 MB (two
 * semi-spaces of 16); a batch run's garbage is short-lived, and at 4 MB `cotejo check --jsonl`
 * peaked 25 MB lower on 10,000 news pairs at the same CPU time (paired runs). The size of a
 * heap's spaces is fixed when its isolate starts, hence a thread of its own.
 */
const YOUNG_GENERATION_MB = 4

/**
 * Runs the command in a worker thread with a small young generation and resolves with its exit
 * code (3 when the thread itself fails). Its output goes through this thread's stdout and stderr.
 * `--max-old-space-size` applies to the worker's heap as to this one's. The built `cli.js` and the
 * `cotejo` command (bin/cotejo.mjs) both run commands this way.
 */
export function runInWorker(argv: string[]): Promise<number> {
  const data: CommandThread = { cotejoCommand: argv }
  const worker = new Worker(new URL(import.meta.url), {
    workerData: data,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
  })
  let code = 3
  worker.on('message', (c: number) => (code = c))
  // A reader that went away (`cotejo check … | head`) took what it wanted: the command stops, quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err
    code = 0
    void worker.terminate()
  })
  worker.on('error', (err) => process.stderr.write(`cotejo: internal error: ${err.message}\n`))
  return new Promise((resolve) => worker.on('exit', () => resolve(code)))
}

const commandOf = (data: unknown): string[] | undefined => (data as CommandThread | null)?.cotejoCommand

// Run when executed (node out/main/cli.js), not when imported by tests.
if (isMainThread && process.argv[1] && /cli\.(js|mjs|ts)$/.test(process.argv[1])) {
  void runInWorker(process.argv.slice(2)).then((code) => (process.exitCode = code))
} else if (!isMainThread && commandOf(workerData)) {
  void main(commandOf(workerData) as string[]).then((code) => parentPort?.postMessage(code))
}
