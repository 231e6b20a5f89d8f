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
    expect(await cotejo.readGrid()).toEqual([
      { source: 'El ministro habló con la prensa.', target: 'The minister spoke to the press.' },
      { source: 'La reunión terminó a las diez.', target: 'The meeting ended at ten.' },
      { source: 'Mañana habrá otra reunión.', target: 'Another meeting will be held tomorrow.' }
    ])
    await page.getByTestId('realign').click()
    await expect(page.getByTestId('bead-row')).toHaveCount(3)
  })
})
