import { describe, expect, it } from 'vitest'
import { contextFor, documentFromPairs } from '../../../../../src/core/checks/engine/context'
import { runCheckJob } from '../../../../../src/core/checks/engine/job'
import { CHECKS } from '../../../../../src/core/checks/engine/registry'
import { runChecks } from '../../../../../src/core/checks/engine/runner'
import { fakeSpeller } from '../fake-speller'

const spell = fakeSpeller({ en: ['the', 'report', 'was', 'published', 'on', 'and', 'sales', 'rose'], es: [] })

/** An English source with a Dutch translation that has a wrong number and words no English speller knows. */
const PAIRS = [
  { source: 'Sales rose 25% in 2025.', target: 'De omzet steeg in 2025 met 52%.' },
  { source: 'The report was published on Monday and read by many.', target: 'Het rapport verscheen maandag.' },
  {
    source: 'Press the green button to start the machine now.',
    target: 'Press the green button to start the machine now.'
  }
]

describe('checks by language pair', () => {
  it('on a Dutch target, skips spelling and omission for their language and still checks numbers', () => {
    const doc = documentFromPairs('nl', PAIRS, 'en-US', 'nl-NL')
    const result = runChecks(CHECKS, contextFor(doc, [], undefined, spell))
    expect(result.failures).toEqual([])
    const skipped = new Map(result.skipped.map((s) => [s.checkId, s.reason]))
    expect(skipped.get('spelling')).toBe('languages')
    expect(skipped.get('omission')).toBe('languages')
    expect(skipped.get('negation')).toBe('languages')
    expect(result.ran).toEqual(expect.arrayContaining(['numbers', 'untranslated', 'typography-double-space']))
    expect(result.ran.some((id) => skipped.has(id))).toBe(false)
    const byCheck = (id: string) =>
      result.findings.filter((f) => [f.checkId, ...(f.otherReasons ?? []).map((r) => r.checkId)].includes(id))
    expect(byCheck('numbers').map((f) => f.sourceSpan?.text ?? f.targetSpan?.text)).toEqual(['25%', '52%'])
    expect(byCheck('spelling')).toEqual([])
    expect(byCheck('omission')).toEqual([])
    // A paragraph left as the source is untranslated in any language.
    expect(byCheck('untranslated').map((f) => f.segment)).toEqual([2])
  })

  it('runs the Spanish↔English checks on Spanish and English of any region', () => {
    const doc = documentFromPairs(
      'es',
      [{ source: 'Las ventas subieron 25%.', target: 'Sales rose 25%.' }],
      'es-PE',
      'en-GB'
    )
    const result = runChecks(CHECKS, contextFor(doc))
    expect(result.skipped.filter((s) => s.reason === 'languages')).toEqual([])
    expect(result.ran).toEqual(expect.arrayContaining(['spelling', 'omission', 'numbers']))
  })

  it('says a check switched off was skipped for that reason', () => {
    const doc = documentFromPairs('nl', PAIRS, 'en', 'nl')
    const result = runChecks(CHECKS, contextFor(doc), { numbers: { enabled: false } })
    expect(result.skipped).toContainEqual({ checkId: 'numbers', reason: 'disabled' })
    expect(result.ran).not.toContain('numbers')
  })

  it('reports the same checks run and skipped from a job, in registry order', () => {
    const job = {
      documents: [documentFromPairs('nl', PAIRS, 'en-US', 'nl-NL'), documentFromPairs('es', [PAIRS[0]!], 'en', 'es')],
      targets: ['nl', 'es'],
      glossary: [],
      settings: {}
    }
    const results = runCheckJob(job, CHECKS, undefined)
    const order = CHECKS.map((c) => c.id)
    const nl = results['nl']!
    expect(
      [...nl.ran, ...nl.skipped.map((s) => s.checkId)].sort((a, b) => order.indexOf(a) - order.indexOf(b))
    ).toEqual(order)
    expect(nl.ran).toEqual(order.filter((id) => nl.ran.includes(id)))
    expect(results['es']!.skipped.filter((s) => s.reason === 'languages')).toEqual([])
  })
})
