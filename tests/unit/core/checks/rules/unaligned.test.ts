import { describe, expect, it } from 'vitest'
import { unalignedCheck } from '../../../../../src/core/checks/rules/unaligned'
import { fails, passes } from '../helpers'

describe('unaligned', () => {
  it('flags a source paragraph with no translation as an omission', () => {
    const [f] = fails(unalignedCheck, { source: 'El evento contó con la presencia del gobernador.', target: '' })
    expect(f?.messageKey).toBe('omitted')
    expect(f?.category).toBe('accuracy/omission')
    expect(f?.severity).toBe('major')
    expect(f?.sourceSpan?.text).toBe('El evento contó con la presencia del gobernador.')
  })
  it('flags a translated paragraph with no source as an addition', () => {
    const [f] = fails(unalignedCheck, { source: '', target: 'The governor also attended.' })
    expect(f?.messageKey).toBe('added')
    expect(f?.category).toBe('accuracy/addition')
  })
  it('passes a bead with text on both sides', () => {
    passes(unalignedCheck, { source: 'Llegó el gobernador.', target: 'The governor arrived.' })
  })
})
