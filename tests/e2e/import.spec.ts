import { Document, Packer, Paragraph } from 'docx'
import { CotejoPage, expect, seeds, test, testFile } from './support/app'

const docx = async (paragraphs: string[]): Promise<string> =>
  (await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] }))).toString(
    'base64'
  )

test.describe('import a release and see it side by side (browser mode)', () => {
  for (const [i, seed] of seeds().entries()) {
    test(`seed ${i + 1} shows ${seed.source.length} rows with the exact text, and survives a reload`, async ({
      page,
      app
    }) => {
      const cotejo = new CotejoPage(page)
      await page.goto(app.url)
      await cotejo.createProject('Notas de prensa')
      await cotejo.importCombined(seed.path)
      await expect(page.getByTestId('document-name')).toHaveText(seed.name.replace(/\.txt$/, ''))
      await expect(page.getByTestId('document-project')).toHaveText('Notas de prensa')

      const expected = seed.source.map((s, k) => ({ source: s, target: seed.target[k] }))
      expect(await cotejo.readGrid()).toEqual(expected)

      await page.reload()
      expect(await cotejo.readGrid()).toEqual(expected)
    })
  }

  test('both seeds give 10 and 16 rows', () => {
    expect(seeds().map((s) => s.source.length)).toEqual([10, 16])
  })

  test('a bad file shows a clear error and stores nothing', async ({ page, app }, testInfo) => {
    const cotejo = new CotejoPage(page)
    await page.goto(app.url)
    await cotejo.createProject('Errores')
    const bad = testFile(
      testInfo.outputDir,
      'sin-separador.txt',
      'Solo texto en español.\n\nOtro párrafo sin traducción.\n'
    )
    await cotejo.importCombined(bad)
    await expect(page.getByTestId('error')).toContainText('English translation')
    await expect(page.getByTestId('error')).toHaveAttribute('data-code', 'import.noSeparator')

    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    const binary = testFile(testInfo.outputDir, 'imagen.txt', png)
    await cotejo.importCombined(binary)
    await expect(page.getByTestId('error')).toHaveAttribute('data-code', 'import.binary')

    await page.reload()
    await expect(page.getByText(/No documents yet/)).toBeVisible()
    await expect(page.getByTestId('document-list')).toHaveCount(0)
  })

  test('pasted text and a pair of files import too', async ({ page, app }, testInfo) => {
    const cotejo = new CotejoPage(page)
    await page.goto(app.url)
    await cotejo.createProject('Varios')
    await page.getByRole('tab', { name: 'Paste text' }).click()
    await page.locator('#import-name').fill('Comunicado')
    await page.locator('#import-source-text').fill('El ministerio informó.\n\nLa reunión fue breve.')
    await page.locator('#import-target-text').fill('The ministry reported.')
    await page.getByTestId('import-submit').click()
    expect(await cotejo.readGrid()).toEqual([
      { source: 'El ministerio informó.', target: 'The ministry reported.' },
      { source: 'La reunión fue breve.', target: '' }
    ])
    await expect(page.getByText('Not translated: missing in the translation')).toBeVisible()

    await page.getByTestId('document-project').click()
    await page.getByRole('tab', { name: 'Two files' }).click()
    const es = testFile(testInfo.outputDir, 'nota.es.txt', 'Hola.\nAdiós.\n')
    const en = testFile(testInfo.outputDir, 'nota.en.txt', 'Hello.\nGoodbye.\n')
    await page.getByTestId('import-source-file').setInputFiles(es)
    await page.getByTestId('import-target-file').setInputFiles(en)
    await page.getByTestId('import-submit').click()
    expect(await cotejo.readGrid()).toEqual([
      { source: 'Hola.', target: 'Hello.' },
      { source: 'Adiós.', target: 'Goodbye.' }
    ])
  })

  test('files dropped on the window are imported, and listed as recent files', async ({ page, app }) => {
    const seed = seeds()[0]!
    await page.goto(app.url)
    const dataTransfer = await page.evaluateHandle(
      ({ name, text }) => {
        const dt = new DataTransfer()
        dt.items.add(new File([text], name, { type: 'text/plain' }))
        return dt
      },
      { name: seed.name, text: `${seed.source.join('\n\n')}\n\nEnglish translation\n\n${seed.target.join('\n\n')}\n` }
    )
    await page.dispatchEvent('body', 'dragenter', { dataTransfer })
    await page.dispatchEvent('body', 'drop', { dataTransfer })
    await expect(page.getByTestId('document-name')).toHaveText(seed.name.replace(/\.txt$/, ''))
    expect(await new CotejoPage(page).readGrid()).toHaveLength(seed.source.length)
    await page.getByRole('link', { name: 'Projects' }).click()
    await expect(page.getByTestId('recent-files')).toContainText(seed.name)
  })

  test('a Spanish and an English Word file dropped together are imported as a pair', async ({ page, app }) => {
    await page.goto(app.url)
    const files = [
      { name: 'aviso.en.docx', base64: await docx(['The office opens on Monday.', 'Entry is free.']) },
      { name: 'aviso.es.docx', base64: await docx(['La oficina abre el lunes.', 'La entrada es gratuita.']) }
    ]
    const dataTransfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer()
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))
        dt.items.add(
          new File([bytes], f.name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })
        )
      }
      return dt
    }, files)
    await page.dispatchEvent('body', 'dragenter', { dataTransfer })
    await page.dispatchEvent('body', 'drop', { dataTransfer })
    // The file named English is the translation, whichever was dropped first.
    expect(await new CotejoPage(page).readGrid()).toEqual([
      { source: 'La oficina abre el lunes.', target: 'The office opens on Monday.' },
      { source: 'La entrada es gratuita.', target: 'Entry is free.' }
    ])
  })
})

test.describe('interface language and access', () => {
  test('switching to Spanish translates the UI and is remembered', async ({ page, app }) => {
    await page.goto(app.url)
    await expect(page.getByRole('heading', { name: 'Projects', exact: true })).toBeVisible()
    await page.getByTestId('ui-language').selectOption('es')
    await expect(page.getByRole('heading', { name: 'Proyectos', exact: true })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Proyectos', exact: true })).toBeVisible()
  })

  test('without the run token the page can do nothing', async ({ page, app }) => {
    await page.goto(app.origin + '/')
    await expect(page.getByTestId('error')).toHaveAttribute('data-code', 'unauthorized')
  })
})
