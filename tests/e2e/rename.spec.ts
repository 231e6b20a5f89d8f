import { CotejoPage, expect, seeds, test } from './support/app'

test.describe('document name', () => {
  test('a document is renamed in place, keeps its name after a reload, and the change is audited', async ({
    page,
    app
  }) => {
    const cotejo = new CotejoPage(page)
    await page.goto(app.url)
    await cotejo.createProject('Nombres')
    await cotejo.importCombined(seeds()[0]!.path)
    await expect(page.getByTestId('bead-row').first()).toBeVisible()
    const before = (await page.getByTestId('document-name').textContent()) ?? ''

    await page.getByTestId('rename-document').click()
    const input = page.getByRole('textbox', { name: 'New name of the document' })
    await expect(input).toBeFocused()
    // Esc gives up without renaming.
    await input.fill('Borrador')
    await input.press('Escape')
    await expect(page.getByTestId('document-name')).toHaveText(before)

    await page.getByTestId('rename-document').click()
    await input.fill('  Nota de prensa 12 – vacunación  ')
    await input.press('Enter')
    await expect(page.getByTestId('document-name')).toHaveText('Nota de prensa 12 – vacunación')
    await page.reload()
    await expect(page.getByTestId('document-name')).toHaveText('Nota de prensa 12 – vacunación')

    await page.getByTestId('open-audit').click()
    await expect(page.getByTestId('audit-log').locator('tr[data-action="rename"]')).toContainText(
      `“${before}” → “Nota de prensa 12 – vacunación”`
    )
  })
})
