import { describe, expect, it } from 'vitest'
import { missingSpaceCheck } from '../../../../../src/core/checks/rules/typography-missing-space'
import { fails, passes } from '../helpers'

describe('typography-missing-space: glued punctuation is flagged', () => {
  it('flags a sentence stop glued to the next sentence, with the exact span and a fix', () => {
    const [f] = fails(missingSpaceCheck, {
      source: 'El presupuesto anual. NOTA: provisional.',
      target: 'The annual budget.NOTE: provisional.'
    })
    expect(f?.targetSpan).toMatchObject({ text: '.', start: 17, end: 18 })
    expect(f?.suggestion).toBe('. ')
  })
  it.each([
    ['The ratio was low;however, it rose.', ';'],
    ['Prices rose,and wages fell.', ','],
    ['Introduction:during the crisis habits changed.', ':'],
    ['It was easy.An hour later it was over!', '.'],
    ['Was it easy?Nobody knows.', '?'],
    ['Call the toll-free number,0800 12345, at any time.', ',']
  ])('%s', (target, mark) => {
    const [f] = fails(missingSpaceCheck, { source: 'Texto correcto, con espacios.', target })
    expect(f?.params?.mark).toBe(mark)
  })
  it('flags the source as a source error', () => {
    const [f] = fails(missingSpaceCheck, {
      source: 'El hombre anciano,en la calle, esperó.',
      target: 'The old man, in the street, waited.'
    })
    expect(f?.side).toBe('source')
    expect(f?.category).toBe('source/error')
  })
})

describe('typography-missing-space: look-alikes pass', () => {
  const fine: string[] = [
    'The rate was 1,5 % at 10:30 on 3.4.2021.',
    'Dr. J.R.R. Tolkien and Ph.D. students met in St.Louis.',
    'See www.gob.pe/Minsa, write to prensa@minsa.gob.pe or visit https://example.org/Page.',
    'The file informe.PDF and the site Spindl.Info are online.',
    'The U.S. and the U.K. signed; the E.U. did not.',
    'A list: a,b,c and x;y are symbols.',
    'He said "no."The rest followed.',
    'Sections 3,4 and 12;13 apply; items a,1 and b,2 do too; it cost 12,500 soles.'
  ]
  it.each(fine)('%s', (target) => passes(missingSpaceCheck, { source: 'Texto correcto.', target }))
})
