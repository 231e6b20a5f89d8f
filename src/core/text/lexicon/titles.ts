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
