import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { SEEDS_GLOSSARY, seedFiles, seedParagraphs } from '../../unit/support/seeds'

export const ROOT = resolve(process.cwd())
const SERVER = join(ROOT, 'out/main/server.js')

export interface BrowserModeApp {
  /** The printed address, with this run's token. */
  url: string
  dataDir: string
  origin: string
}

/** Starts `node out/main/server.js` on a free port with a fresh data folder; resolves with its printed URL. */
async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  if (!existsSync(SERVER)) throw new Error('Build first: npm run build (the e2e script does it).')
  const child = spawn(process.execPath, [SERVER, '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 15_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /COTEJO_URL=(\S+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolveUrl(m[1]!)
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)))
  })
  return { child, url }
}

export const test = base.extend<{ app: BrowserModeApp }>({
  // eslint-disable-next-line no-empty-pattern -- CONFIG: Playwright requires the fixture argument to be destructured
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cotejo-e2e-'))
    const { child, url } = await startServer(dataDir)
    await use({ url, dataDir, origin: new URL(url).origin })
    child.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
})

export { expect }

/** What a test reads of an API answer: an id, or the imported document's id. */
export interface ApiAnswer {
  ok: boolean
  value: { id?: number; document?: { id: number } }
}

/** Calls the browser mode's HTTP API with this run's token, for set-up a test need not click through. */
export function apiCaller(request: APIRequestContext, app: BrowserModeApp) {
  const token = new URL(app.url).hash.replace('#token=', '')
  return async (method: string, body: unknown): Promise<ApiAnswer> =>
    (
      await request.post(`${app.origin}/api/${method}`, { headers: { Authorization: `Bearer ${token}` }, data: body })
    ).json()
}

/** Writes a file for a test to pick, in the test's own output folder. */
export function testFile(folder: string, name: string, content: string | Buffer): string {
  mkdirSync(folder, { recursive: true })
  const path = join(folder, name)
  writeFileSync(path, content)
  return path
}

/** The example releases (in the repository, shared with the unit tests) with their paragraphs per side. */
export function seeds(): Array<{ name: string; path: string; source: string[]; target: string[] }> {
  return seedFiles().map(({ name, path, text }) => ({ name, path, ...seedParagraphs(text) }))
}

/** Page object of the app: selectors live here, not in the specs. */
export class CotejoPage {
  constructor(readonly page: Page) {}

  async createProject(name: string): Promise<void> {
    await this.page.locator('#new-project-name').fill(name)
    await this.page.getByRole('button', { name: /create project|crear proyecto/i }).click()
    await expect(this.page.getByTestId('project-name')).toHaveText(name)
  }

  async importCombined(path: string): Promise<void> {
    await this.page.getByTestId('import-combined-file').setInputFiles(path)
    await this.page.getByTestId('import-submit').click()
  }

  /**
   * Reads every row of the virtualized grid by scrolling it: only rows in view are in the DOM.
   * Returns source and target text per row, in row order.
   */
  async readGrid(): Promise<Array<{ source: string; target: string }>> {
    const body = this.page.getByTestId('grid-body')
    await expect(this.page.getByTestId('bead-row').first()).toBeVisible()
    const rows = new Map<number, { source: string; target: string }>()
    await body.evaluate((el) => (el.scrollTop = 0))
    for (let guard = 0; guard < 1000; guard++) {
      const visible = await this.page.getByTestId('bead-row').evaluateAll((els) =>
        els.map((el) => ({
          index: Number(el.getAttribute('data-index')),
          source: Array.from(el.querySelectorAll('[data-side="source"] p')).map((p) => p.textContent ?? ''),
          target: Array.from(el.querySelectorAll('[data-side="target"] p')).map((p) => p.textContent ?? '')
        }))
      )
      for (const r of visible) rows.set(r.index, { source: r.source.join('\n'), target: r.target.join('\n') })
      const atEnd = await body.evaluate((el) => {
        const before = el.scrollTop
        el.scrollTop = before + el.clientHeight * 0.8
        return el.scrollTop === before
      })
      if (atEnd) break
      // Two animation frames: the scroll event, then the virtualizer's render of the new window.
      await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
    }
    return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r)
  }
}

/** A project with the seeds glossary and the second seed (it has a major glossary finding), review screen open. */
export async function openSecondSeed(page: Page, url: string): Promise<CotejoPage> {
  const cotejo = new CotejoPage(page)
  await page.goto(url)
  await cotejo.createProject('Notas de prensa')
  await page.getByTestId('glossary-file').setInputFiles(SEEDS_GLOSSARY)
  await expect(page.getByTestId('glossary-status')).toBeVisible()
  await cotejo.importCombined(seedFiles()[1]!.path)
  await expect(page.getByTestId('review-page')).toBeVisible()
  await expect(page.getByTestId('bead-row').first()).toBeVisible()
  return cotejo
}

/** Sets who reviews in Settings, then comes back to the page it was on, once its rows show. */
export async function setReviewer(page: Page, name: string, role: 'reviewer' | 'communications'): Promise<void> {
  const back = page.url()
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByTestId('settings-name').fill(name)
  await page.getByTestId('settings-name').blur()
  await page.getByTestId('settings-role').selectOption(role)
  await expect(page.getByTestId('current-reviewer')).toContainText(name)
  await page.goto(back)
  await expect(page.getByTestId('bead-row').first()).toBeVisible()
}
