import { describe, expect, it } from 'vitest'
import { runBounded } from '../formats/bounded-child'

const CHILD = 'tests/unit/core/align/hostile-child.ts'

// The issue-21 pastes: tens of thousands of one-line paragraphs against a ten-paragraph release.
// Bounded child processes (heap cap, time limit): a regression to quadratic time or deep recursion
// fails here instead of stalling the suite.
describe('aligner on very unequal sides', () => {
  it('aligns 32,000 pasted source paragraphs against 10, every paragraph placed once', async () => {
    const out = await runBounded(CHILD, ['32000', '10', 'source'], 512)
    expect(out.stderr).toBe('')
    const [beads, source, target] = out.stdout.trim().split(' ').map(Number)
    expect([source, target]).toEqual([32000, 10])
    // Nearly every pasted line stands alone (1-0): no giant bead swallowing the document.
    expect(beads).toBeGreaterThanOrEqual(32000)
  })

  it('aligns 10 source paragraphs against 100,001 target paragraphs without a stack overflow', async () => {
    const out = await runBounded(CHILD, ['100001', '10', 'target'], 768)
    expect(out.stderr).toBe('')
    const [beads, source, target] = out.stdout.trim().split(' ').map(Number)
    expect([source, target]).toEqual([10, 100001])
    expect(beads).toBeGreaterThanOrEqual(100001)
  })

  it('aligns a paragraph that is one 5 MB word', async () => {
    const out = await runBounded(CHILD, ['1', '2', 'source', String(5_000_000)], 768)
    expect(out.stderr).toBe('')
    const [, source, target] = out.stdout.trim().split(' ').map(Number)
    expect([source, target]).toEqual([1, 3])
  })
})
