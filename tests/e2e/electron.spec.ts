import { _electron as electron, type ElectronApplication } from '@playwright/test'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { CotejoPage, ROOT, expect, seeds, test } from './support/app'

/**
 * The desktop app end to end. It needs Electron's binary, which `npm ci` fetches lazily from the
 * internet; where that is impossible (offline CI) the spec skips and says why.
 */
function electronBinary(): string | null {
  try {
    const dir = dirname(createRequire(join(ROOT, 'package.json')).resolve('electron/package.json'))
    const pathTxt = join(dir, 'path.txt')
    if (!existsSync(pathTxt)) return null
    const bin = join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim())
    return existsSync(bin) ? bin : null
  } catch {
    return null
  }
}

const binary = electronBinary()
const skipReason =
  'No Electron binary in node_modules/electron/dist: it is downloaded from the internet on first use, ' +
  'which this machine cannot reach. Browser-mode specs cover the same renderer and services.'

test.describe('desktop app (Electron)', () => {
  test.skip(binary === null, skipReason)
  if (binary === null) console.log(`[electron.spec] skipped: ${skipReason}`)

  let app: ElectronApplication
  let dataDir: string

  test.beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cotejo-electron-'))
    app = await electron.launch({
      executablePath: binary!,
      args: [join(ROOT, 'out/main/index.js'), '--data-dir', dataDir]
    })
  })

  test.afterEach(async () => {
    await app.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  test('imports a seed and shows it side by side through IPC', async () => {
    const page = await app.firstWindow()
    const cotejo = new CotejoPage(page)
    const seed = seeds()[1]!
    await cotejo.createProject('Notas')
    await cotejo.importCombined(seed.path)
    const rows = await cotejo.readGrid()
    expect(rows.map((r) => r.source)).toEqual(seed.source)
    expect(rows.map((r) => r.target)).toEqual(seed.target)
  })

  test('the page has no Node, and cannot navigate away or open windows', async () => {
    const page = await app.firstWindow()
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
    const before = page.url()
    expect(before).toBe('app://cotejo/index.html')
    expect(await page.evaluate(() => window.open('https://example.com/'))).toBeNull()
    await page.evaluate(() => (window.location.href = 'https://example.com/'))
    await expect.poll(() => page.url()).toBe(before)
    expect(app.windows()).toHaveLength(1)
  })
})
