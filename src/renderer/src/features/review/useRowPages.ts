import { useMemo, useState } from 'react'
import { api, unwrap } from '@renderer/api/client'
import { RowPageReader } from './row-pages'
import { NO_ROWS, PAGE_ROWS, type RowCache } from './rows'

/** The rows of the document on screen, read page by page (`RowPageReader` over `getRowPage`). */
export function useRowPages(
  documentId: number,
  onError: (err: unknown) => void
): { rows: RowCache; reader: RowPageReader } {
  const [rows, setRows] = useState<RowCache>(NO_ROWS)
  const reader = useMemo(
    () =>
      new RowPageReader(
        (page) => unwrap(api.getRowPage({ documentId, start: page * PAGE_ROWS, count: PAGE_ROWS })),
        setRows,
        onError
      ),
    [documentId, onError]
  )
  return { rows, reader }
}
