import { useCallback, useRef, useState } from 'react'
import type { RowFields, RowPage } from '@core/api/contract'
import type { DocumentView } from '@core/domain/document'
import { api, unwrap } from '@renderer/api/client'
import { cacheOfPages, NO_ROWS, PAGE_ROWS, pagesOf, withRowsRead, type RowCache } from './rows'

/** How often a full read again is repeated when rows change while it is under way. */
const REPLACE_TRIES = 3

export interface RowPages {
  rows: RowCache
  /** The rows as last set, for key presses and queued actions (which must not see a render's). */
  current: () => RowCache
  /** Reads the pages of these rows not read yet: what the list calls as it scrolls near them. */
  ensure: (positions: readonly number[]) => void
  /** Rows read again after a change to them (`getRows`). */
  applyRows: (rows: Pick<DocumentView, RowFields>) => void
  /** Reads the pages of these rows again and forgets every other row (after a change to many rows). */
  replace: (positions: readonly number[]) => Promise<void>
}

/**
 * The rows of a document the review screen has read, page by page (`getRowPage`): the pages in
 * view and near it, never the whole document. A page read that a change overtook (its answer may
 * hold a row as it was before) is read again rather than shown.
 */
export function useRowPages(documentId: number, onError: (err: unknown) => void): RowPages {
  const [rows, setRows] = useState<RowCache>(NO_ROWS)
  const rowsRef = useRef(rows)
  /** Pages in the cache, and pages being read. */
  const loaded = useRef(new Set<number>())
  const reading = useRef(new Set<number>())
  /** Bumped by every change to the rows: page answers asked for before it are stale. */
  const generation = useRef(0)

  const update = useCallback((next: (c: RowCache) => RowCache) => {
    rowsRef.current = next(rowsRef.current)
    setRows(rowsRef.current)
  }, [])

  const readPage = useCallback(
    (page: number): Promise<RowPage> =>
      unwrap(api.getRowPage({ documentId, start: page * PAGE_ROWS, count: PAGE_ROWS })),
    [documentId]
  )

  const ensure = useCallback(
    (positions: readonly number[]) => {
      const read = (page: number): void => {
        reading.current.add(page)
        const asked = generation.current
        readPage(page).then(
          (answer) => {
            reading.current.delete(page)
            if (loaded.current.has(page)) return
            // A change came after the question: the answer may hold a row as it was, so it is asked again.
            if (asked !== generation.current) return read(page)
            loaded.current.add(page)
            update((c) => withRowsRead(c, answer))
          },
          (err: unknown) => {
            reading.current.delete(page)
            onError(err)
          }
        )
      }
      for (const page of pagesOf(positions)) if (!loaded.current.has(page) && !reading.current.has(page)) read(page)
    },
    [readPage, update, onError]
  )

  const applyRows = useCallback(
    (read: Pick<DocumentView, RowFields>) => {
      generation.current++
      update((c) => withRowsRead(c, read))
    },
    [update]
  )

  const replace = useCallback(
    async (positions: readonly number[]) => {
      const pages = pagesOf(positions.length > 0 ? positions : [0])
      for (let attempt = 1; ; attempt++) {
        const asked = ++generation.current
        const answers = await Promise.all(pages.map(readPage))
        if (asked !== generation.current && attempt < REPLACE_TRIES) continue
        loaded.current = new Set(pages)
        update(() => cacheOfPages(answers))
        return
      }
    },
    [readPage, update]
  )

  const current = useCallback(() => rowsRef.current, [])
  return { rows, current, ensure, applyRows, replace }
}
