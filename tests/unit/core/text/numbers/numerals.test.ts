import { describe, expect, it } from 'vitest'
import { inferDecimalStyle, readNumeral, type DecimalStyle } from '../../../../../src/core/text/numbers/numerals'

describe('readNumeral', () => {
  const table: [string, DecimalStyle, number[]][] = [
    // Thousands with commas (Peru, Mexico, English) and dots or spaces (Spain).
    ['1,234,567', 'unknown', [1234567]],
    ['1.234.567', 'unknown', [1234567]],
    ['20 000', 'unknown', [20000]],
    ['100\u00A0034', 'unknown', [100034]],
    // Decimals, unambiguous whatever the style.
    ['1,5', 'point', [1.5]],
    ['63.2', 'comma', [63.2]],
    ['0,125', 'point', [0.125]],
    ['1350.5', 'unknown', [1350.5]],
    ['1·34', 'unknown', [1.34]],
    ['26 · 6', 'unknown', [26.6]],
    // Both separators: the last one is the decimal mark.
    ['1.234,56', 'unknown', [1234.56]],
    ['1,234.56', 'unknown', [1234.56]],
    ['959.220.00', 'unknown', [959220]],
    // One separator and three digits: the style's thousands mark groups thousands only; its decimal
    // mark reads a decimal first and keeps the thousands reading (texts copy foreign figures).
    ['9,000', 'point', [9000]],
    ['9.000', 'comma', [9000]],
    ['9,000', 'comma', [9, 9000]],
    ['9.000', 'point', [9, 9000]],
    ['9,000', 'unknown', [9000, 9]]
  ]
  it.each(table)('%s with %s decimals reads %j', (raw, style, values) => {
    expect(readNumeral(raw, style).values).toEqual(values)
  })

  it('reads a run of separators that groups nothing as a list of numbers', () => {
    const r = readNumeral('1,2,3', 'unknown')
    expect(r.list).toBe(true)
    expect(r.values).toEqual([1, 2, 3])
    expect(readNumeral('3.2.1', 'unknown').list).toBe(true)
  })

  it('reports which separators a numeral uses', () => {
    expect(readNumeral('25.638.921', 'unknown')).toMatchObject({ thousandsSep: '.', list: false })
    expect(readNumeral('21,8', 'point')).toMatchObject({ decimalSep: ',' })
  })
})

describe('inferDecimalStyle', () => {
  it('learns a decimal comma from unambiguous numbers', () => {
    expect(inferDecimalStyle(['La tasa fue de 3,5 % y el gasto de 1.234.000 euros.'], 'unknown')).toBe('comma')
  })
  it('learns a decimal point, as in Peru, from "4.0" or "12.5"', () => {
    expect(inferDecimalStyle(['Beneficia a 9,000 familias con tecnologías 4.0 y un 12.5 % más.'], 'unknown')).toBe(
      'point'
    )
  })
  it('keeps the fallback without evidence or with mixed evidence', () => {
    expect(inferDecimalStyle(['Hay 9,000 puestos y 4 mil habitantes.'], 'unknown')).toBe('unknown')
    expect(inferDecimalStyle(['Sube 3,5 % y luego 2.5 %.'], 'unknown')).toBe('unknown')
  })
  it('ignores clock times written with a point', () => {
    expect(inferDecimalStyle(['La ceremonia será a las 10.30 horas; el gasto, de 2,5 millones.'], 'unknown')).toBe(
      'comma'
    )
  })
})
