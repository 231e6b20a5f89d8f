/**
 * Negation in Spanish and English: the words that negate, the fixed phrases that contain them
 * without negating ("sin embargo", "no obstante", "No. 5"), and the words that carry a negation in
 * their form ("unvaccinated", "inadecuado", "homeless", "falta de") so a translation that moves
 * the negation into a word is not reported.
 */
import type { Lang } from '../../domain/language'

/** Folded (no accents), lowercase. */
const NEGATORS: Record<Lang, ReadonlySet<string>> = {
  es: new Set([
    'no',
    'nunca',
    'jamas',
    'ni',
    'ningun',
    'ninguno',
    'ninguna',
    'ningunos',
    'ningunas',
    'nadie',
    'nada',
    'tampoco',
    'sin'
  ]),
  en: new Set(['not', 'never', 'no', 'nor', 'neither', 'none', 'nobody', 'nothing', 'nowhere', 'without', 'cannot'])
}

/** Negators that only reinforce an earlier one in the same clause: "no ... nada", "neither ... nor". */
const REINFORCING: Record<Lang, ReadonlySet<string>> = {
  es: new Set([
    'nunca',
    'jamas',
    'ni',
    'ningun',
    'ninguno',
    'ninguna',
    'ningunos',
    'ningunas',
    'nadie',
    'nada',
    'tampoco'
  ]),
  en: new Set(['nor', 'never', 'nothing', 'none', 'nobody', 'no'])
}

/** Phrases with a negator that do not negate; the regexes run on folded lowercase text. */
const NOT_NEGATION: Record<Lang, RegExp> = {
  // "no (es) solo", "no antes del lunes", "no lejos de", "no hay duda"; "no ... más que / otra cosa
  // que" restricts ("no nos queda otra cosa que" = "all we can do is"), it does not negate. After a
  // comparative, "que nadie / nunca / nada" is "than anyone / ever / anything" ("más que nunca",
  // "mayores que los que nadie logró"), and so is "nunca ha sido más" ("more than ever"); "no menos
  // de 40" and "nada menos que 40" are "at least 40". Idioms that state the opposite of a negation:
  // "no es ningún secreto" (it is known), "no quitar los ojos de" (keep an eye on).
  es: /\b(?:sin embargo|no obstante|sin duda|sin perjuicio|a no ser que|nada (?:mas|menos) que|no bien|no hace mucho|no es sino|no antes del?|no lejos del?|no deja de|no dejan de|no cabe duda|no hay duda|no es (?:ningun )?secreto|sin mas (?:preambulos|dilacion)|no(?: \p{L}+){0,3} quit\p{L}* (?:el|los) ojos?|no deja (?:lugar a )?dudas?|no\.\s*(?=\d)|no(?: \p{L}+){0,2} (?:solo|solamente|unicamente|simplemente|meramente)|no(?: \p{L}+){0,3} (?:otra cosa|mas) que|no menos del?|(?:mas|menos|mejor|mejores|peor|peores|mayor|mayores|menor|menores)(?: \p{L}+){0,3} que(?: \p{L}+){0,3}? (?:nadie|nunca|jamas|nada|ningun\p{L}*)|(?:nunca|jamas)(?: \p{L}+){0,2} (?:sido|estado|sentido|visto)(?: tan)? (?:mas|mejor|mejores|peor|peores|mayor|mayores|menor|menores))\b/gu,
  // Litotes and fixed phrases: "not far from" (near), "not until" (only at), "not so much X as Y",
  // "not long ago" (recently), "no fewer than 40" (at least 40), "never felt better" (better than ever);
  // doubt idioms ("no doubt", "without a doubt", "leaves no doubt") are certainty on both sides, and
  // "made no secret of" (showed), "in no uncertain terms" (firmly), "with no further ado" (at once).
  en: /\b(?:nevertheless|nonetheless|none the less|no\.?\s*(?=\d)|not (?:only|just|merely|solely)|no sooner|no doubt|not least|nothing but|no secret|(?:with no|without) further ado|in no uncertain terms|without (?:a )?doubt|not far from|not until|not before|not so much|not long (?:ago|after|before)|no (?:less|fewer) than|never (?:been|felt|looked|seemed|sounded)(?: so)? (?:better|worse|more|less|greater|higher|lower|stronger|weaker))\b|\b\p{L}+n['’]t (?:only|just|merely|solely)\b/gu
}

/** Words that negate by their form: prefixes and suffixes, and verbs of lacking or failing. */
const MORPHOLOGICAL: Record<Lang, RegExp> = {
  es: /^(?:prohib|rehus|inadecu|insuficien|imposib|incapa|incomplet|incorrect|inefica|ineficien|inexist|inapropiad|invalid|invisib|involunt|inestab|inseguri|ilegal|irregular|irrelevan|irreversib|desconoc|desigual|descontinu|desfavorab|desventaj|desemple|asintom|anormal|atipic|falta|faltan|carec|carenc|ausen|fracas|excepto|salvo|evit|impid|impedi|neg[oóa]|rechaz|solo|solamente|unicamente|apenas|exclu|poc[oa]s?|ignor|omit|olvid|descart|gratuit|gratis)/,
  en: /^(?:non|un(?!der|i(?:t|on|qu|vers|form|f|lat|corn|s|c)|til|to|less)\p{L}{3,}|prohibit|forbid|ban(?:s|ned|ning)?$|ceas|stop(?:s|ped|ping)?$|quit(?:s|ting)?$|inadequa|insufficien|impossib|incapa|incomplet|incorrect|ineffect|inefficien|inexist|inappropriat|invalid|invisib|involunt|instab|insecur|illegal|irregular|irrelevan|irreversib|disadvantag|disab|discontinu|dissatisf|asymptom|abnormal|atypical|lack|absen|fail|free|exclu|except|avoid|prevent|refus|den[iy]|rarely|hardly|barely|seldom|only|instead|rather|unless|zero|miss|skip|ignor|little|few|refrain|omit|neglect|unaware)|less$/u
}

/**
 * "No solo ... sino (también)", "not only ... but (also)": the first part is affirmed, not denied.
 * The regexes run on folded lowercase text.
 */
const NOT_ONLY: Record<Lang, RegExp> = {
  es: /\bno(?: (?!nada|nadie|nunca|ningun)\p{L}+){0,2} (?:solo|solamente|unicamente|simplemente|meramente)\b/gu,
  en: /(?:\bnot|n['’]t)(?: \p{L}+){0,2} (?:only|just|merely|solely|simply)\b/gu
}

/** Words that restrict ("only", "solo"): with no negation before them, the statement says "only X". */
const ONLY: Record<Lang, RegExp> = {
  es: /\b(?:solo|solamente|unicamente|exclusivamente|simplemente|meramente)\b/gu,
  en: /\b(?:only|just|merely|solely|exclusively)\b/gu
}

/** "Sin" and "without" have a positive opposite: "con", "with". */
const WITHOUT: Record<Lang, { without: string; with: string }> = {
  es: { without: 'sin', with: 'con' },
  en: { without: 'without', with: 'with' }
}

export function notOnlyPattern(lang: Lang): RegExp {
  return NOT_ONLY[lang]
}

export function onlyPattern(lang: Lang): RegExp {
  return ONLY[lang]
}

export function withoutWords(lang: Lang): { without: string; with: string } {
  return WITHOUT[lang]
}

/** First letters of every negator of both languages (folded, so accented initials fold onto them). */
export const NEGATOR_INITIALS: ReadonlySet<string> = new Set([...NEGATORS.es, ...NEGATORS.en].map((w) => w.charAt(0)))

/** Length of the longest negator with a clitic ("nobody's", "nothing'll"): longer words are not negators. */
export const LONGEST_NEGATOR = Math.max(...[...NEGATORS.es, ...NEGATORS.en].map((w) => w.length)) + 3

export function isNegator(folded: string, lang: Lang): boolean {
  return NEGATORS[lang].has(folded)
}

export function isReinforcing(folded: string, lang: Lang): boolean {
  return REINFORCING[lang].has(folded)
}

export function notNegationPhrases(lang: Lang): RegExp {
  return NOT_NEGATION[lang]
}

export function negatesByForm(folded: string, lang: Lang): boolean {
  return MORPHOLOGICAL[lang].test(folded)
}

/**
 * "Dejar de" + infinitive is "stop" ("dejaremos de ser" / "we won't be"), a negation by its form
 * like "stop" and "cease"; "dejar" alone is "leave" or "let". `after` is the text after the word.
 */
export function negatesWithNext(folded: string, lang: Lang, after: string): boolean {
  return lang === 'es' && folded.startsWith('dej') && /^\s+de\s/.test(after)
}
