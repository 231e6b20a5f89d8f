/**
 * Function words: articles, pronouns, prepositions, conjunctions, discourse markers. Lowercase,
 * accents kept (callers lowercase the word they test). Used where a capitalized word must be a
 * common word rather than a name, and to tell content words from glue.
 */
import type { Lang } from '../../domain/language'

const EN = `a an the this that these those it its we us our ours they them their theirs he him his she her
you your i me my in on at for with by from to of into onto over under about above below after before
between among through during without within across against toward towards upon via per and but or nor
so yet however also moreover furthermore therefore thus hence as there here which who whom whose what
where when while whereas although though because since if unless until not no all some many most much
more less few each every both either neither other another such only even then still meanwhile likewise
similarly instead otherwise besides finally additionally consequently nevertheless nonetheless indeed
accordingly be is are was were been being have has had do does did will would shall should can could may
might must than just very too`

const ES = `el la lo los las un una unos unas este esta esto estos estas ese esa eso esos esas aquel aquella
aquello aquellos aquellas que quien quienes cual cuales cuyo cuya cuyos cuyas donde cuando como porque pues
aunque si no ni y e o u pero sino mas sin con de del al en por para a ante bajo desde entre hacia hasta
según segun sobre tras durante mediante también tambien además ademas asimismo así asi luego entonces
todo toda todos todas cada otro otra otros otras mismo misma mismos mismas su sus se le les nos me te
nuestro nuestra nuestros nuestras ello ellos ellas él ella ya aún aun todavía todavia incluso solo sólo
más menos muy tan tanto tanta tantos tantas es son fue fueron era eran ha han había habían ser estar está
están estaba estaban hay`

const LISTS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(EN.split(/\s+/)),
  es: new Set(ES.split(/\s+/))
}

export function isFunctionWord(word: string, lang: Lang): boolean {
  return LISTS[lang].has(word.toLowerCase())
}
