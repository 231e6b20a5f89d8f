import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { CotejoPage, expect, seeds, test } from './support/app'

/** Critical and serious axe-core violations on what the page shows now (WCAG 2.1 A and AA). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.any[0]?.message ?? ''})`).join(', ')}`
    )
}

/** Each screen and dialog, in both themes: none has a critical or serious violation. */
test.describe('accessibility (axe-core)', () => {
  for (const theme of ['light', 'dark'] as const)
    test(`every screen and dialog, ${theme} theme`, async ({ page, app }) => {
      test.setTimeout(120_000)
      const cotejo = new CotejoPage(page)
      const screens: Array<[string, string[]]> = []
      const check = async (name: string): Promise<void> => {
        screens.push([name, await seriousViolations(page)])
      }
      await page.goto(app.url)
      if (theme === 'dark') await page.getByRole('button', { name: /dark theme|tema oscuro/i }).click()
      await check('home')
      await page.getByRole('link', { name: 'Settings' }).click()
      await expect(page.getByTestId('settings-name')).toBeVisible()
      await check('settings')
      await page.getByRole('link', { name: 'Glossary' }).first().click()
      await check('glossary')
      await page.goto(app.url)
      await cotejo.createProject('Accesible')
      await check('project')
      await cotejo.importCombined(seeds()[0]!.path)
      await expect(page.getByTestId('bead-row').first()).toBeVisible()
      await expect(page.getByTestId('finding-list')).toBeVisible()
      await check('review')

      const row = page.locator('[data-testid="bead-row"][data-index="1"]')
      await row.click()
      await page.keyboard.press('Enter')
      await expect(page.getByTestId('segment-editor')).toBeVisible()
      await check('review: editing a segment')
      await page.keyboard.press('Escape')

      const dialogs: Array<[string, string]> = [
        ['shortcuts', 'F1'],
        ['query to the author', 'Alt+Q'],
        ['audit log', 'Alt+L'],
        ['sign-off', 'Alt+S'],
        ['reject a segment', 'Alt+R']
      ]
      for (const [name, key] of dialogs) {
        await row.click()
        await page.keyboard.press(key)
        await expect(page.getByRole('dialog')).toBeVisible()
        await check(`dialog: ${name}`)
        await page.keyboard.press('Escape')
        await expect(page.getByRole('dialog')).toHaveCount(0)
      }
      // A rejected row: its status drawn as a red square.
      await row.click()
      await page.keyboard.press('Alt+R')
      await page.getByTestId('reject-confirm').click()
      await expect(row).toHaveAttribute('data-status', 'rejected')
      await check('review: a rejected row')
      // Dialogs about a finding: the first finding selected.
      for (const [name, key] of [
        ['ignore a finding', 'Alt+I'],
        ['fix all', 'Alt+F']
      ] as const) {
        await row.click()
        await page.keyboard.press('F8')
        await expect(page.getByTestId('finding-detail')).toBeVisible()
        await page.keyboard.press(key)
        if ((await page.getByRole('dialog').count()) === 0) continue
        await check(`dialog: ${name}`)
        await page.keyboard.press('Escape')
      }
      expect(screens.map(([name]) => name)).toContain('dialog: ignore a finding')
      expect(screens.filter(([, found]) => found.length > 0)).toEqual([])
    })
})
