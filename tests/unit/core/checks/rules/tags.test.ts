import { describe, expect, it } from 'vitest'
import { contextFor, documentFromPairs } from '../../../../../src/core/checks/engine/context'
import { runChecks } from '../../../../../src/core/checks/engine/runner'
import { CHECKS } from '../../../../../src/core/checks/engine/registry'
import { tagsCheck } from '../../../../../src/core/checks/rules/tags'
import { missingSpaceCheck } from '../../../../../src/core/checks/rules/typography-missing-space'
import { doubleSpaceCheck } from '../../../../../src/core/checks/rules/typography-double-space'
import { spaceBeforePunctuationCheck } from '../../../../../src/core/checks/rules/typography-space-before-punctuation'
import type { CheckDefinition } from '../../../../../src/core/checks/engine/types'
import { placeholder, type InlineCode } from '../../../../../src/core/domain/inline-codes'
import type { Finding } from '../../../../../src/core/domain/findings'

// Made-up codes of one segment: <b>…</b> as 0/1, <i>…</i> as 2/3, a standalone <x/> as 4.
const CODES: InlineCode[] = [
  { k: 0, kind: 'open', id: '1', label: 'g1', xml: '<g id="1">' },
  { k: 1, kind: 'close', id: '1', label: '/g1', xml: '</g>' },
  { k: 2, kind: 'open', id: '2', label: 'g2', xml: '<g id="2">' },
  { k: 3, kind: 'close', id: '2', label: '/g2', xml: '</g>' },
  { k: 4, kind: 'standalone', id: '3', label: 'x3', xml: '<x id="3"/>', title: 'line break' }
]
const [B, EB, I, EI, X] = [0, 1, 2, 3, 4].map(placeholder) as [string, string, string, string, string]

function run(source: string, target: string, checks: CheckDefinition[] = [tagsCheck], codes = CODES): Finding[] {
  const doc = documentFromPairs('t', [{ source, target }], 'en-US', 'de-DE')
  doc.segments[0]!.codes = codes
  const result = runChecks(checks, contextFor(doc))
  expect(result.failures).toEqual([])
  return result.findings
}

const summary = (findings: Finding[]) =>
  findings.map((f) => [f.messageKey, f.params['code'], f.sourceSpan?.start ?? null, f.targetSpan?.start ?? null])

describe('tags check', () => {
  it('is silent when the translation keeps every code, standalone codes moved with the word order', () => {
    expect(run(`Press ${B}Start${EB} now.${X}`, `${X}Drücken Sie jetzt ${B}Start${EB}.`)).toEqual([])
    expect(run(`${B}Bold ${I}and italic${EI}${EB}`, `${B}Fett ${I}und kursiv${EI}${EB}`)).toEqual([])
    expect(run('No codes here.', 'Keine Codes hier.')).toEqual([])
  })

  it('reports a code the translation lost, on the source placeholder', () => {
    const source = `Call ${X}us.`
    expect(summary(run(source, 'Rufen Sie uns an.'))).toEqual([['missing', 'x3', source.indexOf(X), null]])
  })

  it('lets the translation drop a code the format says may be deleted (XLIFF 2 canDelete), not one it forbids', () => {
    const codes = CODES.map((c) => (c.k === 4 || c.k === 0 || c.k === 1 ? { ...c, deletable: true } : c))
    expect(run(`Call ${X}us ${B}now${EB}.`, 'Rufen Sie uns jetzt an.', [tagsCheck], codes)).toEqual([])
    const source = `Call ${X}us ${I}now${EI}.`
    expect(summary(run(source, 'Rufen Sie uns jetzt an.', [tagsCheck], codes))).toEqual([
      ['missing', 'g2', source.indexOf(I), null],
      ['missing', '/g2', source.indexOf(EI), null]
    ])
    // Deletable, not addable: a deletable code twice in the translation is still reported.
    expect(summary(run(`Call ${X}us.`, `Rufen ${X}Sie ${X}uns.`, [tagsCheck], codes))[0]?.[0]).toBe('duplicated')
  })

  it('reports a code the source does not have, and one written twice', () => {
    const target = `Rufen ${X}Sie ${X}uns ${B}an.`
    expect(summary(run(`Call ${X}us.`, target))).toEqual([
      ['duplicated', 'x3', null, target.indexOf(X, target.indexOf(X) + 1)],
      ['extra', 'g1', null, target.indexOf(B)]
    ])
  })

  it('reports a closing code before its opening one', () => {
    const target = `Drücken Sie ${EB}Start${B}.`
    const found = run(`Press ${B}Start${EB}.`, target)
    expect(summary(found)).toEqual([['reversed', '/g1', null, target.indexOf(EB)]])
    expect(found[0]?.category).toBe('design-and-markup/markup')
  })

  it('reports overlapping pairs once, on the code that closes across the other', () => {
    const target = `${B}Fett ${I}und${EB} kursiv${EI}`
    expect(summary(run(`${B}Bold ${I}and${EI} italic${EB}`, target))).toEqual([
      ['overlap', '/g1', null, target.indexOf(EB)]
    ])
  })

  it('leaves disorder the source already has, ids shared by several codes, and comment marks', () => {
    expect(run(`${B}Bold ${I}and${EB} italic${EI}`, `${B}Fett ${I}und${EB} kursiv${EI}`)).toEqual([])
    const shared: InlineCode[] = [
      { k: 0, kind: 'open', id: '1', label: 'bpt1', xml: '<bpt i="1">' },
      { k: 1, kind: 'open', id: '1', label: 'bpt2', xml: '<bpt i="1">' },
      { k: 2, kind: 'close', id: '1', label: 'ept1', xml: '<ept i="1">' },
      { k: 3, kind: 'close', id: '1', label: 'ept2', xml: '<ept i="1">' }
    ]
    expect(run(`(${B}${EB}1${I}${EI})`, `(${EB}${B}1${I}${EI})`, [tagsCheck], shared)).toEqual([])
    const comment: InlineCode[] = [
      { k: 0, kind: 'open', id: 'c1', label: 'mrk', xml: '<mrk mtype="x-sdl-comment" sdl:cid="c1">' },
      { k: 1, kind: 'close', id: 'c1', label: '/mrk', xml: '</mrk>' }
    ]
    expect(run('Press Start.', `Druk op ${B}Start${EB}.`, [tagsCheck], comment)).toEqual([])
  })

  it('compares placeholders even without a code table, by count', () => {
    expect(summary(run(`A ${X} b`, 'A b', [tagsCheck], []))).toEqual([['missing', '#5', 2, null]])
  })

  it('keeps other checks from reading a code as a space', () => {
    expect(run(`Press ${B}Start${EB} now.`, `Drücken Sie ${B}Start${EB} .`, [doubleSpaceCheck])).toEqual([])
    expect(
      run(`Press ${B}Start${EB} now.`, `Drücken Sie ${B}Start${EB} .`, [spaceBeforePunctuationCheck])
    ).toHaveLength(1)
    const doubled = `Drücken Sie  ${B}Start${EB}.`
    expect(run(`Press ${B}Start${EB}.`, doubled, [doubleSpaceCheck]).map((f) => f.targetSpan?.start)).toEqual([
      doubled.indexOf('  ')
    ])
    expect(run(`Acme Inc.${X}Miami`, `Acme Inc.${X}Miami`, [missingSpaceCheck])).toEqual([])
    // Glued words stay apart for every check: no check reports the placeholder itself.
    const all = run(`Corp${X}3708 Street`, `Corp${X}3708 Straße`, [...CHECKS])
    expect(all.filter((f) => f.checkId === 'tags')).toEqual([])
  })
})
