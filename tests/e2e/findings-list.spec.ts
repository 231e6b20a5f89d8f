import { apiCaller, expect, test } from './support/app'

const ROWS = 600

test.describe('the findings list of a large document', () => {
  test('keeps few items in the page, says where each stands, and scrolls to the selected one', async ({
    page,
    app,
    request
  }) => {
    await page.goto(app.url)
    const call = apiCaller(request, app)
    const project = await call('createProject', { name: 'Hallazgos' })
    // One slip a row: a double space in each translation.
    const numbers = Array.from({ length: ROWS }, (_, i) => i + 1)
    const imported = await call('importPasted', {
      projectId: project.value.id,
      name: 'Muchos',
      source: numbers.map((n) => `El aviso ${n} se publica hoy.`).join('\n\n'),
      target: numbers.map((n) => `Notice ${n} is  published today.`).join('\n\n')
    })
    await page.goto(`${app.origin}/#/document/${imported.value.document!.id}`)
    const list = page.getByTestId('finding-list')
    await expect(list.locator('button.finding').first()).toBeVisible()
    const items = list.locator('li[aria-posinset]')
    await expect(items.first()).toHaveAttribute('aria-setsize', String(ROWS))
    expect(await items.count()).toBeLessThan(60)

    // From row 500, the next finding is row 500's: selected, and scrolled into the list's view.
    await page.getByTestId('grid-body').evaluate((el, share) => (el.scrollTop = el.scrollHeight * share), 499 / ROWS)
    await page.locator('[data-testid="bead-row"][data-index="499"]').click()
    await page.keyboard.press('F8')
    const selected = list.locator('button.finding.selected')
    await expect(selected).toContainText('#500')
    await expect(selected).toBeInViewport()
    await expect(selected.locator('xpath=..')).toHaveAttribute('aria-posinset', '500')
    expect(await items.count()).toBeLessThan(60)
  })
})
