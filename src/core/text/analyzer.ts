import { RecentMap } from '../collections/recent'
import { scan, type Token } from './tokenize'
import { FormTable } from './word-forms'

/**
 * Per-text work of one job, owned by it (the job's `JobCache.text`): the token lists of the texts
 * read lately and one record per spelling. Both are bounded, and nothing here outlives the job, so
 * a long run (`cotejo check --jsonl`) replaces its analyzer every so many lines and keeps memory
 * flat.
 */
export class TextAnalyzer {
  private readonly tokenLists: RecentMap<string, Token[]>
  private readonly forms: FormTable
  /** What was worked out from one token list, by the function that did: dropped with the list. */
  private readonly fromTokens = new WeakMap<readonly Token[], Map<(tokens: readonly Token[]) => unknown, unknown>>()

  constructor(options: { texts?: number; spellings?: number } = {}) {
    this.tokenLists = new RecentMap(options.texts ?? 20_000)
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
   * `derive(tokens)`, worked out once per token list of this analyzer. `derive` must be a pure
   * function of the tokens declared once in its module (it is the key).
   */
  derived<T>(tokens: readonly Token[], derive: (tokens: readonly Token[]) => T): T {
    let done = this.fromTokens.get(tokens)
    if (!done) this.fromTokens.set(tokens, (done = new Map()))
    if (done.has(derive)) return done.get(derive) as T
    const value = derive(tokens)
    done.set(derive, value)
    return value
  }
}
