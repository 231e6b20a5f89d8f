import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../src/backend/db/database'
import { createDocumentStore, type NewDocument } from '../../../../src/backend/store/documents'
import type { InlineCode } from '../../../../src/core/domain/inline-codes'
import { placeholder } from '../../../../src/core/domain/inline-codes'
import { AppError } from '../../../../src/core/api/result'
import { tempDir } from '../../support/fs'

const CODES: InlineCode[] = [
  { k: 0, kind: 'open', id: '1', label: 'g1', xml: '<g id="1">' },
  { k: 1, kind: 'close', id: '1', label: '/g1', xml: '</g>' }
]

function store() {
  const db = openDatabase(join(tempDir(), 'c.sqlite'))
  db.prepare("INSERT INTO project (id, name, created_at, updated_at) VALUES (1, 'P', 't', 't')").run()
  return createDocumentStore(db, () => '2026-01-01T00:00:00Z')
}

const dutch = (langs: Partial<NewDocument> = {}): NewDocument => ({
  projectId: 1,
  name: 'Handleiding',
  sourceLang: 'en_us',
  targetLang: 'nl-nl',
  origin: 'xliff',
  sourceFile: null,
  targetFile: null,
  sourceEncoding: null,
  targetEncoding: null,
  source: [`Press ${placeholder(0)}Start${placeholder(1)}.`, 'Done.'],
  target: [`Druk op ${placeholder(0)}Start${placeholder(1)}.`, 'Klaar.'],
  beads: [
    { source: [0], target: [0], confidence: null, origin: 'manual', codes: CODES },
    { source: [1], target: [1], confidence: null, origin: 'manual' }
  ],
  ...langs
})

describe('document store: languages and inline codes', () => {
  it('stores the languages as canonical tags and gives each bead its codes back', () => {
    const documents = store()
    const doc = documents.insert(dutch())
    expect([doc.sourceLang, doc.targetLang]).toEqual(['en-US', 'nl-NL'])
    const view = documents.view(doc.id)
    expect(view.beads[0]?.codes).toEqual(CODES)
    expect(view.beads[1]).not.toHaveProperty('codes')
  })

  it('refuses a document whose language is not a tag, storing nothing', () => {
    const documents = store()
    expect(() => documents.insert(dutch({ targetLang: 'Dutch (Belgium)' }))).toThrow(AppError)
    expect(documents.listByProject(1)).toEqual([])
  })

  it('keeps the codes of beads an alignment edit leaves as they were', () => {
    const documents = store()
    const doc = documents.insert(dutch())
    documents.replaceBeads(doc.id, [
      { source: [0], target: [0], confidence: null, origin: 'manual' },
      { source: [1], target: [1], confidence: null, origin: 'manual' }
    ])
    expect(documents.view(doc.id).beads[0]?.codes).toEqual(CODES)
    documents.replaceBeads(doc.id, [{ source: [0, 1], target: [0, 1], confidence: null, origin: 'manual' }])
    expect(documents.view(doc.id).beads[0]).not.toHaveProperty('codes')
  })
})

describe('document store: the view read again', () => {
  // The store's clock stands still here: only the text revision and the statuses tell changes apart.
  it('shows a status set since, even one written without touching the document', () => {
    const db = openDatabase(join(tempDir(), 'c.sqlite'))
    db.prepare("INSERT INTO project (id, name, created_at, updated_at) VALUES (1, 'P', 't', 't')").run()
    const documents = createDocumentStore(db, () => '2026-01-01T00:00:00Z')
    const doc = documents.insert(dutch())
    expect(documents.view(doc.id).beads.map((b) => b.status)).toEqual(['untouched', 'untouched'])
    documents.setBeadStatus(doc.id, 1, 'reviewed')
    expect(documents.view(doc.id).beads.map((b) => b.status)).toEqual(['untouched', 'reviewed'])
    // As a restored review writes it: straight to the bead, the document's update time unchanged.
    db.prepare("UPDATE bead SET status = 'approved' WHERE document_id = ? AND position = 0").run(doc.id)
    expect(documents.view(doc.id).beads.map((b) => b.status)).toEqual(['approved', 'reviewed'])
  })

  it('shows a note written since without touching the document, as a rejection reason is', () => {
    const db = openDatabase(join(tempDir(), 'c.sqlite'))
    db.prepare("INSERT INTO project (id, name, created_at, updated_at) VALUES (1, 'P', 't', 't')").run()
    const documents = createDocumentStore(db, () => '2026-01-01T00:00:00Z')
    const doc = documents.insert(dutch())
    expect(documents.view(doc.id).beads.map((b) => b.notes.length)).toEqual([0, 0])
    db.prepare(
      "INSERT INTO bead_note (bead_id, kind, text, category) SELECT id, 'comment', 'Te letterlijk', 'rejection' FROM bead WHERE document_id = ? AND position = 1"
    ).run(doc.id)
    expect(documents.view(doc.id).beads.map((b) => b.notes.map((n) => n.text))).toEqual([[], ['Te letterlijk']])
    db.prepare('DELETE FROM bead_note').run()
    expect(documents.view(doc.id).beads.map((b) => b.notes.length)).toEqual([0, 0])
  })

  it('shows an edited text, a new name and a new alignment', () => {
    const documents = store()
    const doc = documents.insert(dutch())
    const before = documents.view(doc.id)
    documents.setTargetText(doc.id, 1, 'Gereed.')
    documents.rename(doc.id, 'Gids')
    const after = documents.view(doc.id)
    expect(after.target.map((p) => p.text)).toEqual([before.target[0]?.text, 'Gereed.'])
    expect(after.document.name).toBe('Gids')
    documents.replaceBeads(doc.id, [{ source: [0, 1], target: [0, 1], confidence: null, origin: 'manual' }])
    expect(documents.view(doc.id).beads.map((b) => [b.source, b.target])).toEqual([
      [
        [0, 1],
        [0, 1]
      ]
    ])
  })
})

describe('document store: texts kept exactly', () => {
  it('stores every paragraph, its original, its bead and its links as given, whatever characters it holds', () => {
    const documents = store()
    const source = ['Línea uno\r\ncon salto', '  espacios  ', 'emoji 🇪🇸 y "comillas" \\ barra', 'nulo\u0000dentro', '']
    const target = ['Line one\r\nwith a break', '\ttab', 'emoji 🇬🇧 and "quotes" \\ slash', 'null\u0000inside', 'x']
    const doc = documents.insert({
      ...dutch(),
      source,
      target,
      targetOriginal: target.map((t) => `${t} (original)`),
      beads: [
        { source: [0, 1], target: [0], confidence: 0.5, origin: 'auto', status: 'reviewed' },
        { source: [2], target: [1, 2], confidence: null, origin: 'manual' },
        { source: [3, 4], target: [3, 4], confidence: 1, origin: 'manual', codes: CODES }
      ]
    })
    const view = documents.view(doc.id)
    expect(view.source.map((p) => p.text)).toEqual(source)
    expect(view.target.map((p) => [p.text, p.originalText])).toEqual(target.map((t) => [t, `${t} (original)`]))
    expect(view.beads.map((b) => [b.source, b.target, b.confidence, b.origin, b.status])).toEqual([
      [[0, 1], [0], 0.5, 'auto', 'reviewed'],
      [[2], [1, 2], null, 'manual', 'untouched'],
      [[3, 4], [3, 4], 1, 'manual', 'untouched']
    ])
    expect(view.beads[2]?.codes).toEqual(CODES)
  })
})

describe('document store: a document’s project', () => {
  it('is the one it was stored in, and a document that is not there is not found', () => {
    const documents = store()
    const doc = documents.insert(dutch())
    expect(documents.projectOf(doc.id)).toBe(documents.get(doc.id).projectId)
    documents.remove(doc.id)
    expect(() => documents.projectOf(doc.id)).toThrow(expect.objectContaining({ code: 'notFound' }))
  })
})
