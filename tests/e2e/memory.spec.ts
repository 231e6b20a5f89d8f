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
      'La Dirección de Obras abrió el concurso para la nueva biblioteca municipal.\n\nLas propuestas se reciben hasta el 30 de marzo.',
      'The Public Works Directorate opened the tender for the new municipal library.\n\nProposals are accepted until 30 March.'
    )
    for (const row of [0, 1]) {
      await page.getByTestId('segment-status').nth(row).selectOption('reviewed')
      await expect(page.getByTestId('segment-status').nth(row)).toHaveValue('reviewed')
    }
    await page.locator('.breadcrumb a').first().click()

    await pasteRelease(
      cotejo,
      'Abril',
      'La Dirección de Obras abrió el concurso para la nueva piscina municipal.\n\nLas propuestas se reciben hasta el 30 de marzo.',
      'The Public Works Directorate opened the tender.\n\nBids are due by 30 March.'
    )
    const panel = page.getByTestId('memory-panel')
    await expect(panel.getByTestId('memory-pair')).toHaveCount(1)
    await expect(panel.getByTestId('memory-pair')).toContainText(
      'The Public Works Directorate opened the tender for the new municipal library.'
    )
    // The word that differs from this release's source is marked.
    await expect(panel.locator('del.diff-removed')).toHaveText('biblioteca')
    await expect(panel.locator('ins.diff-added')).toHaveText('piscina')

    // Not the same source, so nothing to decide between two translations of it.
    await expect(panel.getByTestId('memory-differs')).toHaveCount(0)

    await panel.getByTestId('memory-search').fill('concurso')
    await panel.getByTestId('memory-search').press('Enter')
    await expect(panel.getByTestId('memory-found')).toHaveText('1 pair holds it')

    // The second row's source was approved before with another translation: the panel says so.
    await page.locator('[data-testid="bead-row"][data-index="1"]').click()
    await expect(panel.getByTestId('memory-differs')).toBeVisible()
  })
})
