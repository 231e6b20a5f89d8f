import type { Lang } from '../domain/language'

/**
 * Closed-class words (articles, prepositions, conjunctions, pronouns, auxiliaries). General
 * vocabulary: they carry no term meaning, glue names together and identify the language.
 */
const ES = `a al ante bajo con contra de del desde durante e el en entre hacia hasta mediante para por según sin sobre
tras y o u ni que la las lo los un una unos unas su sus se le les me nos te mi mis tu tus este esta estos
estas ese esa esos esas aquel aquella esto eso como más muy pero también ya no sí porque cuando donde quien
quienes cual cuales cuyo cuya es son fue fueron ha han había habían ser estar está están era eran será serán
sido hay otro otra otros otras todo toda todos todas mismo misma cada tanto aunque sino pues si él ella ellos
ellas nosotros usted ustedes yo algún alguna algunos algunas ningún ninguna dicho dicha dichos dichas mediante
aquello aquellos aquellas cuyos cuyas mas segun tambien además ademas asimismo así asi luego entonces mismos
mismas nuestro nuestra nuestros nuestras ello aún aun todavía todavia incluso solo sólo menos tan tanta tantos
tantas estaba estaban`

const EN = `a an the of in on at to for from by with without about into onto over under between through during after
before against among within and or nor but if so as than that this these those which who whom whose what where
when while it its it's he she they them their his her we our us you your i me my is are was were be been being
has have had do does did will would shall should can could may might must not no also very more most such
there here both each every all any some other another only own same then thus too via per upon ours theirs him
above below across toward towards yet however moreover furthermore therefore hence whereas although though
because since unless until many much less few either neither even still meanwhile likewise similarly instead
otherwise besides finally additionally consequently nevertheless nonetheless indeed accordingly just`

const ES_SET = new Set(ES.split(/\s+/))
const EN_SET = new Set(EN.split(/\s+/))

export function functionWords(lang: Lang): ReadonlySet<string> {
  return lang === 'es' ? ES_SET : EN_SET
}

/** `word` must already be lowercase. */
export function isFunctionWord(word: string, lang: Lang): boolean {
  return functionWords(lang).has(word)
}

/** Words that may sit inside a multi-word name between capitalized words ("Banco de la Nación", "Bank of the West"). */
const NAME_GLUE: Record<Lang, ReadonlySet<string>> = {
  es: new Set([
    'de',
    'del',
    'la',
    'las',
    'los',
    'el',
    'y',
    'e',
    'para',
    'en',
    'por',
    'a',
    'al',
    'sobre',
    'contra',
    'con'
  ]),
  en: new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'against', 'with', '&'])
}

export function isNameGlue(word: string, lang: Lang): boolean {
  return NAME_GLUE[lang].has(word)
}

/** Conjunctions that coordinate two noun phrases. */
export const COORDINATORS: Record<Lang, ReadonlySet<string>> = {
  es: new Set(['y', 'e', 'o', 'u', 'ni']),
  en: new Set(['and', 'or', 'nor', '&'])
}

export function otherLang(lang: Lang): Lang {
  return lang === 'es' ? 'en' : 'es'
}

/** Glue words and their usual counterparts in the other language (for following a phrase's structure). */
const GLUE_PAIRS: [string, string][] = [
  ['y', 'and'],
  ['e', 'and'],
  ['o', 'or'],
  ['u', 'or'],
  ['de', 'of'],
  ['del', 'of'],
  ['del', 'the'],
  ['para', 'for'],
  ['en', 'in'],
  ['en', 'on'],
  ['por', 'by'],
  ['con', 'with'],
  ['a', 'to'],
  ['al', 'to'],
  ['la', 'the'],
  ['el', 'the'],
  ['los', 'the'],
  ['las', 'the']
]

/** Target-language glue words that translate any of the given source glue words. */
export function glueCounterparts(sourceGlue: Iterable<string>, sourceLang: Lang): Set<string> {
  const out = new Set<string>()
  for (const g of sourceGlue) {
    for (const [es, en] of GLUE_PAIRS) {
      if (sourceLang === 'es' && es === g) out.add(en)
      if (sourceLang === 'en' && en === g) out.add(es)
    }
  }
  return out
}
