import { apiCaller, expect, openSecondSeed, setReviewer, test } from './support/app'

test.describe('review and correction', () => {
  test('a glossary violation is marked on both sides; accepting it corrects the English with a visible diff that survives a reload', async ({
    page,
    app
  }) => {
    await openSecondSeed(page, app.url)
    await setReviewer(page, 'Lucía Rojas', 'reviewer')
    const finding = page.locator('[data-check="glossary"]', { hasText: 'Ministry' }).first()
    await finding.click()
    const key = await finding.getAttribute('data-finding-key')
    const target = page.locator(`[data-side="target"] mark[data-finding~="${key}"]`)
    const source = page.locator(`[data-side="source"] mark[data-finding~="${key}"]`)
    await expect(target).toContainText('Ministry')
    await expect(source).toContainText('Secretaría de Gobierno y Transformación Digital')
    await expect(target.first()).toHaveClass(/selected/)
    await expect(source.first()).toHaveClass(/selected/)
    // One problem, one finding: the inconsistency with the other paragraphs is listed as another reason.
    await expect(finding).toContainText('1 more reason')
    await expect(page.getByTestId('other-reasons')).toContainText('Inconsistent terminology')

    await expect(page.getByTestId('suggestion')).toContainText('Secretariat')
    await page.getByRole('button', { name: /Accept suggestion/ }).click()
    const row = page.locator('[data-testid="bead-row"][aria-selected="true"] [data-side="target"]')
    // Only the wrong word changes: the rest of the term keeps its form.
    await expect(row.locator('del.diff-removed')).toHaveText(['Ministry'])
    await expect(row.locator('ins.diff-added')).toHaveText(['Secretariat'])
    await expect(row).toContainText('Secretariat of Government and Digital Transformation')

    await page.reload()
    // Shortcuts act once the document is on screen.
    await expect(page.getByTestId('bead-row').first()).toBeVisible()
    await page.keyboard.press('Alt+L')
    await expect(page.getByTestId('audit-dialog')).toBeVisible()
    const accepted = page.getByTestId('audit-log').locator('tr[data-action="accept"]')
    await expect(accepted).toContainText('Accepted a suggestion')
    await expect(accepted).toContainText('Lucía Rojas')
    await expect(accepted).toContainText('Secretariat')
    await expect(accepted).toContainText('Wrong term (termbase)')
    await expect(accepted.locator('ins.diff-added')).toHaveText(['Secretariat'])
  })

  test('a dialog gives focus back to the button that opened it', async ({ page, app }) => {
    await openSecondSeed(page, app.url)
    const help = page.getByRole('button', { name: 'Keyboard shortcuts' })
    await help.click()
    await expect(page.getByTestId('shortcuts-dialog')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('shortcuts-dialog')).toHaveCount(0)
    await expect(help).toBeFocused()
  })

  test('an ignored finding stays ignored after a reload and after its segment is re-checked', async ({ page, app }) => {
    await openSecondSeed(page, app.url)
    const first = page.getByTestId('finding-list').locator('button.finding').first()
    const key = (await first.getAttribute('data-finding-key'))!
    await first.click()
    await page.keyboard.press('Alt+I')
    await page.getByTestId('ignore-reason').fill('Accepted house style')
    await page.keyboard.press('Enter')
    await expect(page.locator(`[data-finding-key="${key}"]`)).toHaveCount(0)

    await page.reload()
    // Re-check the segment by editing it (append a space to another paragraph of the document).
    const segment = Number(
      (await page
        .locator(`mark[data-finding~="${key}"]`)
        .first()
        .locator('xpath=ancestor::*[@data-testid="bead-row"]')
        .getAttribute('data-index')) ?? 0
    )
    await page.locator(`[data-testid="bead-row"][data-index="${segment}"]`).click()
    await page.keyboard.press('Enter')
    await page.getByTestId('segment-editor').locator('textarea').press('End')
    await page.keyboard.type(' ')
    await page.keyboard.press('Control+Enter')
    await expect(page.locator(`[data-finding-key="${key}"]`)).toHaveCount(0)
    await page.getByLabel('Filter by state').selectOption('ignored')
    await expect(page.locator(`[data-finding-key="${key}"]`)).toBeVisible()
  })

  test('approval locks editing until the release is reopened, and the audit log lists every step', async ({
    page,
    app
  }) => {
    await openSecondSeed(page, app.url)
    await setReviewer(page, 'Marta Díaz', 'communications')
    await page.getByTestId('approve').click()
    await page.getByTestId('signoff-note').fill('Lista para publicar')
    // The seed's findings are still open: approving now needs a reason (signoff.spec.ts tests the gate).
    await page.getByTestId('signoff-override').fill('Urgente: revisado por teléfono')
    await page.getByTestId('signoff-confirm').click()
    await expect(page.getByTestId('document-status')).toHaveText('Approved')
    await expect(page.getByTestId('locked-notice')).toBeVisible()
    await page.getByTestId('bead-row').first().click()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('segment-editor')).toHaveCount(0)

    await page.getByTestId('reopen').click()
    await page.getByTestId('signoff-confirm').click()
    await expect(page.getByTestId('document-status')).toHaveText('In review')
    await page.getByTestId('bead-row').first().click()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('segment-editor')).toBeVisible()
    await page.keyboard.press('Escape')

    await page.getByTestId('open-audit').click()
    const actions = await page
      .getByTestId('audit-log')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')))
    // Then the name and the role set in Settings, each audited as a change of identity.
    expect(actions).toEqual(['import', 'identity', 'identity', 'approve', 'reopen'])
    await expect(page.getByTestId('audit-log')).toContainText('Lista para publicar')
  })

  test('every finding of the second seed is resolved and the release approved with the keyboard only', async ({
    page,
    app
  }) => {
    await openSecondSeed(page, app.url)
    await setReviewer(page, 'Marta Díaz', 'communications')
    const counts = page.getByTestId('finding-counts')
    // The count shows once the checks are done (after each action they run again for a moment).
    const open = async (): Promise<number> => {
      await expect(counts).toHaveText(/^\d+/)
      return Number(/^(\d+)/.exec((await counts.textContent()) ?? '')?.[1] ?? -1)
    }
    let remaining = await open()
    expect(remaining).toBeGreaterThan(0)
    for (let guard = 0; remaining > 0 && guard < 100; guard++) {
      await page.keyboard.press('F8')
      const detail = page.getByTestId('finding-detail')
      await expect(detail).toBeVisible()
      if (await detail.getByTestId('suggestion').count()) await page.keyboard.press('Alt+A')
      else {
        await page.keyboard.press('Alt+I')
        await page.keyboard.press('Enter')
      }
      await expect.poll(open).toBeLessThan(remaining)
      remaining = await open()
    }
    expect(remaining).toBe(0)
    await page.keyboard.press('Alt+S')
    await page.keyboard.type('Revisada con el teclado')
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('document-status')).toHaveText('Approved')
  })

  test('a 5,000-paragraph document opens with check progress shown, fewer than 300 rows in the DOM, and scrolls to its end', async ({
    page,
    app,
    request
  }) => {
    await page.goto(app.url)
    const call = apiCaller(request, app)
    const project = await call('createProject', { name: 'Grande' })
    const lines = (prefix: string): string => Array.from({ length: 5000 }, (_, i) => `${prefix} ${i + 1}.`).join('\n')
    const imported = await call('importPasted', {
      projectId: project.value.id,
      name: 'Larga',
      source: lines('Párrafo número'),
      target: lines('Paragraph number')
    })
    await page.goto(`${app.origin}/#/document/${imported.value.document!.id}`)
    // The checks run on the server's worker thread; the page shows how far they are.
    await expect(page.getByTestId('check-progress')).toBeVisible()
    await expect(page.getByTestId('bead-row').first()).toBeVisible()
    expect(await page.getByTestId('bead-row').count()).toBeLessThan(300)
    await page.getByTestId('grid-body').evaluate((el) => (el.scrollTop = el.scrollHeight))
    await expect(page.locator('[data-testid="bead-row"][data-index="4999"]')).toContainText('Paragraph number 5000.')
    expect(await page.getByTestId('bead-row').count()).toBeLessThan(300)
  })
})
