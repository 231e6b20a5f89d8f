import type { Page } from '@playwright/test'
import { expect, openSecondSeed, seeds, setReviewer, test, testFile } from './support/app'

/**
 * Corrects one segment's target in the editor. The row is clicked on its source text: the row the
 * previous correction moved to is active and grows its alignment tools, which the middle of the
 * row can land on (a click there once unaligned the row).
 */
async function correct(page: Page, segment: number, text: string): Promise<void> {
  await page.locator(`[data-testid="bead-row"][data-index="${segment}"] [data-side="source"]`).click()
  await page.keyboard.press('Enter')
  await page.getByTestId('segment-editor').locator('textarea').fill(text)
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('segment-editor')).toHaveCount(0)
}

async function approve(page: Page): Promise<void> {
  await page.getByTestId('approve').click()
  // The seed's findings are still open: approving needs a reason (signoff.spec.ts tests the gate).
  await page.getByTestId('signoff-override').fill('Revisado con la autora')
  await page.getByTestId('signoff-confirm').click()
  await expect(page.getByTestId('document-status')).toHaveText('Approved')
}

/** The positions of the rows the grid shows (the status filter narrows them). */
async function shownRows(page: Page): Promise<number[]> {
  return page
    .getByTestId('bead-row')
    .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-index'))).sort((a, b) => a - b))
}

test.describe('a new version of an approved release', () => {
  test('marks exactly the edited segments, withdraws the approval, and is approved again after only those are reviewed', async ({
    page,
    app
  }, testInfo) => {
    const seed = seeds()[1]!
    const target = seed.target
    await openSecondSeed(page, app.url)
    await setReviewer(page, 'Marta Díaz', 'communications')

    const correctionA = target[2]!.replace('all the necessary efforts', 'every necessary effort')
    const correctionB = target[3]!.replace('He stated that', 'He said that')
    await correct(page, 2, correctionA)
    await correct(page, 3, correctionB)
    await page.getByTestId('mark-shown-reviewed').click()
    await expect(page.getByTestId('progress')).toHaveText('16 of 16 segments reviewed')
    await approve(page)

    // The translator's next English: one paragraph takes the reviewer's correction, one is edited
    // without taking it, one has a change of the translator's own.
    const next = [...target]
    next[2] = correctionA
    next[3] = target[3]!.replace('the progress of the national process', 'the advance of the national process')
    next[5] = target[5]!.replace('more than 9,000 market stalls', 'over 9,000 market stalls')
    expect(new Set([next[2], next[3], next[5]]).size).toBe(3)
    const file = testFile(testInfo.outputDir, 'release.v2.en.txt', `${next.join('\n\n')}\n`)
    await page.getByTestId('import-new-version-file').setInputFiles(file)
    await expect(page.getByTestId('import-new-version-result')).toHaveText(
      '3 segments changed · 1 correction taken · 1 correction not taken · approval withdrawn: review the changed segments and approve again'
    )
    await expect(page.getByTestId('document-status')).toHaveText('In review')
    await expect(page.getByTestId('changed-in-version')).toHaveText('3 segments changed since approval')
    await expect(page.getByTestId('progress')).toHaveText('13 of 16 segments reviewed')

    await page.getByTestId('status-filter').selectOption('changed')
    await expect(page.getByTestId('changed-in-version-mark')).toHaveCount(3)
    expect(await shownRows(page)).toEqual([2, 3, 5])
    await expect(page.locator('[data-testid="bead-row"][data-index="3"]').getByTestId('not-taken-mark')).toBeVisible()

    // The changed mark opens the segment as it was approved beside what it reads now.
    await page.locator('[data-testid="bead-row"][data-index="5"]').getByTestId('changed-in-version-mark').click()
    const change = page.getByTestId('segment-change')
    await expect(change.getByTestId('segment-change-before')).toHaveText(target[5]!)
    await expect(change.locator('del.diff-removed')).toHaveText('more than')
    await expect(change.locator('ins.diff-added')).toHaveText('over')
    await page.keyboard.press('Escape')

    await page.getByTestId('open-audit').click()
    await expect(page.getByTestId('audit-log').locator('tr[data-action="reopen"]')).toContainText(
      'new version imported'
    )
    await page.keyboard.press('Escape')

    // Only the changed segments are reviewed again; then the release can be approved.
    await page.getByTestId('mark-shown-reviewed').click()
    await expect(page.getByTestId('progress')).toHaveText('16 of 16 segments reviewed')
    await approve(page)

    // The history keeps both versions. Side by side (texts as reviewed), the paragraph that took the
    // correction reads as approved: two paragraphs differ.
    await page.getByTestId('open-history').click()
    const history = page.getByTestId('history-dialog')
    await expect(history.getByTestId('history-version')).toHaveCount(2)
    await expect(history.getByTestId('history-version').nth(1)).toContainText('Marta Díaz')
    await expect(history.getByTestId('history-version').nth(1)).toContainText('release.v2.en.txt')
    const changed = history.locator('[data-testid="version-row"][data-kind="changed"]')
    await expect(changed).toHaveCount(2)
    await expect(changed.nth(1).locator('ins.diff-added')).toHaveText('over')
    const download = page.waitForEvent('download')
    await history.getByTestId('history-export-txt-pair').first().click()
    expect((await download).suggestedFilename()).toMatch(/\.v1\.txt$/)
  })
})
