import type { SpellService } from './speller'

/** British spellings and their American forms (the English dictionary is en-US). */
const US_FORMS: [RegExp, string][] = [
  [/our(s|ed|ing|ite|ites|able)?$/, 'or$1'],
  // "centre", "metre": a stem before "-re", so "pre" is not read as "per".
  [/^(\p{L}{2,}[^aeiou])re(s|d)?$/u, '$1er$2'],
  [/([aeiou])l(s|ment|ments)?$/, '$1ll$2'],
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/ogue(s)?$/, 'og$1'],
  [/que(s)?$/, 'ck$1'],
  [/mme(s)?$/, 'm$1'],
  [/ence(s)?$/, 'ense$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/ae/, 'e'],
  [/oe/, 'e']
]

/** The American spelling of a British form the dictionary rejects ("programme" -> "program"), or null. */
export function americanForm(word: string, spell: SpellService): string | null {
  for (const [re, to] of US_FORMS) {
    if (!re.test(word)) continue
    const candidate = word.replace(re, to)
    if (candidate !== word && spell.check(candidate, 'en')) return candidate
  }
  return null
}
