import { CotejoPage, expect, seeds, test, testFile } from './support/app'

test.describe('segment status from the mouse and in bulk', () => {
  test('a row is marked reviewed from its status control, the rest in one step, and the filter shows each status', async ({
    page,
    app
  }) => {
    const cotejo = new CotejoPage(page)
    await page.goto(app.url)
    await cotejo.createProject('Estados')
    await cotejo.importCombined(seeds()[0]!.path)
    await expect(page.getByTestId('bead-row').first()).toBeVisible()
    // Rows are virtualized: the total comes from the progress line, not from the DOM.
    const total = Number(/of (\d+)/.exec((await page.getByTestId('progress').textContent()) ?? '')?.[1])
    expect(total).toBeGreaterThan(2)

    // The control is announced with its segment and its value.
    const status = page.getByRole('combobox', { name: 'Status of segment 2' })
    await expect(status).toHaveValue('untouched')
    await status.selectOption('reviewed')
    await expect(page.locator('[data-testid="bead-row"][data-index="1"]')).toHaveAttribute('data-status', 'reviewed')

    await page.getByTestId('status-filter').selectOption('reviewed')
    await expect(page.getByTestId('bead-row')).toHaveCount(1)
    await page.getByTestId('status-filter').selectOption('untouched')
    await expect(page.getByTestId('mark-shown-reviewed')).toHaveText(`Mark the ${total - 1} shown segments reviewed`)
    await page.getByTestId('mark-shown-reviewed').click()
    await expect(page.getByTestId('bead-row')).toHaveCount(0)
    await page.getByTestId('status-filter').selectOption('')
    await expect(page.getByTestId('progress')).toHaveText(`${total} of ${total} segments reviewed`)

    await page.getByTestId('open-audit').click()
    const rows = page.getByTestId('audit-log').locator('tr[data-action="status"]')
    await expect(rows).toHaveCount(2)
    await expect(rows.last()).toContainText(`${total - 1} segments`)
  })
})

test.describe('queries to the author', () => {
  test('a row with an open query carries a marker', async ({ page, app }) => {
    const cotejo = new CotejoPage(page)
    await page.goto(app.url)
    await cotejo.createProject('Consultas')
    await cotejo.importCombined(seeds()[0]!.path)
    const row = page.locator('[data-testid="bead-row"][data-index="1"]')
    await row.click()
    await expect(row.getByTestId('query-mark')).toHaveCount(0)
    await page.keyboard.press('Alt+Q')
    await page.getByTestId('query-question').fill('¿Es correcta la cifra?')
    await page.getByTestId('query-confirm').click()
    await expect(row.getByTestId('query-mark')).toHaveAttribute(
      'aria-label',
      '1 open query to the author on this segment'
    )
  })
})

test.describe('a new version of the translation', () => {
  test('keeps the review of what did not change and marks what did', async ({ page, app }, testInfo) => {
    const cotejo = new CotejoPage(page)
    await page.goto(app.url)
    await cotejo.createProject('Versiones')
    await page.getByRole('tab', { name: 'Paste text' }).click()
    await page.locator('#import-name').fill('Aviso')
    await page.locator('#import-source-text').fill('La oficina abre a las nueve.\n\nEl horario cambia en enero.')
    await page.locator('#import-target-text').fill('The office opens at nine.\n\nThe timetable changes in January.')
    await page.getByTestId('import-submit').click()
    for (const row of [0, 1]) await page.getByTestId('segment-status').nth(row).selectOption('reviewed')
    await expect(page.getByTestId('segment-status').nth(1)).toHaveValue('reviewed')

    const next = testFile(
      testInfo.outputDir,
      'aviso.v2.en.txt',
      'The office opens at nine.\n\nThe timetable changes in February.\n'
    )
    await page.getByTestId('import-new-version-file').setInputFiles(next)
    await expect(page.getByTestId('import-new-version-result')).toHaveText(
      '1 segment changed · 0 corrections taken · 0 corrections not taken'
    )
    await expect(page.getByTestId('segment-status').nth(0)).toHaveValue('reviewed')
    await expect(page.getByTestId('segment-status').nth(1)).toHaveValue('untouched')
    await expect(page.getByTestId('changed-in-version')).toHaveText('1 segment changed in this version')
  })
})
