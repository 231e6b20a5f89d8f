import { apiCaller, expect, test } from './support/app'

/** Large enough that the checks are still running when the page has the rows. */
const ROWS = 5000
/** One slip every this many rows: a double space in the translation. */
const EVERY = 40

test.describe('a large document opens before its checks finish', () => {
  test('shows the rows at once, says the checks are running, then the findings, keeping an edit in progress', async ({
    page,
    app,
    request
  }) => {
    test.setTimeout(240_000)
    const call = apiCaller(request, app)
    // One who may approve: the button then waits for the checks only.
    await call('updateSettings', { reviewerName: 'Marta Díaz', reviewerRole: 'communications' })
    await page.goto(app.url)
    const project = await call('createProject', { name: 'Grande' })
    const numbers = Array.from({ length: ROWS }, (_, i) => i + 1)
    const imported = await call('importPasted', {
      projectId: project.value.id,
      name: 'Boletines',
      source: numbers.map((n) => `El boletín ${n} anuncia la apertura del parque ${n}.`).join('\n\n'),
      target: numbers
        .map((n) => `Bulletin ${n} announces the opening of${n % EVERY === 0 ? '  ' : ' '}park ${n}.`)
        .join('\n\n'),
      sourceLang: 'es',
      targetLang: 'en'
    })
    await page.goto(`${app.origin}/#/document/${imported.value.document!.id}`)

    // The rows, while the checks run: no score, no counts, and approval waits, saying why.
    await expect(page.locator('[data-testid="bead-row"][data-index="0"]')).toContainText('Bulletin 1 announces')
    await expect(page.getByTestId('findings-pending')).toContainText(`Checking ${ROWS} segments`)
    await expect(page.getByTestId('checks-pending')).toBeVisible()
    await expect(page.getByTestId('quality-score')).toHaveCount(0)
    await expect(page.getByTestId('finding-counts')).toHaveText('Checks running…')
    await expect(page.getByTestId('finding-list-empty')).toContainText('when the checks finish')
    await expect(page.getByTestId('approve')).toBeDisabled()
    await expect(page.getByTestId('approve-refused')).toContainText('checks')

    // An edit started meanwhile.
    await page.locator('[data-testid="bead-row"][data-index="1"] [data-side="source"]').click()
    await page.keyboard.press('Enter')
    const editor = page.getByTestId('segment-editor').locator('textarea')
    await editor.fill('Bulletin 2 announces the opening of park 2 today.')

    // Then the findings, the score and the counts; the edit is still open as the reviewer left it.
    await expect(page.getByTestId('quality-score')).toBeVisible({ timeout: 200_000 })
    await expect(page.getByTestId('findings-pending')).toHaveCount(0)
    await expect(page.getByTestId('finding-list').locator('li[aria-posinset]').first()).toHaveAttribute(
      'aria-setsize',
      String(ROWS / EVERY)
    )
    await expect(editor).toHaveValue('Bulletin 2 announces the opening of park 2 today.')
    await expect(page.getByTestId('approve')).toBeEnabled()
  })
})
