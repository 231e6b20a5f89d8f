import { setFlagsFromString } from 'node:v8'

let applied = false

/**
 * Turns off inlining in V8's optimizing compiler (TurboFan) for this process and its worker
 * threads. A check run is one pass over text that the checks have not seen, through hundreds of
 * functions: compiling each hot one with its callees inlined costs more than the faster code
 * saves. On the benchmark's 10,000 news paragraphs (Node 20, alternating runs) the checks took a
 * tenth to a sixth less CPU time without it, in the workers and on one thread alike, and less
 * after a warm-up on other text too. On V8 14.6 (Node 26; Electron 45 runs 15.6, which cannot be
 * timed here) it makes little difference (0.98×), and does no harm. Findings are the same:
 * inlining changes how code is compiled, never what it does.
 *
 * The compiler reads this flag afresh for every function it compiles, so changing it while the
 * process runs is safe, whereas changing the sizes of the heap's spaces then crashes V8.
 * Node and Electron's main process both start V8 with `--no-freeze-flags-after-init`, which is
 * what lets a running process change a flag at all. Call it before the check workers start: code
 * compiled already keeps its inlining.
 */
export function skipCompilerInlining(): void {
  if (applied) return
  applied = true
  setFlagsFromString('--no-turbo-inlining')
}

let bounded = false

/**
 * Lets the heap grow by a quarter past what the last full collection kept, where V8 would let it
 * grow up to fourfold. A batch run's live data is small and steady (the dictionaries, the lexicon,
 * one window of analyses: about 60 MB for `cotejo check --jsonl`), but its garbage is not, and with
 * V8's own factor the heap reached 3 times that before a full collection. Measured on 10,000 news
 * pairs: peak RSS 394 → 218 MB; the extra collections cost up to a tenth more CPU (paired runs on
 * a loaded machine varied by as much). The collector reads this factor afresh each time it sets
 * the next limit, so setting it in a running process is safe. The check worker runner sets it
 * too (for the whole process: the flag is not per thread): each re-check after an edit leaves a
 * few MB of garbage in the workers' old generations, and with V8's factor the process grew by
 * about a third over 50 edits at 5,000 paragraphs (`bench/latency.ts`), with it by 8-14 %.
 */
export function boundHeapGrowth(): void {
  if (bounded) return
  bounded = true
  setFlagsFromString('--heap-growing-percent=25')
}
