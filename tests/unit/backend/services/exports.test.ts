import { describe, expect, it } from 'vitest'
import { safeFileName } from '../../../../src/backend/services/exports'

describe('export file names', () => {
  it('drop bidirectional controls, so a name cannot show one extension and hold another', () => {
    expect(safeFileName('Nota\u202Efdp.exe')).toBe('Notafdp.exe')
    expect(safeFileName('Aviso\u2067 oficial\u2069')).toBe('Aviso oficial')
  })

  it('replace separators and control characters, and keep accents', () => {
    expect(safeFileName('Nota: 3/12 "Año"\u0085')).toBe('Nota_ 3_12 _Año_')
    expect(safeFileName('Comunicación\tconjunta')).toBe('Comunicación_conjunta')
  })

  it('never give an empty or hidden name', () => {
    expect(safeFileName('\u202E\u200B')).toBe('document')
    expect(safeFileName('..informe')).toBe('informe')
  })
})
