import { CotejoPage, expect, test } from './support/app'

/** Pastes a release into a new project, from the home page. */
async function pasteRelease(cotejo: CotejoPage, project: string, source: string, target: string): Promise<void> {
  const page = cotejo.page
  await cotejo.createProject(project)
  await page.getByRole('tab', { name: 'Paste text' }).click()
  await page.locator('#import-name').fill(`${project} release`)
  await page.locator('#import-source-text').fill(source)
  await page.locator('#import-target-text').fill(target)
  await page.getByTestId('import-submit').click()
  await expect(page.getByTestId('bead-row').first()).toBeVisible()
}

test.describe('approved memory (browser mode)', () => {
  test('a segment reviewed in one project is offered, with its differences, in another', async ({ page, app }) => {
    const cotejo = new CotejoPage(page)
    await page.goto(app.url)
    await pasteRelease(
      cotejo,
      'Marzo',
      'La Dirección de Obras abrió el concurso para la nueva biblioteca municipal.\n\nGracias.',
      'The Public Works Directorate opened the tender for the new municipal library.\n\nThank you.'
    )
    await page.getByTestId('segment-status').first().selectOption('reviewed')
    await expect(page.getByTestId('segment-status').first()).toHaveValue('reviewed')
    await page.locator('.breadcrumb a').first().click()

    await pasteRelease(
      cotejo,
      'Abril',
      'La Dirección de Obras abrió el concurso para la nueva piscina municipal.\n\nAdiós.',
      'The Public Works Directorate opened the tender.\n\nGoodbye.'
    )
    const panel = page.getByTestId('memory-panel')
    await expect(panel.getByTestId('memory-pair')).toHaveCount(1)
    await expect(panel.getByTestId('memory-pair')).toContainText(
      'The Public Works Directorate opened the tender for the new municipal library.'
    )
    // The word that differs from this release's source is marked.
    await expect(panel.locator('del.diff-removed')).toHaveText('biblioteca')
    await expect(panel.locator('ins.diff-added')).toHaveText('piscina')

    await panel.getByTestId('memory-search').fill('concurso')
    await panel.getByTestId('memory-search').press('Enter')
    await expect(panel.getByTestId('memory-found')).toHaveText('1 pair holds it')
  })
})
