import { describe, expect, it } from 'vitest'
import { documentFromPairs } from '../../../../src/shared/checks/context'
import { projectFingerprint } from '../../../../src/shared/checks/text/fingerprint'

function project() {
  return [
    documentFromPairs('a', [
      { source: 'La Secretaría de Gobierno.', target: 'The Secretariat of Government.' },
      { source: 'Otro párrafo.', target: 'Another paragraph.' }
    ]),
    documentFromPairs('b', [{ source: 'Hola.', target: 'Hello.' }])
  ]
}

describe('project fingerprint', () => {
  it('is the same for the same texts, in the same array or a rebuilt one', () => {
    const docs = project()
    expect(projectFingerprint(docs)).toBe(projectFingerprint(docs))
    expect(projectFingerprint(project())).toBe(projectFingerprint(docs))
  })

  it('changes when a text of an array already seen is edited in place', () => {
    const docs = project()
    const before = projectFingerprint(docs)
    docs[0]!.segments[1]!.target = 'Another paragraph, edited.'
    const edited = projectFingerprint(docs)
    expect(edited).not.toBe(before)
    docs[0]!.segments[1]!.target = 'Another paragraph.'
    expect(projectFingerprint(docs)).toBe(before)
  })

  it('changes when segments or documents are added or removed in place', () => {
    const docs = project()
    const before = projectFingerprint(docs)
    docs[1]!.segments.push({ index: 1, sourceParagraphs: [1], targetParagraphs: [1], source: 'Más.', target: 'More.' })
    const added = projectFingerprint(docs)
    expect(added).not.toBe(before)
    docs.pop()
    expect(projectFingerprint(docs)).not.toBe(added)
    expect(projectFingerprint(docs)).not.toBe(before)
  })

  it('tells a text moved from source to target apart', () => {
    const docs = project()
    const before = projectFingerprint(docs)
    const s = docs[1]!.segments[0]!
    ;[s.source, s.target] = [s.target, s.source]
    expect(projectFingerprint(docs)).not.toBe(before)
  })
})
