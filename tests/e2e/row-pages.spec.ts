import { apiCaller, expect, test } from './support/app'

const ROWS = 1500

test.describe('a large document read page by page', () => {
  test('opens without reading every row, and a far row is reached, edited and kept', async ({ page, app, request }) => {
    test.setTimeout(120_000)
    await page.goto(app.url)
    const call = apiCaller(request, app)
    const project = await call('createProject', { name: 'Páginas' })
    const numbers = Array.from({ length: ROWS }, (_, i) => i + 1)
    const imported = await call('importPasted', {
      projectId: project.value.id,
      name: 'Largo',
      source: numbers.map((n) => `La parcela ${n} pasa a ser un huerto vecinal.`).join('\n\n'),
      target: numbers.map((n) => `Plot ${n} becomes a community garden.`).join('\n\n')
    })
    const documentId = imported.value.document!.id
    const methods: string[] = []
    page.on('request', (r) => {
      const m = /\/api\/(\w+)$/.exec(r.url())
      if (m) methods.push(m[1]!)
    })
    await page.goto(`${app.origin}/#/document/${documentId}`)
    await expect(page.locator('[data-testid="bead-row"][data-index="0"]')).toContainText('Plot 1 becomes')
    await expect(page.getByTestId('progress')).toHaveText(`0 of ${ROWS} segments reviewed`)
    expect(methods).not.toContain('getDocument')
    expect(methods).toContain('getRowPage')

    // Scrolled to the end: the last rows' page is read as the list comes near it. (Rows measured as
    // they show make the list shorter than estimated: the end is scrolled to until it stays there.)
    const last = page.locator(`[data-testid="bead-row"][data-index="${ROWS - 1}"]`)
    await expect(async () => {
      await page.getByTestId('grid-body').evaluate((el) => (el.scrollTop = el.scrollHeight))
      await expect(last).toContainText(`Plot ${ROWS} becomes`, { timeout: 1000 })
    }).toPass()
    await last.locator('[data-side="source"]').click()
    await page.keyboard.press('Enter')
    const editor = page.getByTestId('segment-editor').locator('textarea')
    await editor.fill(`Plot ${ROWS} becomes a shared garden.`)
    await page.keyboard.press('Control+Enter')
    await expect(last).toContainText('shared garden')
    await expect(page.getByTestId('progress')).toHaveText(`1 of ${ROWS} segments reviewed`)
    expect(methods).not.toContain('getDocument')

    // Opened again, the edit and the status are what the server keeps.
    await page.reload()
    await expect(page.locator('[data-testid="bead-row"][data-index="0"]')).toBeVisible()
    await page.getByTestId('status-filter').selectOption('reviewed')
    await expect(page.getByTestId('bead-row')).toHaveCount(1)
    await expect(page.getByTestId('bead-row')).toContainText('shared garden')
  })
})
