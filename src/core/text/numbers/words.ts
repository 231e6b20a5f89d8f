/**
 * Number words in Spanish and English: cardinals ("treinta y seis", "thirty-six"), scales ("mil",
 * "1,5 millones", "a million"), ordinals ("séptimo", "seventh") and the words that stand for a small
 * number without being one ("ambos", "both", "a").
 */
import type { Lang } from '../../domain/language'

/** Spanish cardinals below a thousand, without accents (callers fold them). */
const ES_UNITS: Record<string, number> = {
  cero: 0,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiuno: 21,
  veintiun: 21,
  veintiuna: 21,
  veintidos: 22,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiseis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  cien: 100,
  ciento: 100,
  doscientos: 200,
  doscientas: 200,
  trescientos: 300,
  trescientas: 300,
  cuatrocientos: 400,
  cuatrocientas: 400,
  quinientos: 500,
  quinientas: 500,
  seiscientos: 600,
  seiscientas: 600,
  setecientos: 700,
  setecientas: 700,
  ochocientos: 800,
  ochocientas: 800,
  novecientos: 900,
  novecientas: 900
}

const EN_UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90
}

/** Multipliers. "billón" is 10^12 in Spanish; "mil millones" and "millardo" are 10^9. */
const ES_SCALES: Record<string, number> = {
  mil: 1e3,
  millon: 1e6,
  millones: 1e6,
  millardo: 1e9,
  millardos: 1e9,
  billon: 1e12,
  billones: 1e12
}

const EN_SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  trillions: 1e12
}

/** Abbreviated scales after digits: "US$ 5 M", "S/ 2 mllns", "3 bn", "10k". */
const SCALE_ABBREVIATIONS: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mm: 1e6,
  mill: 1e6,
  mln: 1e6,
  mlls: 1e6,
  mllns: 1e6,
  bn: 1e9
}

const ES_ORDINALS: Record<string, number> = {
  primero: 1,
  primer: 1,
  primera: 1,
  segundo: 2,
  segunda: 2,
  tercero: 3,
  tercer: 3,
  tercera: 3,
  cuarto: 4,
  cuarta: 4,
  quinto: 5,
  quinta: 5,
  sexto: 6,
  sexta: 6,
  septimo: 7,
  septima: 7,
  setimo: 7,
  setima: 7,
  octavo: 8,
  octava: 8,
  noveno: 9,
  novena: 9,
  decimo: 10,
  decima: 10,
  undecimo: 11,
  undecima: 11,
  duodecimo: 12,
  duodecima: 12,
  vigesimo: 20,
  vigesima: 20,
  trigesimo: 30,
  trigesima: 30,
  centesimo: 100,
  centesima: 100
}

const EN_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1000
}

/**
 * Words that can render a number without being one: "a district" for "1 distrito", "both" for "los
 * 2". They absorb a number of the other side that would otherwise look missing; never reported.
 */
const ES_STAND_INS: Record<string, number[]> = {
  un: [1],
  una: [1],
  unico: [1],
  unica: [1],
  ambos: [2],
  ambas: [2],
  par: [2],
  doble: [2],
  mitad: [0.5, 50],
  medio: [0.5],
  media: [0.5],
  tercio: [3],
  docena: [12],
  decena: [10],
  centenar: [100],
  millar: [1000],
  quincena: [15],
  ningun: [0],
  ninguno: [0],
  ninguna: [0]
}

const EN_STAND_INS: Record<string, number[]> = {
  a: [1],
  an: [1],
  single: [1],
  sole: [1],
  once: [1],
  both: [2],
  pair: [2],
  twice: [2],
  double: [2],
  half: [0.5, 50],
  third: [3],
  dozen: [12],
  fortnight: [15, 14],
  no: [0],
  none: [0]
}

export interface WordTables {
  units: Record<string, number>
  scales: Record<string, number>
  ordinals: Record<string, number>
  standIns: Record<string, number[]>
  /** Joins tens and units ("treinta y seis") or hundreds and the rest ("two hundred and five"). */
  connector: string
  /** Articles that make a scale a number: "un millón", "a million". */
  articles: ReadonlySet<string>
}

const TABLES: Record<Lang, WordTables> = {
  es: {
    units: ES_UNITS,
    scales: ES_SCALES,
    ordinals: ES_ORDINALS,
    standIns: ES_STAND_INS,
    connector: 'y',
    articles: new Set(['un', 'una'])
  },
  en: {
    units: EN_UNITS,
    scales: EN_SCALES,
    ordinals: EN_ORDINALS,
    standIns: EN_STAND_INS,
    connector: 'and',
    articles: new Set(['a', 'an', 'one'])
  }
}

export function wordTables(lang: Lang): WordTables {
  return TABLES[lang]
}

export function scaleAbbreviation(word: string): number | undefined {
  return SCALE_ABBREVIATIONS[word.toLowerCase()]
}

/** Accumulates a cardinal from its words: units add, scales multiply what came before them. */
export class CardinalBuilder {
  private total = 0
  private current = 0
  /** The last scale above a hundred, 0 before any: "mil millones" multiplies the whole. */
  private lastScale = 0
  private words = 0
  scaled = false

  addValue(v: number): void {
    this.current += v
    this.words++
  }

  addScale(scale: number): void {
    this.scaled = true
    this.words++
    if (scale === 100) {
      this.current = (this.current || 1) * 100
      return
    }
    if (this.lastScale !== 0 && scale > this.lastScale) this.total = (this.total + this.current) * scale
    else this.total += (this.current || 1) * scale
    this.current = 0
    this.lastScale = scale
  }

  get count(): number {
    return this.words
  }

  get value(): number {
    return this.total + this.current
  }
}
