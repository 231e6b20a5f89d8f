import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase, writeTransaction } from '../../../../src/backend/db/database'
import { contextFromInput, contextWithChanges, type KeptContext } from '../../../../src/backend/services/findings'
import { createDocumentStore, type DocumentStore, type NewDocument } from '../../../../src/backend/store/documents'
import { tempDir } from '../../support/fs'
import { random } from '../../support/random'

const PARAGRAPHS = 12

/** Two connections on one database file: as two processes on one data folder are. */
function twoConnections() {
  const file = join(tempDir(), 'c.sqlite')
  const open = (): { db: ReturnType<typeof openDatabase>; documents: DocumentStore } => {
    const db = openDatabase(file)
    let tick = 0
    return { db, documents: createDocumentStore(db, () => `2026-12-07T10:00:${String(tick++ % 60).padStart(2, '0')}Z`) }
  }
  const here = open()
  here.db.prepare("INSERT INTO project (id, name, created_at, updated_at) VALUES (1, 'P', 't', 't')").run()
  return { here, other: open() }
}

function release(): NewDocument {
  const source = Array.from({ length: PARAGRAPHS }, (_, i) => `La consejera inauguró la sede número ${i + 1}.`)
  const target = Array.from({ length: PARAGRAPHS }, (_, i) => `The minister opened office number ${i + 1}.`)
  return {
    projectId: 1,
    name: 'Sedes',
    sourceLang: 'es',
    targetLang: 'en',
    origin: 'pair',
    sourceFile: null,
    targetFile: null,
    sourceEncoding: null,
    targetEncoding: null,
    source,
    target,
    beads: source.map((_, i) => ({ source: [i], target: [i], confidence: null, origin: 'auto' as const }))
  }
}

/** The context a kept one becomes: from what changed since it was read, or from a full read when that is refused. */
function reread(documents: DocumentStore, id: number, kept: KeptContext, revision: string) {
  const changes = documents.checkChanges(id, kept.readAt)
  const patched = changes && contextWithChanges(kept, changes, revision)
  return { context: patched ?? contextFromInput(documents.checkInput(id), revision, kept), incremental: !!patched }
}

const comparable = (k: KeptContext) => ({ readAt: k.readAt, context: k.context, keys: k.keys, stored: k.stored })

describe('reading only what changed since the checks last read a document', () => {
  it('gives the context a full read gives, after random edits from two connections, a rolled-back edit and alignment edits', () => {
    const { here, other } = twoConnections()
    const id = here.documents.insert(release()).id
    const next = random(14)
    const pick = (n: number): number => Math.floor(next() * n)
    let kept = contextFromInput(here.documents.checkInput(id), 'r0')
    const used = { incremental: 0, full: 0 }
    for (let round = 1; round <= 80; round++) {
      const writer = pick(2) === 0 ? here : other
      const paragraph = pick(PARAGRAPHS)
      const kind = pick(11)
      if (kind < 5) writer.documents.setTargetText(id, paragraph, `Edit ${round} of paragraph ${paragraph}.`)
      else if (kind === 5) writer.documents.setBeadStatus(id, pick(PARAGRAPHS), 'reviewed')
      else if (kind === 6) writer.documents.rename(id, `Sedes ${round}`)
      else if (kind === 7) {
        // An edit rolled back: nothing of it may be read, though the next write reuses its revision.
        const failing = writeTransaction(writer.db, () => {
          writer.documents.setTargetText(id, paragraph, 'Never stored.')
          throw new Error('rolled back')
        })
        expect(failing).toThrow('rolled back')
      } else if (kind === 8) {
        // The same text written again: nothing to read anew.
        const same = here.documents.checkInput(id).target[paragraph] as string
        writer.documents.setTargetText(id, paragraph, same)
      } else if (kind === 9) {
        // A source text changed by a writer that knows nothing of the bead (its sentences stay).
        writer.db
          .prepare("UPDATE paragraph SET text = ? WHERE document_id = ? AND side = 'source' AND position = ?")
          .run(`Texto ${round} del párrafo ${paragraph}.`, id, paragraph)
        writer.db.prepare('UPDATE document SET text_revision = text_revision + 1 WHERE id = ?').run(id)
      } else {
        // An alignment edit: two rows merged, or every row one to one again.
        const beads = release().beads
        if (pick(2) === 0 && paragraph + 1 < PARAGRAPHS) {
          beads.splice(paragraph, 2, {
            source: [paragraph, paragraph + 1],
            target: [paragraph, paragraph + 1],
            confidence: null,
            origin: 'manual'
          })
        }
        writer.documents.replaceBeads(id, beads)
      }
      const { context, incremental } = reread(here.documents, id, kept, `r${round}`)
      used[incremental ? 'incremental' : 'full']++
      const full = contextFromInput(here.documents.checkInput(id), `r${round}`)
      expect({ round, ...comparable(context) }).toEqual({ round, ...comparable(full) })
      kept = context
    }
    // Both paths were taken: the alignment edits are read whole, the rest incrementally.
    expect(used.incremental).toBeGreaterThan(50)
    expect(used.full).toBeGreaterThan(3)
  })

  it('reads the edit another connection committed and not one rolled back here, though both took the same revision', () => {
    const { here, other } = twoConnections()
    const id = here.documents.insert(release()).id
    const kept = contextFromInput(here.documents.checkInput(id), 'r0')
    const failing = writeTransaction(here.db, () => {
      here.documents.setTargetText(id, 1, 'Never stored.')
      throw new Error('rolled back')
    })
    expect(failing).toThrow('rolled back')
    other.documents.setTargetText(id, 4, 'The minister opened the fifth office.')

    const changes = here.documents.checkChanges(id, kept.readAt)
    expect(changes?.beads.map((b) => b.position)).toEqual([4])
    const after = contextWithChanges(kept, changes!, 'r1')!
    expect(after.context.segments[4]?.target).toBe('The minister opened the fifth office.')
    expect(after.context.segments[1]).toBe(kept.context.segments[1])
    expect(after.context.segments[1]?.target).toBe('The minister opened office number 2.')
  })

  it('reads no row after a status change or a rename', () => {
    const { here } = twoConnections()
    const id = here.documents.insert(release()).id
    const kept = contextFromInput(here.documents.checkInput(id), 'r0')
    here.documents.setBeadStatus(id, 3, 'approved')
    here.documents.rename(id, 'Sedes nuevas')
    const changes = here.documents.checkChanges(id, kept.readAt)
    expect(changes?.beads).toEqual([])
    expect(contextWithChanges(kept, changes!, 'r1')?.context.name).toBe('Sedes nuevas')
  })

  it('asks for a full read once rows were moved, added or removed', () => {
    const { here, other } = twoConnections()
    const id = here.documents.insert(release()).id
    const kept = contextFromInput(here.documents.checkInput(id), 'r0')
    // Rows added by another writer, without a trigger on insert: the counts tell.
    other.db
      .prepare(
        "INSERT INTO paragraph (document_id, side, position, text, original_text) VALUES (?, 'target', ?, 'Extra.', 'Extra.')"
      )
      .run(id, PARAGRAPHS)
    expect(here.documents.checkChanges(id, kept.readAt)).toBeNull()
    other.db
      .prepare("DELETE FROM paragraph WHERE document_id = ? AND side = 'target' AND position = ?")
      .run(id, PARAGRAPHS)
    expect(here.documents.checkChanges(id, kept.readAt)).toBeNull()
  })

  it('gives the source texts changed since they were read (the word count), whole once rows were reshaped', () => {
    const { here, other } = twoConnections()
    const id = here.documents.insert(release()).id
    const first = here.documents.sourceChanges(id)
    expect(first.whole).toBe(true)
    expect(first.paragraphs).toHaveLength(PARAGRAPHS)
    here.documents.setTargetText(id, 2, 'A target edit changes no source text.')
    const afterTarget = here.documents.sourceChanges(id, first.readAt)
    expect(afterTarget).toMatchObject({ whole: false, paragraphs: [] })
    other.db
      .prepare("UPDATE paragraph SET text = ? WHERE document_id = ? AND side = 'source' AND position = 5")
      .run('La consejera cerró la sede.', id)
    other.db.prepare('UPDATE document SET text_revision = text_revision + 1 WHERE id = ?').run(id)
    const afterSource = here.documents.sourceChanges(id, afterTarget.readAt)
    expect(afterSource).toMatchObject({
      whole: false,
      paragraphs: [{ position: 5, text: 'La consejera cerró la sede.' }]
    })
    other.documents.replaceBeads(id, release().beads)
    expect(here.documents.sourceChanges(id, afterSource.readAt).whole).toBe(true)
  })
})
