import { expect, setReviewer, test } from './support/app'

test.describe('rejecting segments', () => {
  test('a row is rejected by mouse and by key, shown as rejected, and approval is blocked until overridden', async ({
    page,
    app
  }) => {
    await page.goto(app.url)
    await page.locator('#new-project-name').fill('Rechazos')
    await page.getByRole('button', { name: /create project/i }).click()
    await page.getByRole('tab', { name: 'Paste text' }).click()
    await page.locator('#import-name').fill('Horario')
    await page
      .locator('#import-source-text')
      .fill('La piscina abre a las siete.\n\nEl bar cierra en agosto.\n\nHay clases los martes.')
    await page
      .locator('#import-target-text')
      .fill('The pool opens at seven.\n\nThe bar closes in June.\n\nThere are lessons on Tuesday.')
    await page.getByTestId('import-submit').click()
    await expect(page.getByTestId('bead-row')).toHaveCount(3)
    await setReviewer(page, 'Marta Gil', 'communications')
    await page.getByTestId('mark-shown-reviewed').click()
    await expect(page.getByTestId('progress')).toHaveText('3 of 3 segments reviewed')

    // By mouse: the row's status control offers "Rejected" and asks why.
    const second = page.getByRole('combobox', { name: 'Status of segment 2' })
    await expect(second.locator('option', { hasText: 'Rejected' })).toHaveCount(1)
    await second.selectOption('rejected')
    await expect(page.getByTestId('reject-dialog')).toContainText('Reject segment 2')
    await page.getByTestId('reject-reason').fill('The month is wrong')
    await page.getByTestId('reject-confirm').click()
    const row2 = page.locator('[data-testid="bead-row"][data-index="1"]')
    await expect(row2).toHaveAttribute('data-status', 'rejected')
    await expect(second).toHaveValue('rejected')
    await expect(second).toHaveAttribute('title', 'Rejected')

    // By key: Alt+R on the active row, confirmed with Enter and no reason.
    await page.locator('[data-testid="bead-row"][data-index="2"] [data-side="source"]').click()
    await page.keyboard.press('Alt+R')
    await expect(page.getByTestId('reject-dialog')).toContainText('Reject segment 3')
    await page.keyboard.press('Enter')
    await expect(page.locator('[data-testid="bead-row"][data-index="2"]')).toHaveAttribute('data-status', 'rejected')
    await expect(page.getByTestId('progress')).toHaveText('1 of 3 segments reviewed')

    await page.getByTestId('status-filter').selectOption('rejected')
    await expect(page.getByTestId('bead-row')).toHaveCount(2)
    await page.getByTestId('status-filter').selectOption('')

    // The shortcut is on the help sheet, read from the same list as the keys.
    await page.keyboard.press('F1')
    await expect(page.getByTestId('shortcuts-dialog')).toContainText('Reject the segment')
    await page.keyboard.press('Escape')

    // Sign-off lists the rejected segments and will not approve without a reason.
    await page.getByTestId('approve').click()
    await expect(page.getByTestId('signoff-rejected')).toHaveText(
      '2 segments rejected (sent back to the translator) (#2, #3)'
    )
    await expect(page.getByTestId('signoff-blocked')).toContainText('rejected segments')
    await expect(page.getByTestId('signoff-confirm')).toBeDisabled()
    await page.getByTestId('signoff-override').fill('The translator fixes them after publication')
    await expect(page.getByTestId('signoff-confirm')).toBeEnabled()
    await page.keyboard.press('Escape')

    await page.getByTestId('open-audit').click()
    const rows = page.getByTestId('audit-log').locator('tr[data-action="status"]')
    await expect(rows.nth(1)).toContainText('#2: Rejected · “The month is wrong”')
    await expect(rows.nth(2)).toContainText('#3: Rejected')
    await page.keyboard.press('Escape')

    // In bulk, among the rows a filter shows: the reviewed one, with one reason.
    await page.getByTestId('status-filter').selectOption('reviewed')
    await page.getByTestId('reject-shown').click()
    await expect(page.getByTestId('reject-dialog')).toContainText('Reject segment 1')
    await page.getByTestId('reject-reason').fill('Opening time to check')
    await page.getByTestId('reject-confirm').click()
    await expect(page.getByTestId('bead-row')).toHaveCount(0)
    await expect(page.getByTestId('progress')).toHaveText('0 of 3 segments reviewed')
  })
})
