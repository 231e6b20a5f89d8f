import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../src/core/api/result'
import { Utf8Text } from '../../../../src/core/api/utf8-text'
import { FormatError } from '../../../../src/core/formats/errors'
import { fileReader } from '../../../../src/backend/import/read-off-thread'
import { alignedPlan } from '../../../../src/backend/import/tasks'
import { alignParagraphs } from '../../../../src/backend/services/align'
import type { ImportPlan } from '../../../../src/backend/import/plan'
import { openDatabase } from '../../../../src/backend/db/database'
import { importStorer } from '../../../../src/backend/services/import'
import { createAuditStore } from '../../../../src/backend/store/audit'
import { createDocumentStore } from '../../../../src/backend/store/documents'
import { createGlossaryStore } from '../../../../src/backend/store/glossary'
import { tempDir } from '../../support/fs'

const BUILT_WORKER = resolve(__dirname, '../../../../out/main/read-worker.js')
const LANGS = { sourceLang: 'es', targetLang: 'en' } as const
const SOURCE = ['El Gobierno anunció 12 medidas.', 'Párrafo omitido en la traducción.', 'La ministra habló en Lima.']
const TARGET = ['The Government announced 12 measures.', 'The minister spoke in Lima.']
const pasted = (source: string[], target: string[]) => ({
  projectId: 1,
  name: 'Nota',
  source: source.join('\n\n'),
  target: target.join('\n\n'),
  ...LANGS
})
const file = (name: string, text: string) => ({ name, base64: Buffer.from(text).toString('base64') })
const GLOSSARY = 'spanish,english\nSecretaría,Secretariat\nMinisterio,Ministry\n'
const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="es" datatype="plaintext"/>
<body><tu><tuv xml:lang="es"><seg>${SOURCE[0]}</seg></tuv><tuv xml:lang="en"><seg>${TARGET[0]}</seg></tuv></tu></body></tmx>`

/** The error a promise rejects with. */
const rejection = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => null,
    (err: unknown) => err
  )

describe('reading imports, glossaries and versions', () => {
  it('reads and aligns on this thread when there is no built worker', async () => {
    const plan = await fileReader(undefined, alignParagraphs).importPlan('importPasted', pasted(SOURCE, TARGET))
    expect(plan.document.source).toEqual(SOURCE)
    expect(plan.document.beads).toEqual(alignParagraphs(SOURCE, TARGET, LANGS))
  })

  it('reads a paste given as UTF-8 bytes on this thread as the same text given as a string', async () => {
    const reader = fileReader(undefined, alignParagraphs)
    const asString = pasted(['“Primera” frase 😀.', ...SOURCE], TARGET)
    const utf8 = (text: string) => new Utf8Text(new TextEncoder().encode(text))
    const asBytes = { ...asString, source: utf8(asString.source), target: utf8(asString.target) }
    expect(await reader.importPlan('importPasted', asBytes)).toEqual(await reader.importPlan('importPasted', asString))
  })

  it('keeps the beads a file brought, and aligns the sentences inside them before storing', () => {
    const beads = [
      { source: [0], target: [0], confidence: null, origin: 'file' as const },
      { source: [1], target: [1], confidence: null, origin: 'file' as const }
    ]
    const plan = {
      document: {
        source: ['Primera frase. Segunda frase.', 'Otra.'],
        target: ['First sentence. Second sentence.', 'Another.'],
        sourceLang: 'es',
        targetLang: 'en',
        beads
      },
      recent: []
    } as unknown as ImportPlan
    const never = () => {
      throw new Error('aligned although the file brought beads')
    }
    const aligned = alignedPlan(plan, never).document.beads ?? []
    expect(aligned.map((b) => [b.source, b.target, b.origin])).toEqual(beads.map((b) => [b.source, b.target, b.origin]))
    expect(aligned[0]?.sentences?.links).toHaveLength(2)
    expect(aligned[1]?.sentences?.links).toHaveLength(1)
    // A plan whose beads all have their sentences is kept as it is.
    const again = { ...plan, document: { ...plan.document, beads: aligned } }
    expect(alignedPlan(again, never)).toBe(again)
  })

  describe.skipIf(!existsSync(BUILT_WORKER))('on the built worker (npm test builds it first)', () => {
    const here = fileReader(undefined, alignParagraphs)
    const there = fileReader(BUILT_WORKER, alignParagraphs)

    it('gives the plan this thread gives, while this thread stays free', async () => {
      // Thousands of pasted lines against a short release: long enough to see this thread keep running.
      const many = [...SOURCE, ...Array.from({ length: 15_000 }, (_, k) => `Línea ${k}.`)]
      let ticks = 0
      const timer = setInterval(() => ticks++, 5)
      const plan = await there.importPlan('importPasted', pasted(many, TARGET))
      clearInterval(timer)
      expect(plan).toEqual(await here.importPlan('importPasted', pasted(many, TARGET)))
      expect(ticks).toBeGreaterThan(0)
    })

    it('reads a long paste the same, whatever its characters (it crosses as UTF-8 bytes)', async () => {
      const lines = Array.from({ length: 4_000 }, (_, k) => `\t“Línea” ${k} 😀 — ñ.\r`)
      const plan = await there.importPlan('importPasted', pasted(lines, TARGET))
      expect(plan).toEqual(await here.importPlan('importPasted', pasted(lines, TARGET)))
      expect(plan.document.source[1]).toBe('“Línea” 1 😀 — ñ.')
    })

    it('refuses a long paste with a lone surrogate by name, as it refuses a short one (UTF-8 would make it U+FFFD)', async () => {
      // Over 64K characters: long enough to cross as bytes.
      const lines = Array.from({ length: 8_000 }, (_, k) => `Línea número ${k}.`)
      lines[6_500] = 'Línea \uD83D rota.'
      const refusal = (p: Promise<unknown>) =>
        p.then(
          () => null,
          (e: unknown) => (e as AppError).code
        )
      expect(await refusal(there.importPlan('importPasted', pasted(lines, TARGET)))).toBe('import.unsupportedCharacter')
      expect(await refusal(here.importPlan('importPasted', pasted(lines, TARGET)))).toBe('import.unsupportedCharacter')
    })

    it('reads a paste given as UTF-8 bytes (browser mode) as the same text given as a string, and moves the bytes', async () => {
      const lines = Array.from({ length: 4_000 }, (_, k) => `\t“Línea” ${k} 😀 — ñ.\r`)
      const asString = pasted(lines, TARGET)
      const bytes = Buffer.from(asString.source)
      const asBytes = { ...asString, source: new Utf8Text(bytes), target: new Utf8Text(Buffer.from(asString.target)) }
      const plan = await there.importPlan('importPasted', asBytes)
      expect(plan).toEqual(await here.importPlan('importPasted', asString))
      // Moved, not copied: the buffer is the worker's now.
      expect(bytes.buffer.byteLength).toBe(0)
    })

    it('runs jobs side by side and one after another, each on a thread started ahead of it', async () => {
      const reader = fileReader(BUILT_WORKER, alignParagraphs)
      const side = (k: number) => file(`v${k}.txt`, `Versión ${k}.\n\nSegundo párrafo ${k}.`)
      const together = await Promise.all([1, 2, 3].map((k) => reader.side(side(k))))
      expect(together.map((r) => r.paragraphs[0])).toEqual(['Versión 1.', 'Versión 2.', 'Versión 3.'])
      for (const k of [4, 5])
        expect((await reader.side(side(k))).paragraphs).toEqual([`Versión ${k}.`, `Segundo párrafo ${k}.`])
      reader.close()
    })

    it('moves a file given as bytes to the worker instead of copying it; a pooled buffer is copied, not taken', async () => {
      const text = `${SOURCE.join('\n\n')}\n`
      const owned = new Uint8Array(Buffer.byteLength(text))
      owned.set(Buffer.from(text))
      const read = await there.side({ name: 'nueva.txt', base64: '', bytes: owned })
      expect(read).toEqual(await here.side(file('nueva.txt', text)))
      // Moved: this thread no longer holds the file's memory.
      expect(owned.byteLength).toBe(0)
      // A small Buffer shares its pool with others, which must stay intact.
      const pooled = Buffer.from(text)
      const neighbour = Buffer.from('vecino')
      expect((await there.side({ name: 'nueva.txt', base64: '', bytes: pooled })).paragraphs).toEqual(SOURCE)
      expect([pooled.toString(), neighbour.toString()]).toEqual([text, 'vecino'])
      // A view of a large buffer of its own (an upload in its request's body) moves with it, whole.
      const upload = Buffer.alloc(64 * 1024 + Buffer.byteLength(text), 0x20)
      upload.write(text, 64 * 1024)
      const view = upload.subarray(64 * 1024)
      expect((await there.side({ name: 'nueva.txt', base64: '', bytes: view })).paragraphs).toEqual(SOURCE)
      expect(upload.buffer.byteLength).toBe(0)
    })

    it('writes an export file there as this thread writes it, while this thread stays free', async () => {
      const units = Array.from({ length: 3_000 }, (_, k) => ({
        id: String(k + 1),
        source: `${SOURCE[k % 3]} (${k})`,
        target: `${TARGET[k % 2]} (${k})`,
        state: 'translated' as const,
        notes: [{ from: 'finding' as const, text: 'Revise la cifra.', author: 'Cotejo' }]
      }))
      const doc = { name: 'Nota', ...LANGS, units }
      const options = { now: new Date('2026-12-08T00:00:00Z'), toolVersion: '1.0.0' }
      for (const format of ['csv', 'xliff-2.0', 'tmx'] as const) {
        let ticks = 0
        const timer = setInterval(() => ticks++, 5)
        const bytes = await there.write(format, doc, options)
        clearInterval(timer)
        expect(Buffer.from(bytes).toString('utf8')).toBe(
          Buffer.from(await here.write(format, doc, options)).toString('utf8')
        )
        expect(ticks).toBeGreaterThan(0)
      }
    })

    it('reads a glossary and one side of a new version as this thread does', async () => {
      expect(await there.glossary(file('g.csv', GLOSSARY))).toEqual(await here.glossary(file('g.csv', GLOSSARY)))
      const side = file('nueva.txt', SOURCE.join('\n\n'))
      expect(await there.side(side)).toEqual(await here.side(side))
    })

    it('reads a memory TMX as this thread does, and refuses any other file for the memory', async () => {
      const tmx = file('memoria.tmx', TMX)
      const read = await there.tmx(tmx)
      expect(read).toEqual(await here.tmx(tmx))
      expect(read.units.map((u) => [u.source, u.target])).toEqual([[SOURCE[0], TARGET[0]]])
      const notTmx = await rejection(there.tmx(file('g.csv', GLOSSARY)))
      expect(notTmx).toBeInstanceOf(Error)
      expect(notTmx).toMatchObject({ code: expect.stringMatching(/^(import|format)\./) })
    })

    it('re-aligns as this thread does, keeping the beads a reviewer locked', async () => {
      const request = {
        beads: [
          { source: [0], target: [], locked: true },
          { source: [1], target: [0], locked: false },
          { source: [2], target: [1], locked: false }
        ],
        source: SOURCE,
        target: TARGET,
        langs: LANGS
      }
      const beads = await there.realign(request)
      expect(beads).toEqual(await here.realign(request))
      expect(beads[0]).toMatchObject({ source: [0], target: [], locked: true })
    })

    it('stores an import there over its own connection as this thread stores it, audit row included', async () => {
      const AT = '2026-12-07T10:00:00.000Z'
      const actor = { name: 'Ana Ruiz', role: 'translator' as const }
      const database = () => {
        const file = join(tempDir(), 'cotejo.sqlite')
        const db = openDatabase(file)
        db.prepare("INSERT INTO project (id, name, created_at, updated_at) VALUES (1, 'P', 't', 't')").run()
        return { file, db }
      }
      const onWorker = database()
      const stored = await fileReader(BUILT_WORKER, alignParagraphs, onWorker.file).importAndStore!(
        'importPasted',
        pasted(SOURCE, TARGET),
        { projectId: 1, at: AT, actor }
      )
      const onThisThread = database()
      const plan = await here.importPlan('importPasted', pasted(SOURCE, TARGET))
      const expected = importStorer(
        onThisThread.db,
        () => AT,
        () => actor,
        alignParagraphs
      )({ projectId: 1, plan })
      expect(stored).toEqual(expected)
      const view = (db: typeof onWorker.db) => createDocumentStore(db, () => AT).view(stored.document.id)
      expect(view(onWorker.db)).toEqual(view(onThisThread.db))
      const audit = (db: typeof onWorker.db) =>
        createAuditStore(db, () => AT)
          .forDocument(stored.document.id)
          .map(({ id: _id, ...row }) => row)
      expect(audit(onWorker.db)).toEqual(audit(onThisThread.db))
      expect(audit(onWorker.db)).toMatchObject([{ action: 'import', actor: 'Ana Ruiz', role: 'translator' }])
    })

    it('stores a glossary there as this thread stores it, with the rows it left out', async () => {
      const file = join(tempDir(), 'cotejo.sqlite')
      const db = openDatabase(file)
      const csv = `${GLOSSARY}Ministerio,Ministry\n,sin fuente\n`
      const stored = await fileReader(BUILT_WORKER, alignParagraphs, file).glossaryAndStore!(
        { name: 'g.csv', base64: Buffer.from(csv).toString('base64') },
        null,
        '2026-12-07T10:00:00.000Z'
      )
      const read = await here.glossary({ name: 'g.csv', base64: Buffer.from(csv).toString('base64') })
      expect(stored).toEqual({ imported: read.entries.length, skipped: read.skipped })
      expect(stored.skipped.length).toBeGreaterThan(0)
      const terms = createGlossaryStore(db, () => 't')
        .list(null)
        .map(({ id: _id, projectId: _p, ...t }) => t)
      expect(terms).toEqual(
        read.entries
          .map((e) => ({ caseSensitive: false, accentInsensitive: false, ...e }))
          .sort((a, b) => a.source.localeCompare(b.source))
      )
    })

    it('stores nothing when the import is refused, and says why as this thread does', async () => {
      const file = join(tempDir(), 'cotejo.sqlite')
      const db = openDatabase(file)
      db.prepare("INSERT INTO project (id, name, created_at, updated_at) VALUES (1, 'P', 't', 't')").run()
      const target = { projectId: 1, at: 't', actor: { name: 'A', role: 'translator' as const } }
      const there = fileReader(BUILT_WORKER, alignParagraphs, file)
      const empty = await rejection(there.importAndStore!('importPasted', pasted([], TARGET), target))
      expect(empty).toMatchObject({ code: 'import.emptySource' })
      const noProject = await rejection(
        there.importAndStore!('importPasted', pasted(SOURCE, TARGET), { ...target, projectId: 9 })
      )
      expect(noProject).toBeInstanceOf(AppError)
      expect(noProject).toMatchObject({ code: 'notFound' })
      expect(db.prepare('SELECT count(*) AS n FROM document').get()).toEqual({ n: 0 })
    })

    it('refuses what this thread refuses, with the same code and parameters', async () => {
      const empty = await rejection(there.importPlan('importPasted', pasted([], TARGET)))
      expect(empty).toBeInstanceOf(AppError)
      expect(empty).toMatchObject({ code: 'import.emptySource' })
      const broken = file('nota.xlf', '<xliff version="2.0"><file><unit id="1"><segment><source>Hola')
      const [mine, theirs] = await Promise.all([
        rejection(here.importPlan('importBilingual', { projectId: 1, file: broken })),
        rejection(there.importPlan('importBilingual', { projectId: 1, file: broken }))
      ])
      expect(theirs).toBeInstanceOf(mine instanceof FormatError ? FormatError : AppError)
      expect(theirs).toMatchObject({ code: (mine as { code: string }).code })
      expect((theirs as { params?: unknown }).params).toEqual((mine as { params?: unknown }).params)
    })
  })
})
