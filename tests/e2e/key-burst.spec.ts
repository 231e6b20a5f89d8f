import { CotejoPage, expect, test } from './support/app'

const ROWS = 110
const PRESSES = 100

test.describe('key presses in a burst', () => {
  test(`${PRESSES} Ctrl+Enter presses review exactly ${PRESSES} rows, in order, each once`, async ({ page, app }) => {
    test.setTimeout(180_000)
    const cotejo = new CotejoPage(page)
    await page.goto(app.url)
    await cotejo.createProject('Ráfaga')
    const numbers = Array.from({ length: ROWS }, (_, i) => i + 1)
    await page.getByRole('tab', { name: 'Paste text' }).click()
    await page.locator('#import-name').fill('Boletín')
    await page
      .locator('#import-source-text')
      .fill(numbers.map((n) => `El boletín ${n} informa de las obras del barrio ${n}.`).join('\n\n'))
    await page
      .locator('#import-target-text')
      .fill(numbers.map((n) => `Bulletin ${n} reports on the works in district ${n}.`).join('\n\n'))
    await page.getByTestId('import-submit').click()
    await expect(page.getByTestId('progress')).toHaveText(`0 of ${ROWS} segments reviewed`)
    // On the source text: the active row's middle holds its alignment tools.
    await page.locator('[data-testid="bead-row"][data-index="0"] [data-side="source"]').click()

    // As fast as the keyboard sends them: no press waits for the one before to be saved.
    for (let i = 0; i < PRESSES; i++) await page.keyboard.press('Control+Enter')

    await expect(page.getByTestId('progress')).toHaveText(`${PRESSES} of ${ROWS} segments reviewed`, {
      timeout: 120_000
    })
    await page.getByTestId('open-audit').click()
    const entries = page.getByTestId('audit-log').locator('tr[data-action="status"]')
    await expect(entries).toHaveCount(PRESSES)
    const texts = await entries.allTextContents()
    const reviewed = texts.map((t) => Number(/#(\d+):/.exec(t)?.[1]))
    expect(reviewed).toEqual(numbers.slice(0, PRESSES))
  })
})
