import { describe, expect, it } from 'vitest'
import type { RowPage } from '../../../../../../src/core/api/contract'
import type { Bead, Paragraph } from '../../../../../../src/core/domain/document'
import { RowPageReader } from '../../../../../../src/renderer/src/features/review/row-pages'
import { PAGE_ROWS, rowText, type RowCache } from '../../../../../../src/renderer/src/features/review/rows'

/** A made-up page: each row's target says its position and the version of the text it holds. */
function page(index: number, version: string): RowPage {
  const positions = [0, 1, 2].map((k) => index * PAGE_ROWS + k)
  return {
    start: index * PAGE_ROWS,
    segmentCount: 10 * PAGE_ROWS,
    beads: positions.map((p) => ({ id: p + 1, position: p, source: [p], target: [p] }) as unknown as Bead),
    source: positions.map(
      (p) => ({ id: p + 1, position: p, text: `Fila ${p}`, originalText: `Fila ${p}` }) as Paragraph
    ),
    target: positions.map(
      (p) => ({ id: p + 1, position: p, text: `Row ${p} ${version}`, originalText: '' }) as Paragraph
    )
  }
}

/** A server whose page answers come when the test says: each question waits in `asked`. */
function slowServer() {
  const asked: Array<{ page: number; answer: (version: string) => void }> = []
  const readPage = (index: number): Promise<RowPage> =>
    new Promise((resolve) => asked.push({ page: index, answer: (version) => resolve(page(index, version)) }))
  return { asked, readPage }
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

function reader(readPage: (page: number) => Promise<RowPage>) {
  const shown: RowCache[] = []
  const errors: unknown[] = []
  const r = new RowPageReader(
    readPage,
    (rows) => shown.push(rows),
    (err) => errors.push(err)
  )
  return { r, shown, errors }
}

describe('the rows of a document read page by page', () => {
  it('asks for each page of the rows in view once, however often the list asks', async () => {
    const server = slowServer()
    const { r } = reader(server.readPage)
    r.ensure([0, 1, 2, PAGE_ROWS * 3])
    r.ensure([1, PAGE_ROWS * 3 + 1])
    expect(server.asked.map((a) => a.page)).toEqual([0, 3])
    for (const a of server.asked) a.answer('v1')
    await settle()
    r.ensure([2])
    expect(server.asked).toHaveLength(2)
    expect(rowText(r.current(), PAGE_ROWS * 3 + 2, 'target')).toBe(`Row ${PAGE_ROWS * 3 + 2} v1`)
  })

  it('reads a page again when a change to its rows came while it was read, and never shows the older text', async () => {
    const server = slowServer()
    const { r, shown } = reader(server.readPage)
    r.ensure([1])
    // Row 1 edited meanwhile: the screen took its new text from getRows.
    r.applyRows({
      beads: [page(0, 'x').beads[1]!],
      source: [],
      target: [{ ...page(0, 'x').target[1]!, text: 'Row 1 edited' }]
    })
    server.asked[0]!.answer('before the edit')
    await settle()
    expect(shown.every((rows) => rowText(rows, 1, 'target') !== 'Row 1 before the edit')).toBe(true)
    expect(server.asked).toHaveLength(2)
    server.asked[1]!.answer('after the edit')
    await settle()
    expect(rowText(r.current(), 1, 'target')).toBe('Row 1 after the edit')
  })

  it('keeps only the pages read again after a change to many rows, and reads a forgotten one when shown', async () => {
    const { r } = reader((index) => Promise.resolve(page(index, 'v1')))
    r.ensure([0, PAGE_ROWS * 5])
    await settle()
    await r.replace([PAGE_ROWS * 5 + 1])
    expect(rowText(r.current(), 0, 'target')).toBe('')
    expect(rowText(r.current(), PAGE_ROWS * 5, 'target')).toBe(`Row ${PAGE_ROWS * 5} v1`)
    r.ensure([0])
    await settle()
    expect(rowText(r.current(), 0, 'target')).toBe('Row 0 v1')
  })

  it('shows pages read again only when asked, and not over a row changed since they were read', async () => {
    const { r, shown } = reader((index) => Promise.resolve(page(index, 'v2')))
    const show = await r.readAgain([1])
    expect(shown).toHaveLength(0)
    show()
    expect(rowText(r.current(), 1, 'target')).toBe('Row 1 v2')
    const stale = await r.readAgain([1])
    r.applyRows({
      beads: [page(0, 'x').beads[1]!],
      source: [],
      target: [{ ...page(0, 'x').target[1]!, text: 'Row 1 v3' }]
    })
    stale()
    expect(rowText(r.current(), 1, 'target')).toBe('Row 1 v3')
  })

  it('reports a page that cannot be read, and asks for it again when the list does', async () => {
    let fail = true
    const { r, errors } = reader((index) =>
      fail ? Promise.reject(new Error('down')) : Promise.resolve(page(index, 'v1'))
    )
    r.ensure([0])
    await settle()
    expect(errors).toHaveLength(1)
    fail = false
    r.ensure([0])
    await settle()
    expect(rowText(r.current(), 0, 'target')).toBe('Row 0 v1')
  })
})
