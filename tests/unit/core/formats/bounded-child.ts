import { execFile } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..')
export const HOSTILE = join(ROOT, 'tests/fixtures/hostile')

export interface ChildOutcome {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/**
 * Runs a TypeScript module in a child Node with a small heap and a time limit, so a hostile
 * input that regresses to hanging or exhausting memory fails its test (killed, or out of heap)
 * instead of stalling the suite. Tests assert the outcome, never the duration.
 */
export function runBounded(module: string, args: readonly string[], heapMb = 256): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [`--max-old-space-size=${heapMb}`, '--import', 'tsx', join(ROOT, module), ...args],
      { cwd: ROOT, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0
        resolve({ code, signal: error?.signal ?? null, stdout, stderr })
      }
    )
  })
}
