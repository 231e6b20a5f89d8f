import { readFileSync } from 'node:fs'
import { CotejoPage, expect, test, testFile } from './support/app'

/** A small XLIFF 1.2 as a CAT tool writes one: its own languages, an inline code, states. */
const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="aviso.docx" source-language="es-PE" target-language="en-US" datatype="plaintext">
    <body>
      <trans-unit id="u1"><source>La oficina abre a las <g id="1">nueve</g>.</source><target state="translated">The office opens at <g id="1">nine</g>.</target></trans-unit>
      <trans-unit id="u2"><source>Gracias por su visita.</source><target state="translated">Thanks for visiting.</target></trans-unit>
    </body>
  </file>
</xliff>
`

test.describe('files from CAT tools (browser mode)', () => {
  test('an XLIFF is reviewed and written back to its own format with only the edit changed', async ({
    page,
    app
  }, testInfo) => {
    const cotejo = new CotejoPage(page)
    await page.goto(app.url)
    await cotejo.createProject('Avisos')
    await page.getByRole('tab', { name: 'CAT file (XLIFF, TMX…)' }).click()
    await page.getByTestId('import-bilingual-file').setInputFiles(testFile(testInfo.outputDir, 'aviso.xlf', XLIFF))
    await page.getByTestId('import-submit').click()
    await expect(page.getByTestId('bead-row')).toHaveCount(2)
    // The file's segmentation is kept so it can be written back: no re-alignment offered.
    await expect(page.getByTestId('realign')).toHaveCount(0)

    await page.locator('[data-testid="bead-row"][data-index="1"]').click()
    await page.keyboard.press('Enter')
    await page.getByTestId('segment-editor').locator('textarea').press('End')
    await page.keyboard.type(' Come back soon & often.')
    await page.keyboard.press('Control+Enter')
    await expect(page.locator('[data-testid="bead-row"][data-index="1"] [data-side="target"]')).toContainText(
      'Come back soon & often.'
    )

    await expect(page.getByTestId('export-document-format')).toHaveValue('original')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-document-submit').click()
    ])
    expect(download.suggestedFilename()).toBe('aviso.xlf')
    const written = readFileSync((await download.path())!, 'utf8')
    // Ctrl+Enter saved and confirmed the segment: its target and its state are all that changed.
    expect(written).toBe(
      XLIFF.replace(
        '<trans-unit id="u2"><source>Gracias por su visita.</source><target state="translated">Thanks for visiting.</target>',
        '<trans-unit id="u2" approved="yes"><source>Gracias por su visita.</source><target state="signed-off">Thanks for visiting. Come back soon &amp; often.</target>'
      )
    )
  })
})
