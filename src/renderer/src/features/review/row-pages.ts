import type { RowFields, RowPage } from '@core/api/contract'
import type { DocumentView } from '@core/domain/document'
import { cacheOfPages, NO_ROWS, pagesOf, withRowsRead, type RowCache } from './rows'

/** How often a full read again is repeated when rows change while it is under way. */
const REPLACE_TRIES = 3

/**
 * The rows of one document the review screen has read, page by page: the pages in view and near
 * it, never the whole document. A page answer that a change overtook (it may hold a row as it
 * was before the change) is read again rather than shown.
 */
export class RowPageReader {
  private rows: RowCache = NO_ROWS
  /** Pages in the cache, and pages being read. */
  private readonly loaded = new Set<number>()
  private readonly reading = new Set<number>()
  /** Bumped by every change to the rows: page answers asked for before it are stale. */
  private generation = 0

  constructor(
    private readonly readPage: (page: number) => Promise<RowPage>,
    private readonly onChange: (rows: RowCache) => void,
    private readonly onError: (err: unknown) => void
  ) {}

  /** The rows as last set (key presses and queued actions must not see a render's). */
  current(): RowCache {
    return this.rows
  }

  /** Reads the pages of these rows not read yet: what the list calls as it scrolls near them. */
  ensure(positions: readonly number[]): void {
    for (const page of pagesOf(positions)) if (!this.loaded.has(page) && !this.reading.has(page)) this.read(page)
  }

  /** Rows read again after a change to them (`getRows`): pages being read are read again. */
  applyRows(read: Pick<DocumentView, RowFields>): void {
    this.generation++
    this.set(withRowsRead(this.rows, read))
  }

  /** Reads the pages of these rows again and forgets every other row (after a change to many rows). */
  async replace(positions: readonly number[]): Promise<void> {
    const show = await this.readAgain(positions)
    show()
  }

  /**
   * `replace` in two steps: reads the pages, and gives what shows them, so the screen can show
   * them in the same render as the header it read with them (a header of 4 rows over the rows of
   * 3 would show a row as still being read). Shows nothing if rows changed since they were read.
   */
  async readAgain(positions: readonly number[]): Promise<() => void> {
    const pages = pagesOf(positions.length > 0 ? positions : [0])
    for (let attempt = 1; ; attempt++) {
      const asked = ++this.generation
      const answers = await Promise.all(pages.map(this.readPage))
      if (asked !== this.generation && attempt < REPLACE_TRIES) continue
      return () => {
        if (asked !== this.generation && attempt < REPLACE_TRIES) return
        this.loaded.clear()
        for (const page of pages) this.loaded.add(page)
        this.set(cacheOfPages(answers))
      }
    }
  }

  private read(page: number): void {
    this.reading.add(page)
    const asked = this.generation
    this.readPage(page).then(
      (answer) => {
        this.reading.delete(page)
        if (this.loaded.has(page)) return
        if (asked !== this.generation) return this.read(page)
        this.loaded.add(page)
        this.set(withRowsRead(this.rows, answer))
      },
      (err: unknown) => {
        this.reading.delete(page)
        this.onError(err)
      }
    )
  }

  private set(rows: RowCache): void {
    this.rows = rows
    this.onChange(rows)
  }
}
