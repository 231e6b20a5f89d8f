import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../src/backend/db/database'
import { createGlossaryStore } from '../../../../src/backend/store/glossary'
import type { GlossaryEntry } from '../../../../src/core/domain/glossary'
import { tempDir } from '../../support/fs'

function store() {
  const db = openDatabase(join(tempDir(), 'g.sqlite'))
  db.prepare("INSERT INTO project (id, name, created_at, updated_at) VALUES (1, 'P', 't', 't')").run()
  return createGlossaryStore(db, () => '2026-01-01T00:00:00Z')
}

describe('glossary store: many terms at once', () => {
  it('stores every field of every term as given, in the project or globally', () => {
    const glossary = store()
    const terms: GlossaryEntry[] = [
      { source: 'Consejería', target: 'Regional Ministry', allowed: ['Department'], forbidden: ['Council'] },
      {
        source: 'ONU',
        target: 'UN',
        allowed: [],
        forbidden: ['U.N.'],
        note: 'Sin puntos, "siempre"',
        caseSensitive: true,
        accentInsensitive: true
      },
      { source: 'año 🎉', target: 'year\\"', allowed: [], forbidden: [] }
    ]
    glossary.insertMany(1, terms)
    glossary.insertMany(null, [terms[0]!])
    const stored = glossary.list(1).map(({ id: _id, ...t }) => t)
    // Listed by source, case ignored.
    expect(stored).toEqual([
      { ...terms[2], caseSensitive: false, accentInsensitive: false, projectId: 1 },
      { ...terms[0], caseSensitive: false, accentInsensitive: false, projectId: 1 },
      { ...terms[1], projectId: 1 }
    ])
    expect(glossary.list(null)).toHaveLength(1)
    expect(glossary.forProject(1)).toHaveLength(4)
  })

  it('stores nothing for an empty list', () => {
    const glossary = store()
    glossary.insertMany(1, [])
    expect(glossary.list(1)).toEqual([])
  })
})
