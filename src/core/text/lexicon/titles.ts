/**
 * Words English capitalizes where Spanish does not: titles before names ("President", "Minister"),
 * institutional nouns ("Ministry", "Government"), days and months, and demonyms ("Peruvian").
 * Lowercase English.
 */
const TITLES = `president vice minister premier secretary undersecretary director mayor governor ambassador
chancellor pope king queen prince princess chief head general commander councillor councilor senator
representative congressman congresswoman deputy judge prosecutor ombudsman comptroller superintendent
manager coordinator adviser advisor spokesperson spokesman spokeswoman officer commissioner chairman
chairwoman chair dean rector mr mrs ms dr doctor engineer lieutenant colonel captain sergeant admiral
bishop cardinal father sister saint`

const INSTITUTIONS = `ministry ministries council secretariat office agency bank network summit program programme project
plan policy strategy law decree resolution committee commission court police army navy force church
university institute center centre department region province district municipality government state
states congress executive judiciary republic nation nations parliament cabinet constitution assembly
presidency administration authority board bureau service fund foundation system registry unit division
directorate superintendency prosecutor's internet web`

/** Groups English capitalizes: parties, faiths, currencies named after places. */
const GROUPS = `democrat democrats democratic republican republicans catholic catholics protestant protestants
liberal liberals conservative conservatives socialist socialists communist communists christian christians
muslim muslims jewish islamic latino latinos latina hispanic euro euros`

const DAYS = `monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december`

const SET: ReadonlySet<string> = new Set(`${TITLES} ${INSTITUTIONS} ${GROUPS} ${DAYS}`.split(/\s+/))

/** Spanish titles before names, folded, for `isTitle`. */
const SPANISH_TITLES = `presidente presidenta vicepresidente vicepresidenta ministro ministra premier secretario secretaria
subsecretario subsecretaria director directora alcalde alcaldesa gobernador gobernadora embajador embajadora
canciller papa rey reina principe princesa jefe jefa general comandante consejero consejera senador senadora
diputado diputada juez jueza fiscal defensor contralor superintendente gerente coordinador coordinadora asesor
asesora vocero vocera portavoz comisionado comisionada decano decana rector rectora doctor doctora ingeniero
ingeniera teniente coronel capitan sargento almirante obispo cardenal padre sor santo santa don dona senor senora`

const TITLE_SETS = {
  en: new Set(TITLES.split(/\s+/)),
  es: new Set(SPANISH_TITLES.split(/\s+/))
} as const
const INSTITUTION_SET: ReadonlySet<string> = new Set(INSTITUTIONS.split(/\s+/))

/** A title a person's name may follow ("Chancellor", "ministra"), folded (lowercase, no accents). */
export function isTitle(foldedWord: string, lang: 'es' | 'en'): boolean {
  return TITLE_SETS[lang].has(foldedWord)
}

/** An English noun that names a body or a state ("Republic", "Ministry"): a designation, not a name. */
export function isInstitutionWord(englishWord: string): boolean {
  return INSTITUTION_SET.has(englishWord.toLowerCase())
}

export function isCapitalizedByConvention(englishWord: string): boolean {
  return SET.has(englishWord.toLowerCase())
}

/**
 * Spanish demonyms and language names are lowercase; their English forms are capitalized
 * ("peruanas"/"Peruvian", "ruso"/"Russian", "kurda"/"Kurdish", "israelí"/"Israeli").
 */
export function looksLikeDemonymPair(_spanish: string, english: string): boolean {
  return /(?:an|ans|ian|ians|ean|eans|ese|ish|i|is|ch)$/.test(english.toLowerCase())
}
