import { describe, expect, it } from 'vitest'
import { createInProcessRunner } from '../../../../src/backend/checks/runner'
import { openServices } from '../../../../src/backend/services/open'
import { CHECKS } from '../../../../src/core/checks/engine/registry'
import { apiCaller } from '../../support/api'
import { tempDir } from '../../support/fs'
import { seedFiles, seedParagraphs } from '../../support/seeds'

describe('reading some rows of a document', () => {
  it('gives those rows as the whole document has them, and the rest of the view whole', async () => {
    const services = openServices(tempDir(), { checks: CHECKS, runner: createInProcessRunner(CHECKS, () => undefined) })
    const call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'Filas' })
    const { source, target } = seedParagraphs(seedFiles()[1]!.text)
    const { document } = await call('importPasted', {
      projectId: project.id,
      name: 'Seed',
      source: source.join('\n\n'),
      target: target.join('\n\n')
    })
    await call('setSegmentStatus', { documentId: document.id, segment: 3, status: 'reviewed' })
    const whole = await call('getDocument', { documentId: document.id })
    const withFindings = [...new Set(whole.findings.map((f) => f.segment))].slice(0, 2)
    expect(withFindings).toHaveLength(2)
    const segments = [...withFindings, 3]
    const rows = await call('getRows', { documentId: document.id, segments })

    expect(rows.beads.map((b) => b.position)).toEqual([...segments].sort((a, b) => a - b))
    expect(rows.beads).toEqual(whole.beads.filter((b) => segments.includes(b.position)))
    const paragraphs = (side: 'source' | 'target') => rows.beads.flatMap((b) => b[side]).sort((a, b) => a - b)
    expect(rows.source).toEqual(paragraphs('source').map((p) => whole.source[p]))
    expect(rows.target).toEqual(paragraphs('target').map((p) => whole.target[p]))
    expect(rows.findings).toEqual(whole.findings.filter((f) => segments.includes(f.segment)))
    const { beads: _b, source: _s, target: _t, findings: _f, ...rest } = rows
    const { beads: _wb, source: _ws, target: _wt, findings: _wf, ...wholeRest } = whole
    expect(rest).toEqual(wholeRest)
    services.close()
  })
})
