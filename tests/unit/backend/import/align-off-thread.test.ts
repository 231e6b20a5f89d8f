import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignedPlan, offThreadAligner } from '../../../../src/backend/import/align-off-thread'
import { alignParagraphs } from '../../../../src/backend/services/align'
import type { ImportPlan } from '../../../../src/backend/import/plan'

const BUILT_WORKER = resolve(__dirname, '../../../../out/main/align-worker.js')
const LANGS = { sourceLang: 'es', targetLang: 'en' } as const
const SOURCE = ['El Gobierno anunció 12 medidas.', 'Párrafo omitido en la traducción.', 'La ministra habló en Lima.']
const TARGET = ['The Government announced 12 measures.', 'The minister spoke in Lima.']

describe('import alignment off the main thread', () => {
  it('falls back to this thread when there is no built worker', async () => {
    const align = offThreadAligner(undefined, alignParagraphs)
    expect(await align(SOURCE, TARGET, LANGS)).toEqual(alignParagraphs(SOURCE, TARGET, LANGS))
  })

  it('keeps the beads a file brought', async () => {
    const beads = [{ source: [0], target: [0], confidence: null, origin: 'file' as const }]
    const plan = { document: { source: ['a'], target: ['b'], beads }, recent: [] } as unknown as ImportPlan
    const never = () => Promise.reject(new Error('aligned although the file brought beads'))
    expect((await alignedPlan(plan, never)).document.beads).toBe(beads)
  })

  describe.skipIf(!existsSync(BUILT_WORKER))('with the built worker (npm test builds it first)', () => {
    it('gives the beads this thread gives, while this thread stays free', async () => {
      const align = offThreadAligner(BUILT_WORKER, alignParagraphs)
      // Thousands of pasted lines against a short release: long enough to see this thread keep running.
      const many = [...SOURCE, ...Array.from({ length: 20_000 }, (_, k) => `Línea ${k}.`)]
      let ticks = 0
      const timer = setInterval(() => ticks++, 5)
      const beads = await align(many, TARGET, LANGS)
      clearInterval(timer)
      expect(beads).toEqual(alignParagraphs(many, TARGET, LANGS))
      expect(ticks).toBeGreaterThan(0)
    })
  })
})
