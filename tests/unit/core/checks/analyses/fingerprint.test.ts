import { describe, expect, it } from 'vitest'
import { documentFromPairs } from '../../../../../src/core/checks/engine/context'
import { projectFingerprint, withProjectHeld } from '../../../../../src/core/checks/analyses/fingerprint'

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
    const [more] = documentFromPairs('more', [{ source: 'Más.', target: 'More.' }]).segments
    docs[1]!.segments.push({ ...more!, index: 1, sourceParagraphs: [1], targetParagraphs: [1] })
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

describe('a held project', () => {
  it('is verified against its texts once per hold, and again in the next hold', () => {
    const docs = project()
    const before = projectFingerprint(docs)
    withProjectHeld(docs, () => {
      // Verified here, at the first request of the hold.
      docs[0]!.segments[1]!.target = 'Edited before the run.'
      const first = projectFingerprint(docs)
      expect(first).not.toBe(before)
      expect(projectFingerprint(docs)).toBe(first)
    })
    docs[0]!.segments[1]!.target = 'Another paragraph.'
    withProjectHeld(docs, () => expect(projectFingerprint(docs)).toBe(before))
  })

  it('stays held until the outermost hold ends', () => {
    const docs = project()
    withProjectHeld(docs, () => {
      withProjectHeld(docs, () => projectFingerprint(docs))
      const inside = projectFingerprint(docs)
      expect(projectFingerprint(docs)).toBe(inside)
    })
    const before = projectFingerprint(docs)
    docs[1]!.segments[0]!.target = 'Changed after the hold.'
    expect(projectFingerprint(docs)).not.toBe(before)
  })
})
