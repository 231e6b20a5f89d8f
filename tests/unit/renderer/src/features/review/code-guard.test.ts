import { describe, expect, it } from 'vitest'
import { placeholder } from '../../../../../../src/core/domain/inline-codes'
import { insertCode, keepsCodes, missingCodes } from '../../../../../../src/renderer/src/features/review/code-guard'

const [B, EB, X] = [0, 1, 2].map(placeholder) as [string, string, string]
const SOURCE = `Press ${B}Start${EB} now.${X}`

describe('editing a target with inline codes', () => {
  it('lets words around the codes change', () => {
    expect(keepsCodes(SOURCE, `Druk ${B}Start${EB}.${X}`, `Druk nu op ${B}Start${EB}.${X}`)).toBe(true)
  })

  it('refuses an edit that deletes a code or types over one', () => {
    expect(keepsCodes(SOURCE, `Druk ${B}Start${EB}.${X}`, `Druk ${B}Start.${X}`)).toBe(false)
    expect(keepsCodes(SOURCE, `Druk ${B}Start${EB}.${X}`, `Druk Start${EB}.${X}`)).toBe(false)
  })

  it('refuses a code pasted twice or one the source does not have', () => {
    expect(keepsCodes(SOURCE, `Druk ${B}Start${EB}.`, `Druk ${B}${B}Start${EB}.`)).toBe(false)
    expect(keepsCodes(SOURCE, 'Druk Start.', `Druk Start.${placeholder(7)}`)).toBe(false)
  })

  it('lets a missing code be copied in from the source, and an extra one go', () => {
    const target = `Druk ${B}Start${EB}.`
    expect(missingCodes(SOURCE, target)).toEqual([2])
    const fixed = insertCode(target, target.length, 2)
    expect(fixed).toBe(`Druk ${B}Start${EB}.${X}`)
    expect(keepsCodes(SOURCE, target, fixed)).toBe(true)
    expect(keepsCodes(SOURCE, `${X}Druk ${X}${B}Start${EB}.`, `Druk ${X}${B}Start${EB}.`)).toBe(true)
  })
})
