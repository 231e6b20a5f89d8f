/**
 * Abbreviations that end in a full stop and may be followed by a lowercase word ("e.g. the", "etc.
 * y", "aprox. de"). Lowercase, without the final stop. Words with an inner stop ("a.m", "U.S") and
 * single letters (initials, "C. trachomatis") are recognised by shape, not listed.
 */
const LIST = `etc vs approx incl no nos fig figs ref refs ca cf al min max hr hrs yr yrs wk wks mo vol vols ed eds
pp p ch sec art para op cit ibid id viz esp dept govt gov sen rep gen col lt sgt capt mr mrs ms dr prof st
jr sr co inc ltd corp jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
aprox pág pag núm num tel telf ej pág máx mín ud uds sra srta dra lic ing arq mg abg av jr ca urb mz lt
dpto prov dist reg gral cnel tte sgto cap fig ib sig sigs admón depto aa ss cía pza esq km kg cm mm ml
nro nº n°
sa sac saa eirl srl ltda gmbh ag nv bv plc llc`

const SET: ReadonlySet<string> = new Set(LIST.split(/\s+/))

/** True when `word` (the text before a full stop) is an abbreviation rather than a sentence end. */
export function isAbbreviation(word: string): boolean {
  if (word.length === 1) return true
  if (word.includes('.')) return true
  // Short capitalized suffixes of companies and titles: "Kft.", "Ltd.", "Bt.", "Co.".
  if (/^\p{Lu}\p{Ll}{1,2}$/u.test(word)) return true
  return SET.has(word.toLowerCase())
}
