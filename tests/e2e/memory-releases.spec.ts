import type { Page } from '@playwright/test'
import { CotejoPage, expect, seeds, setReviewer, test, testFile } from './support/app'

async function approve(page: Page): Promise<void> {
  await page.getByTestId('approve').click()
  const dialog = page.getByTestId('signoff-dialog')
  await expect(dialog.getByTestId('signoff-confirm')).toBeVisible()
  // With findings still open, approving needs a reason (signoff.spec.ts tests the gate).
  if ((await dialog.getByTestId('signoff-override').count()) > 0)
    await dialog.getByTestId('signoff-override').fill('Revisado con la autora')
  await dialog.getByTestId('signoff-confirm').click()
  await expect(page.getByTestId('document-status')).toHaveText('Approved')
}

test.describe('approved memory across releases', () => {
  test('seed 001 approved in one project: seed 000 in another is offered its matches and told where a rendering differs', async ({
    page,
    app
  }, testInfo) => {
    const [older, approved] = [seeds()[0]!, seeds()[1]!]
    const cotejo = new CotejoPage(page)
    await page.goto(app.url)
    await cotejo.createProject('Cumbre')
    await cotejo.importCombined(approved.path)
    await expect(page.getByTestId('bead-row').first()).toBeVisible()
    await setReviewer(page, 'Marta Díaz', 'communications')
    await approve(page)

    // The check reads every approved release, not only this project's.
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByTestId('settings-memory-scope').selectOption('all')
    await expect(page.getByTestId('settings-memory-scope')).toHaveValue('all')

    // Seed 000 with two paragraphs of the office's boilerplate from seed 001 at its end, as releases
    // repeat them: one word for word but rendered otherwise, one with its source slightly changed.
    const same = approved.source[2]!
    const sameOtherwise = approved.target[2]!.replace(
      'the Secretariat of Government and Digital Transformation',
      'the Government and Digital Transformation Secretariat'
    )
    const near = approved.source[3]!.replace('luego de la pandemia', 'después de la pandemia')
    expect([sameOtherwise, near]).not.toContain(approved.target[2])
    const file = testFile(
      testInfo.outputDir,
      '000-with-boilerplate.txt',
      [...older.source, same, near, 'English translation', ...older.target, sameOtherwise, approved.target[3]!].join(
        '\n\n'
      )
    )
    await page.goto(app.url)
    await cotejo.createProject('Transformación')
    await cotejo.importCombined(file)
    await expect(page.getByTestId('bead-row').first()).toBeVisible()

    // The finding: this exact source was approved in seed 001 with another translation.
    const finding = page.getByTestId('finding-list').locator('[data-check="memory-consistency"]')
    await expect(finding).toHaveCount(1)
    await expect(finding).toContainText(`#${older.source.length + 1}`)
    await finding.click()
    await expect(page.getByTestId('finding-detail').getByTestId('suggestion')).toHaveText(approved.target[2]!)

    const panel = page.getByTestId('memory-panel')
    const row = (n: number) => page.locator(`[data-testid="bead-row"][data-index="${n}"]`)
    await row(older.source.length).click()
    await expect(panel.getByTestId('memory-differs')).toBeVisible()

    // The fuzzy match: the approved pair, its source's difference marked.
    await row(older.source.length + 1).click()
    await expect(panel.getByTestId('memory-pair')).toHaveCount(1)
    await expect(panel.getByTestId('memory-pair')).toContainText(approved.target[3]!)
    await expect(panel.getByTestId('memory-pair')).not.toContainText('100 %')
    await expect(panel.locator('del.diff-removed')).toHaveText('luego')
    await expect(panel.locator('ins.diff-added')).toHaveText('después')

    // Approved in turn, seed 000's own renderings join the memory: a search lists each with its count.
    await approve(page)
    await panel.getByTestId('memory-search').fill('Secretaría de Gobierno')
    await panel.getByTestId('memory-search').press('Enter')
    const renderings = panel.getByTestId('memory-rendering')
    await expect(renderings.filter({ hasText: 'Secretariat of Government' })).toContainText('used 3 times')
    await expect(renderings.filter({ hasText: 'secretary of government' })).toContainText('used 2 times')
  })
})
