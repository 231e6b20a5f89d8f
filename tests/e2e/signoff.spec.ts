import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, openSecondSeed, setReviewer, test } from './support/app'

/** The HTML review report, downloaded through the export menu as a user would. */
async function downloadReport(page: Page): Promise<string> {
  // The browser mode cannot print PDF, so it does not offer it.
  await expect(page.getByTestId('export-document-format').locator('option[value="report-pdf"]')).toHaveCount(0)
  await page.getByTestId('export-document-format').selectOption('report-html')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-document-submit').click()
  ])
  return readFileSync((await download.path())!, 'utf8')
}

/** Texts of the rows of one of the report's findings tables. */
async function reportRows(page: Page, html: string, kind: 'open' | 'ignored'): Promise<string[]> {
  await page.setContent(html)
  return page
    .locator(`table[data-findings="${kind}"] tbody tr`)
    .evaluateAll((rows) => rows.map((r) => (r.textContent ?? '').replace(/\s+/g, ' ').trim()))
}

test.describe('sign-off', () => {
  test('a reviewer cannot approve, and is told why before typing anything', async ({ page, app }) => {
    await openSecondSeed(page, app.url)
    await setReviewer(page, 'Pablo Ortega', 'reviewer')
    await expect(page.getByTestId('approve')).toBeDisabled()
    await expect(page.getByTestId('approve-refused')).toHaveText('Reviewer cannot approve')
    // The shortcut opens the dialog, which says so at once and offers nothing to type.
    await page.keyboard.press('Alt+S')
    await expect(page.getByTestId('signoff-role-refused')).toContainText('only Communications can')
    await expect(page.getByTestId('signoff-note')).toHaveCount(0)
    await expect(page.getByTestId('signoff-confirm')).toBeDisabled()
  })

  test('approval is blocked while a major finding is open; an override reason lets it through and is in the audit log and the report', async ({
    page,
    app
  }) => {
    await openSecondSeed(page, app.url)
    await setReviewer(page, 'Marta Díaz', 'communications')
    // Nothing triaged yet: the score is provisional, with no pass or fail.
    await expect(page.getByTestId('quality-score')).toContainText('Provisional quality')
    await expect(page.getByTestId('quality-verdict')).toHaveCount(0)

    await page.getByTestId('approve').click()
    const dialog = page.getByTestId('signoff-dialog')
    await expect(dialog.getByTestId('signoff-unreviewed')).toContainText('segments not reviewed')
    await expect(dialog.getByTestId('signoff-open-major')).toContainText(/major findings? open/)
    await expect(dialog.getByTestId('signoff-blocked')).toBeVisible()
    await page.getByTestId('signoff-note').fill('Lista para publicar')
    await expect(page.getByTestId('signoff-confirm')).toBeDisabled()
    await page.getByTestId('signoff-override').fill('The Secretariat confirmed the old name by phone')
    await expect(page.getByTestId('signoff-confirm')).toHaveText('Approve anyway')
    await page.getByTestId('signoff-confirm').click()
    await expect(page.getByTestId('document-status')).toHaveText('Approved')
    // Overridden: the score is final and shows its verdict; the header says why it was approved.
    await expect(page.getByTestId('quality-verdict')).toBeVisible()
    await expect(page.getByTestId('signoff-override-info')).toContainText(
      'The Secretariat confirmed the old name by phone'
    )

    await page.getByTestId('open-audit').click()
    const approve = page.getByTestId('audit-log').locator('tr[data-action="approve"]')
    await expect(approve).toContainText('Marta Díaz (Communications)')
    await expect(approve).toContainText('approved anyway: The Secretariat confirmed the old name by phone')
    const identity = page.getByTestId('audit-log').locator('tr[data-action="identity"]').last()
    await expect(identity).toContainText('→ Marta Díaz (Communications)')
    await page.keyboard.press('Escape')

    const html = await downloadReport(page)
    await page.setContent(html)
    await expect(page.locator('[data-signoff="approver"]')).toHaveText('Marta Díaz')
    await expect(page.locator('[data-signoff="override"]')).toContainText(
      'The Secretariat confirmed the old name by phone'
    )
    await expect(page.locator('[data-signoff="block"]')).toContainText('Communications')
  })

  test('the report lists the open findings and the ignored ones with their reason and who ignored them', async ({
    page,
    app
  }) => {
    await openSecondSeed(page, app.url)
    await setReviewer(page, 'Lucía Rojas', 'reviewer')
    const first = page.getByTestId('finding-list').locator('button.finding').first()
    await first.click()
    const openBefore = await page.getByTestId('finding-list').locator('button.finding').count()
    await page.keyboard.press('Alt+I')
    await page.getByTestId('ignore-reason').fill('Quoted from the original decree')
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('finding-list').locator('button.finding')).toHaveCount(openBefore - 1)

    const html = await downloadReport(page)
    const ignored = await reportRows(page, html, 'ignored')
    expect(ignored).toHaveLength(1)
    expect(ignored[0]).toContain('Quoted from the original decree')
    expect(ignored[0]).toContain('Lucía Rojas')
    const open = await reportRows(page, html, 'open')
    expect(open).toHaveLength(openBefore - 1)
    // Categories in words, never as raw ids.
    expect(html).not.toMatch(/<td>[a-z-]+\/[a-z-]+<\/td>/)
  })
})
