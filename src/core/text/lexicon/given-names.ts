/**
 * Given names Spanish and English translate for monarchs, popes and saints ("el rey Jacobo" /
 * "King James", "Juan Pablo II" / "John Paul II"), folded. Anyone else keeps their name as it is.
 */
const PAIRS = `jacobo:james santiago:james carlos:charles isabel:elizabeth guillermo:william enrique:henry
felipe:philip jorge:george juan:john pedro:peter pablo:paul francisco:francis benedicto:benedict luis:louis
eduardo:edward fernando:ferdinand catalina:catherine maria:mary jose:joseph miguel:michael andres:andrew
mateo:matthew tomas:thomas alejandro:alexander federico:frederick gregorio:gregory leon:leo ignacio:ignatius
esteban:stephen antonio:anthony guillermina:wilhelmina margarita:margaret ana:anne juana:joan cristina:christine
nicolas:nicholas pio:pius clemente:clement urbano:urban inocencio:innocent sixto:sixtus`

const ES_TO_EN: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>()
  for (const pair of PAIRS.split(/\s+/)) {
    const [es, en] = pair.split(':') as [string, string]
    map.set(es, [...(map.get(es) ?? []), en])
  }
  return map
})()

/** Whether two given names (folded) are the same name in Spanish and English. */
export function sameGivenName(spanish: string, english: string): boolean {
  return ES_TO_EN.get(spanish)?.includes(english) ?? false
}
