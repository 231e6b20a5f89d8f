import { CotejoPage, expect, test } from './support/app'

test.describe('alignment in the review screen', () => {
  test('a reviewer splits a row into omitted and added text with the keyboard, merges rows back, and it persists', async ({
    page,
    app
  }) => {
    const cotejo = new CotejoPage(page)
    await page.goto(app.url)
    await cotejo.createProject('Alineación')
    await page.getByRole('tab', { name: 'Paste text' }).click()
    await page.locator('#import-name').fill('Nota')
    await page
      .locator('#import-source-text')
      .fill('El ministro habló con la prensa.\n\nLa reunión terminó a las diez.\n\nMañana habrá otra reunión.')
    await page
      .locator('#import-target-text')
      .fill('The minister spoke to the press.\n\nThe meeting ended at ten.\n\nAnother meeting will be held tomorrow.')
    await page.getByTestId('import-submit').click()
    await expect(page.getByTestId('bead-row')).toHaveCount(3)

    await page.locator('[data-testid="bead-row"][data-index="1"]').click()
    await page.keyboard.press('Alt+U')
    // The grid is read once the change shows (its rows are read again after it).
    await expect(page.getByTestId('bead-row')).toHaveCount(4)
    expect(await cotejo.readGrid()).toEqual([
      { source: 'El ministro habló con la prensa.', target: 'The minister spoke to the press.' },
      { source: 'La reunión terminó a las diez.', target: '' },
      { source: '', target: 'The meeting ended at ten.' },
      { source: 'Mañana habrá otra reunión.', target: 'Another meeting will be held tomorrow.' }
    ])
    await expect(page.getByText('Not translated: missing in the translation')).toBeVisible()
    await expect(page.getByText('No source text: added in the translation')).toBeVisible()

    await page.reload()
    await expect(page.getByTestId('bead-row')).toHaveCount(4)
    await page.locator('[data-testid="bead-row"][data-index="1"]').click()
    await page.getByRole('button', { name: 'Merge with next row' }).click()
    await expect(page.getByTestId('bead-row')).toHaveCount(3)
    expect(await cotejo.readGrid()).toEqual([
      { source: 'El ministro habló con la prensa.', target: 'The minister spoke to the press.' },
      { source: 'La reunión terminó a las diez.', target: 'The meeting ended at ten.' },
      { source: 'Mañana habrá otra reunión.', target: 'Another meeting will be held tomorrow.' }
    ])
    await page.getByTestId('realign').click()
    await expect(page.getByTestId('bead-row')).toHaveCount(3)
  })

  test("the active row's alignment tools are in its gutter: clicks on its text never reach them", async ({
    page,
    app
  }) => {
    const cotejo = new CotejoPage(page)
    await page.goto(app.url)
    await cotejo.createProject('Herramientas')
    await page.getByRole('tab', { name: 'Paste text' }).click()
    await page.locator('#import-name').fill('Nota')
    await page.locator('#import-source-text').fill('El ministro habló.\n\nLa reunión terminó.')
    await page.locator('#import-target-text').fill('The minister spoke.\n\nThe meeting ended.')
    await page.getByTestId('import-submit').click()
    const row = page.locator('[data-testid="bead-row"][data-index="0"]')
    await row.click()
    const tools = row.getByRole('toolbar', { name: 'Alignment of this row' })
    await expect(tools).toBeVisible()
    // The tools sit beside the text columns, not under them.
    const toolsBox = await tools.boundingBox()
    const sourceBox = await row.locator('[data-side="source"]').boundingBox()
    expect(toolsBox!.x + toolsBox!.width).toBeLessThanOrEqual(sourceBox!.x)
    // A second click on the row (its middle) and on each text changes nothing.
    await row.click()
    await row.locator('[data-side="source"] p').click()
    await row.locator('[data-side="target"] p').click()
    expect(await cotejo.readGrid()).toEqual([
      { source: 'El ministro habló.', target: 'The minister spoke.' },
      { source: 'La reunión terminó.', target: 'The meeting ended.' }
    ])
    // Reachable by keyboard, named for screen readers.
    await tools.getByRole('button', { name: 'Unalign (omitted / added)' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('bead-row')).toHaveCount(3)
  })
})
