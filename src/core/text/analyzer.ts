import { RecentMap } from '../collections/recent'
import { getOrMake } from '../collections/multimap'
import { scan, type Token } from './tokenize'
import { FormTable } from './word-forms'

/**
 * Per-text work of one job, owned by it (the job's `JobCache.text`): the token lists of the texts
 * read lately and one record per spelling. Both are bounded, and nothing here outlives its owner:
 * a long run of small jobs (`cotejo check --jsonl`) shares one over a window of lines, then
 * replaces it, and keeps memory flat.
 */
export class TextAnalyzer {
  private readonly tokenLists: RecentMap<string, Token[]>
  private readonly forms: FormTable
  private readonly memos = new Map<object, unknown>()

  /**
   * `texts` and `chars`: the token lists kept per generation, by number and by the length of their
   * texts (tokens take about 20 bytes a character, so one generation holds about 40 MB at most).
   */
  constructor(options: { texts?: number; chars?: number; spellings?: number } = {}) {
    this.tokenLists = new RecentMap(options.texts ?? 20_000, options.chars ?? 2_000_000, (text) => text.length)
    this.forms = new FormTable(options.spellings ?? 200_000)
  }

  /** The tokens of `text`, scanned once while it is recent. Shared: never mutate them. */
  tokenize(text: string): Token[] {
    const hit = this.tokenLists.get(text)
    if (hit) return hit
    const tokens = scan(text, this.forms)
    this.tokenLists.set(text, tokens)
    return tokens
  }

  /**
   * The analyzer's own value under `key` (a constant of the module that asks), made on first use:
   * for per-word memos (a word's near suggestion) that should last as long as the analyzer and
   * no longer. The maker bounds what it keeps.
   */
  memo<T>(key: object, make: () => T): T {
    return getOrMake(this.memos, key, make) as T
  }
}
