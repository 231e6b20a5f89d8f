import { Document, Packer, Paragraph } from 'docx'
import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../src/backend/services/open'
import { parseCombined } from '../../../../src/core/formats/combined'
import { apiCaller, errorCodeOf, type ApiCall } from '../../support/api'
import { colourCheck } from '../../support/checks'
import { tempDir } from '../../support/fs'
import { SEEDS_GLOSSARY, seedFiles } from '../../support/seeds'

function setup() {
  const services = openServices(tempDir(), { checks: [colourCheck], now: () => '2026-11-22T10:00:00.000Z' })
  return { services, call: apiCaller(services.handlers) }
}

const asFile = (name: string, bytes: Uint8Array | string) => ({
  name,
  base64: Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64')
})
const decode = (f: { base64: string }): Buffer => Buffer.from(f.base64, 'base64')
const ES_EN = { sourceLang: 'es', targetLang: 'en' } as const

/** A reviewed document: one correction with a comment, one segment reviewed, one query, one open finding. */
async function reviewed(call: ApiCall) {
  const project = await call('createProject', { name: 'Notas & “comillas”' })
  const { document } = await call('importPasted', {
    projectId: project.id,
    name: 'Nota <1>',
    source: 'El color del logo.\n\nOtro color nuevo.\n\nAñadió: «sí».',
    target: 'The colour of the logo.\n\nAnother new colour.\n\nHe added: “yes”.'
  })
  await call('editTarget', {
    documentId: document.id,
    paragraph: 0,
    text: 'The color of the logo.',
    category: 'linguistic-conventions/spelling',
    severity: 'minor',
    comment: 'US spelling & style'
  })
  await call('setSegmentStatus', { documentId: document.id, segment: 0, status: 'reviewed' })
  await call('createQuery', { documentId: document.id, segment: 2, question: '¿Comillas correctas?', findingKey: null })
  return { projectId: project.id, documentId: document.id }
}

describe('export and re-import through the app', () => {
  it.each(['xliff-2.0', 'xliff-1.2', 'tmx'] as const)('%s: same pairs and statuses come back', async (format) => {
    const { services, call } = setup()
    const { projectId, documentId } = await reviewed(call)
    const file = await call('exportDocument', { documentId, format, options: { tmxUnits: 'all' } })
    expect(file.fileName).toMatch(/^Nota _1_/)
    const back = await call('importBilingual', { projectId, file: asFile(file.fileName, decode(file)) })
    const a = await call('getDocument', { documentId })
    const b = await call('getDocument', { documentId: back.document.id })
    expect(b.source.map((p) => p.text)).toEqual(a.source.map((p) => p.text))
    expect(b.target.map((p) => p.text)).toEqual(a.target.map((p) => p.text))
    expect(b.target[0]?.originalText).toBe('The colour of the logo.')
    expect(b.beads.map((x) => x.status)).toEqual(['reviewed', 'untouched', 'untouched'])
    services.close()
  })

  it.each(['importBilingual', 'importCombined'] as const)(
    'its own bilingual CSV reads back through %s: same pairs, statuses and originals',
    async (method) => {
      const { services, call } = setup()
      const { projectId, documentId } = await reviewed(call)
      const file = await call('exportDocument', { documentId, format: 'csv' })
      expect(file.fileName).toMatch(/\.csv$/)
      const back = await call(method, { projectId, file: asFile(file.fileName, decode(file)), ...ES_EN })
      expect(back.document.origin).toBe('csv')
      const a = await call('getDocument', { documentId })
      const b = await call('getDocument', { documentId: back.document.id })
      expect(b.source.map((p) => p.text)).toEqual(a.source.map((p) => p.text))
      expect(b.target.map((p) => p.text)).toEqual(a.target.map((p) => p.text))
      expect(b.target.map((p) => p.originalText)).toEqual([
        'The colour of the logo.',
        'Another new colour.',
        'He added: “yes”.'
      ])
      expect(b.beads.map((x) => x.status)).toEqual(['reviewed', 'untouched', 'untouched'])
      expect([b.document.sourceLang, b.document.targetLang]).toEqual(['es', 'en'])
      services.close()
    }
  )

  it('a combined release .txt still imports as a combined release', async () => {
    const { services, call } = setup()
    const project = await call('createProject', { name: 'P' })
    const text = 'Hola.\n\nAdiós.\n\nEnglish translation\n\nHello.\n\nGoodbye.\n'
    const r = await call('importCombined', { projectId: project.id, file: asFile('nota.txt', text), ...ES_EN })
    expect(r.document.origin).toBe('combined')
    const d = await call('getDocument', { documentId: r.document.id })
    expect(d.target.map((p) => p.text)).toEqual(['Hello.', 'Goodbye.'])
    services.close()
  })

  it.each(['xliff-2.0', 'xliff-1.2'] as const)(
    '%s: comments and queries come back as the review they were, not as notes',
    async (format) => {
      const { services, call } = setup()
      const { projectId, documentId } = await reviewed(call)
      const file = await call('exportDocument', { documentId, format })
      const back = await call('importBilingual', { projectId, file: asFile(file.fileName, decode(file)) })
      const b = await call('getDocument', { documentId: back.document.id })
      expect(b.corrections.map((c) => c.comment)).toEqual(['US spelling & style'])
      expect(b.queries.map((q) => [q.beadPosition, q.question])).toEqual([[2, '¿Comillas correctas?']])
      // The open finding is found again by the checks; its exported note does not become a note.
      expect(b.findings.map((f) => f.segment)).toEqual([1])
      expect(b.beads.flatMap((x) => x.notes)).toEqual([])
      services.close()
    }
  )

  it('an approved document exports every unit as final and comes back approved, statuses kept', async () => {
    const { services, call } = setup()
    const { projectId, documentId } = await reviewed(call)
    await call('updateSettings', { reviewerRole: 'communications' })
    // The fixture's query to the author is still open: approving needs a reason.
    await call('approveDocument', { documentId, note: null, override: 'Author answered by phone' })
    const file = await call('exportDocument', { documentId, format: 'xliff-2.0' })
    expect(
      decode(file)
        .toString('utf8')
        .match(/<segment [^>]*state="final"/g)
    ).toHaveLength(3)
    const back = await call('importBilingual', { projectId, file: asFile('x.xlf', decode(file)) })
    const b = await call('getDocument', { documentId: back.document.id })
    expect(b.document.status).toBe('approved')
    expect(b.beads.map((x) => x.status)).toEqual(['reviewed', 'untouched', 'untouched'])
    services.close()
  })

  it('TMX is a memory: reviewed units by default (all on request), no QA messages, the tool and its version', async () => {
    const { services, call } = setup()
    const { documentId } = await reviewed(call)
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version
    const reviewedOnly = decode(await call('exportDocument', { documentId, format: 'tmx' })).toString('utf8')
    expect(reviewedOnly.match(/<tu /g)).toHaveLength(1)
    expect(reviewedOnly).toContain('The color of the logo.')
    expect(reviewedOnly).toContain(`creationtool="Cotejo" creationtoolversion="${version}"`)
    const all = decode(
      await call('exportDocument', { documentId, format: 'tmx', options: { tmxUnits: 'all' } })
    ).toString('utf8')
    expect(all.match(/<tu /g)).toHaveLength(3)
    // The open finding of the second unit is a QA message: not in the memory. Comments and queries are.
    expect(all).not.toContain('Use “color”.')
    expect(all).toContain('US spelling &amp; style')
    expect(all).toContain('¿Comillas correctas?')
    services.close()
  })

  it('TMX of a document with nothing reviewed says so rather than writing an empty memory', async () => {
    const { services, call } = setup()
    const project = await call('createProject', { name: 'P' })
    const { document } = await call('importPasted', {
      projectId: project.id,
      name: 'N',
      source: 'Hola.',
      target: 'Hello.'
    })
    expect(await errorCodeOf(call('exportDocument', { documentId: document.id, format: 'tmx' }))).toBe(
      'export.nothingReviewed'
    )
    services.close()
  })

  it('CSV has a BOM and keeps accents; the plain text has the corrected English only', async () => {
    const { services, call } = setup()
    const { documentId } = await reviewed(call)
    const csv = decode(await call('exportDocument', { documentId, format: 'csv' }))
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.toString('utf8')).toContain('Añadió: «sí».')
    const txt = decode(await call('exportDocument', { documentId, format: 'txt-target' })).toString('utf8')
    expect(txt).toContain('The color of the logo.')
    expect(txt).not.toContain('colour of the logo')
    expect(txt).not.toContain('color del logo')
    services.close()
  })

  it('the DOCX table shows the correction struck through and underlined, and opens as a Word document', async () => {
    const { services, call } = setup()
    const { documentId } = await reviewed(call)
    const zip = await JSZip.loadAsync(decode(await call('exportDocument', { documentId, format: 'docx-table' })))
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain('<w:tbl>')
    expect(xml).toMatch(/<w:strike\/>[\s\S]*?colour/)
    expect(xml).toMatch(/<w:u [^>]*\/>[\s\S]*?color/)
    services.close()
  })

  it('the review report shows the score, the corrections with their diff and author, the queries and the chart', async () => {
    const { services, call } = setup()
    await call('updateSettings', { reviewerName: 'Lucía <Rojas>' })
    const { documentId } = await reviewed(call)
    const html = decode(await call('exportDocument', { documentId, format: 'report-html' })).toString('utf8')
    expect(html).toContain('<del>colour</del>')
    expect(html).toContain('<ins>color</ins>')
    expect(html).toContain('Lucía &lt;Rojas&gt;')
    expect(html).not.toContain('<Rojas>')
    expect(html).toContain('¿Comillas correctas?')
    expect(html).toMatch(/<svg[^>]*role="img"/)
    // One finding is still open: the score is provisional, with no pass or fail yet.
    expect(html).toContain('PROVISIONAL')
    expect(html).not.toMatch(/\b(PASS|FAIL)\b/)
    services.close()
  })

  it('PDF needs the desktop app: browser mode says so', async () => {
    const { services, call } = setup()
    const { documentId } = await reviewed(call)
    expect(await errorCodeOf(call('exportDocument', { documentId, format: 'report-pdf' }))).toBe(
      'export.pdfUnavailable'
    )
    services.close()
  })

  it('exports a whole project as a zip with one file per document', async () => {
    const { services, call } = setup()
    const { projectId } = await reviewed(call)
    await call('importPasted', { projectId, name: 'Nota <1>', source: 'Hola.', target: 'Hello.' })
    const file = await call('exportProject', { projectId, format: 'tmx', options: { tmxUnits: 'all' } })
    const zip = await JSZip.loadAsync(decode(file))
    expect(Object.keys(zip.files).sort()).toEqual(['Nota _1_ (2).tmx', 'Nota _1_.tmx'])
    services.close()
  })
})

describe('importing Word and bilingual files', () => {
  it('a DOCX pair made from a seed imports with the same paragraphs as the text version', async () => {
    const { services, call } = setup()
    const project = await call('createProject', { name: 'P' })
    const seed = seedFiles()[1]!
    const parsed = parseCombined(seed.text)
    if (!parsed.ok) throw new Error('seed')
    const docx = async (paras: string[]) =>
      Packer.toBuffer(new Document({ sections: [{ children: paras.map((p) => new Paragraph(p)) }] }))
    const r = await call('importDocxPair', {
      projectId: project.id,
      source: asFile('nota.es.docx', await docx(parsed.value.source)),
      target: asFile('nota.en.docx', await docx(parsed.value.target))
    })
    const view = await call('getDocument', { documentId: r.document.id })
    expect(view.source.map((p) => p.text)).toEqual(parsed.value.source)
    expect(view.target.map((p) => p.text)).toEqual(parsed.value.target)
    services.close()
  })

  it('two Word documents dropped together (the window calls importPair) import as a pair, Spanish first', async () => {
    const { services, call } = setup()
    const project = await call('createProject', { name: 'P' })
    const docx = async (paras: string[]) =>
      Packer.toBuffer(new Document({ sections: [{ children: paras.map((p) => new Paragraph(p)) }] }))
    const r = await call('importPair', {
      projectId: project.id,
      source: asFile('comunicado.docx', await docx(['El consejo aprobó el plan.', 'La votación fue unánime.'])),
      target: asFile('comunicado-en.docx', await docx(['The council approved the plan.', 'The vote was unanimous.']))
    })
    expect(r.document.origin).toBe('docx')
    const view = await call('getDocument', { documentId: r.document.id })
    expect(view.beads.map((b) => [b.source, b.target])).toEqual([
      [[0], [0]],
      [[1], [1]]
    ])
    expect(view.target.map((p) => p.text)).toEqual(['The council approved the plan.', 'The vote was unanimous.'])
    services.close()
  })

  it('a zip named .txt is still refused as binary: the extension and the content must agree', async () => {
    const { services, call } = setup()
    const project = await call('createProject', { name: 'P' })
    const zip = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Hola.')] }] }))
    const code = await errorCodeOf(
      call('importPair', { projectId: project.id, source: asFile('a.txt', zip), target: asFile('b.txt', 'Hello.') })
    )
    expect(code).toBe('import.binary')
    services.close()
  })

  it('one XLIFF file given to the combined import is read as the bilingual file it is', async () => {
    const { services, call } = setup()
    const project = await call('createProject', { name: 'P' })
    const xliff =
      '<?xml version="1.0"?><xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="es" trgLang="en"><file id="f"><unit id="1"><segment><source>Hola.</source><target>Hello.</target></segment></unit></file></xliff>'
    const r = await call('importCombined', { projectId: project.id, file: asFile('nota.xlf', xliff) })
    expect(r.document.origin).toBe('xliff')
    services.close()
  })

  it.each([
    [
      'external entity',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff version="2.0"><file id="f"><unit id="1"><segment><source>&e;</source></segment></unit></file></xliff>',
      'format.doctypeForbidden'
    ],
    [
      'truncated XML',
      '<?xml version="1.0"?><xliff version="2.0" srcLang="es" trgLang="en"><file id="f"><unit id="1"><segment><source>Hola',
      'format.malformedXml'
    ],
    ['XML that is not XLIFF', '<?xml version="1.0"?><html><body>Hola</body></html>', 'format.notXliff']
  ])('refuses %s with a clear error and stores nothing', async (_label, xml, code) => {
    const { services, call } = setup()
    const project = await call('createProject', { name: 'P' })
    expect(await errorCodeOf(call('importBilingual', { projectId: project.id, file: asFile('x.xlf', xml) }))).toBe(code)
    expect((await call('getProject', { projectId: project.id })).documents).toEqual([])
    services.close()
  })
})

describe('glossary management', () => {
  it('imports the CSV termbase, edits and deletes terms, and round-trips through TBX', async () => {
    const { services, call } = setup()
    const project = await call('createProject', { name: 'P' })
    const csv = readFileSync(SEEDS_GLOSSARY)
    const imported = await call('importGlossary', { projectId: project.id, file: asFile('g.csv', csv) })
    expect(imported.imported).toBe(12)
    let terms = await call('listGlossary', { projectId: project.id })
    const bono = terms.find((t) => t.source === 'bono')!
    expect(bono).toMatchObject({ target: 'subsidy', forbidden: ['bond'] })
    await call('saveGlossaryTerm', {
      projectId: project.id,
      termId: bono.id,
      term: { source: 'bono', target: 'cash transfer', allowed: ['subsidy'], forbidden: ['bond'] }
    })
    const added = await call('saveGlossaryTerm', {
      projectId: null,
      termId: null,
      term: { source: 'Perú', target: 'Peru', accentInsensitive: false }
    })
    expect(await call('listGlossary', { projectId: null })).toEqual([
      expect.objectContaining({ id: added.id, source: 'Perú' })
    ])
    await call('deleteGlossaryTerm', { termId: terms.find((t) => t.source === 'PCM')!.id })
    terms = await call('listGlossary', { projectId: project.id })
    expect(terms).toHaveLength(11)

    const tbx = await call('exportGlossary', { projectId: project.id, format: 'tbx' })
    const other = await call('createProject', { name: 'Q' })
    await call('importGlossary', { projectId: other.id, file: asFile(tbx.fileName, decode(tbx)) })
    const strip = (list: typeof terms) => list.map(({ id: _id, projectId: _p, ...rest }) => rest)
    expect(strip(await call('listGlossary', { projectId: other.id }))).toEqual(strip(terms))
    services.close()
  })
})
