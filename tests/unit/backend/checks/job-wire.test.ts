import { describe, expect, it } from 'vitest'
import { serialize } from 'node:v8'
import { decodeJob, encodeJob, readFromBytes, type KeptDocuments } from '../../../../src/backend/checks/job-wire'
import { documentFromPairs } from '../../../../src/core/checks/engine/context'
import type { CheckJob } from '../../../../src/core/checks/engine/job'
import type { DocumentContext } from '../../../../src/core/checks/engine/types'

const release = documentFromPairs('1', [
  { source: 'Abrió la sede.', target: 'The office opened.' },
  { source: 'Cerró la feria.', target: 'The fair closed.' },
  { source: 'Llegó el ministro.', target: 'The minister arrived.' }
])
const notice = documentFromPairs('2', [{ source: 'Hoy no hay rueda de prensa.', target: 'No press conference today.' }])

const jobOf = (...documents: DocumentContext[]): CheckJob => ({
  documents,
  targets: documents.map((d) => d.id),
  glossary: [],
  settings: {}
})

/** `release` with its second segment's translation edited (the others the same objects). */
function edited(): DocumentContext {
  const segments = [...release.segments]
  segments[1] = { ...release.segments[1]!, target: 'The fair has closed.' }
  return { ...release, segments }
}

describe('check jobs on their way to a worker', () => {
  it('sends each document whole the first time, then only the segments that changed', () => {
    const sent: KeptDocuments = new Map()
    const kept: KeptDocuments = new Map()
    const first = encodeJob(jobOf(release, notice), sent)
    expect(first.documents.map((d) => d.kind)).toEqual(['whole', 'whole'])
    expect(decodeJob(structuredClone(first), kept)).toEqual(jobOf(release, notice))

    const held = kept.get('2')!
    const change = edited()
    const second = encodeJob(jobOf(change, notice), sent)
    expect(second.documents.map((d) => (d.kind === 'changed' ? d.segments.map(([k]) => k) : 'whole'))).toEqual([
      [1],
      []
    ])
    const arrived = decodeJob(structuredClone(second), kept)
    expect(arrived).toEqual(jobOf(change, notice))
    // What did not change is what the worker already had: its per-segment work is kept by object.
    expect(arrived.documents[1]!.segments[0]).toBe(held.segments[0])
  })

  it('keeps the unchanged segments as the worker already holds them', () => {
    const sent: KeptDocuments = new Map()
    const kept: KeptDocuments = new Map()
    const held = decodeJob(structuredClone(encodeJob(jobOf(release), sent)), kept).documents[0]!
    const arrived = decodeJob(structuredClone(encodeJob(jobOf(edited()), sent)), kept).documents[0]!
    expect(arrived.segments[0]).toBe(held.segments[0])
    expect(arrived.segments[1]).not.toBe(held.segments[1])
    expect(arrived.segments[2]).toBe(held.segments[2])
  })

  it('sends a document again whole to a worker that holds nothing (a new or restarted one)', () => {
    const sent: KeptDocuments = new Map()
    encodeJob(jobOf(release), sent)
    expect(encodeJob(jobOf(edited()), new Map()).documents.map((d) => d.kind)).toEqual(['whole'])
  })

  it('refuses a change to a document the worker does not hold, rather than check a wrong text', () => {
    const sent: KeptDocuments = new Map()
    encodeJob(jobOf(release), sent)
    const change = encodeJob(jobOf(edited()), sent)
    expect(() => decodeJob(change, new Map())).toThrow(/does not hold document 1/)
  })

  it('sends segments added at the end of a document, and drops those cut from it', () => {
    const sent: KeptDocuments = new Map()
    const kept: KeptDocuments = new Map()
    decodeJob(encodeJob(jobOf(release), sent), kept)
    const longer = { ...release, segments: [...release.segments, ...notice.segments.map((s) => ({ ...s, index: 3 }))] }
    expect(decodeJob(structuredClone(encodeJob(jobOf(longer), sent)), kept)).toEqual(jobOf(longer))
    const shorter = { ...release, segments: release.segments.slice(0, 1) }
    expect(decodeJob(structuredClone(encodeJob(jobOf(shorter), sent)), kept)).toEqual(jobOf(shorter))
  })

  it('sends a document read as bytes as those bytes the first time, then its changes as for any other', () => {
    const read = readFromBytes(serialize(release))
    const sent: KeptDocuments = new Map()
    const kept: KeptDocuments = new Map()
    const first = encodeJob(jobOf(read, notice), sent)
    expect(first.documents.map((d) => d.kind)).toEqual(['serialized', 'whole'])
    expect(decodeJob(structuredClone(first), kept)).toEqual(jobOf(release, notice))
    const segments = [...read.segments]
    segments[2] = { ...read.segments[2]!, target: 'The minister has arrived.' }
    const second = encodeJob(jobOf({ ...read, segments }, notice), sent)
    expect(second.documents.map((d) => (d.kind === 'changed' ? d.segments.map(([k]) => k) : d.kind))).toEqual([[2], []])
    expect(decodeJob(structuredClone(second), kept).documents[0]!.segments[2]!.target).toBe('The minister has arrived.')
  })
})
