/**
 * Pairs of opposite words in Spanish and English, for statements a translation can reverse:
 * "reemplaza" rendered "complements", "aumenta" rendered "reduces", "antes" rendered "after". Each
 * side of a pair is a set of word stems per language, matched at the start of a folded word (no
 * accents, lowercase), so every inflection matches: "reemplaza", "reemplazará", "replaced",
 * "replacing". A stem may end in `$` to match the whole word only, or be two words ("antes de"):
 * the whole word, then the next one.
 */
import type { Lang } from '../../domain/language'

/** One meaning of an antonym pair: its stems in each language. */
export interface Pole {
  es: readonly string[]
  en: readonly string[]
}

export interface AntonymPair {
  /** A short name for messages and tests. */
  id: string
  poles: readonly [Pole, Pole]
}

const pair = (id: string, a: Pole, b: Pole): AntonymPair => ({ id, poles: [a, b] })

export const ANTONYMS: readonly AntonymPair[] = [
  pair(
    'replace-complement',
    { es: ['reemplaz', 'sustituy', 'sustitui', 'sustitucion'], en: ['replac', 'substitut', 'supplant'] },
    { es: ['complement'], en: ['complement', 'supplement'] }
  ),
  pair(
    'increase-reduce',
    {
      es: ['aument', 'increment'],
      en: ['increas', 'rais', 'boost']
    },
    {
      es: ['reduc', 'reduj', 'disminu', 'recort', 'rebaj'],
      en: ['reduc', 'decreas', 'cut$', 'cuts$', 'cutting$', 'diminish', 'lessen', 'shrink', 'shrank']
    }
  ),
  // "Antes" alone is also "formerly": only "antes de / que" is "before".
  pair(
    'before-after',
    { es: ['antes de', 'antes del', 'antes que'], en: ['before$', 'prior to'] },
    { es: ['despues de', 'despues del', 'despues que'], en: ['after$'] }
  ),
  pair(
    'allowed-forbidden',
    { es: ['permit', 'autoriz'], en: ['allow', 'permit', 'authoriz', 'authoris'] },
    { es: ['prohib', 'vetad', 'veta$', 'vetan$'], en: ['prohibit', 'forbid', 'forbad', 'banned$', 'bans$', 'ban$'] }
  ),
  pair(
    'necessary-unnecessary',
    {
      es: ['necesari', 'obligatori', 'indispensable', 'imprescindible'],
      en: ['necessary$', 'mandatory$', 'compulsory$', 'obligatory$', 'indispensable$', 'essential$']
    },
    {
      es: ['innecesari', 'opcional', 'facultativ', 'prescindible'],
      en: ['unnecessary$', 'optional$', 'needless$', 'dispensable$']
    }
  ),
  pair(
    'maximum-minimum',
    { es: ['maxim'], en: ['maximum$', 'maxima$', 'maximal$'] },
    { es: ['minim'], en: ['minimum$', 'minima$', 'minimal$'] }
  ),
  pair(
    'public-private',
    {
      es: ['publico$', 'publica$', 'publicos$', 'publicas$', 'estatal', 'estatales'],
      en: ['public$', 'publicly$', 'state-run$', 'state-owned$']
    },
    { es: ['privad', 'privatiz'], en: ['private$', 'privately$', 'privatiz', 'privatis'] }
  ),
  pair('urban-rural', { es: ['urban'], en: ['urban$'] }, { es: ['rural'], en: ['rural$'] }),
  pair(
    'open-close',
    { es: ['abre$', 'abren$', 'abrir', 'abrio', 'abrira', 'apertura'], en: ['open$', 'opens$', 'opened$', 'opening$'] },
    // Not "cerr": "cerro" is a hill.
    {
      es: ['cierra', 'cierre', 'cerrar', 'cerrad'],
      en: ['close$', 'closes$', 'closed$', 'closing$', 'closure', 'shut']
    }
  ),
  // Not "import": "importante", "important".
  pair(
    'import-export',
    { es: ['importacion', 'importad'], en: ['import$', 'imports$', 'imported$', 'importing$', 'importer'] },
    { es: ['exportacion', 'exportad', 'agroexport'], en: ['export'] }
  ),
  pair(
    'start-end',
    // Not "inici", "termin": "iniciativa", "términos". Not "end": "at the end of the year".
    {
      es: [
        'iniciar',
        'inicia$',
        'inician$',
        'iniciaron$',
        'iniciado',
        'iniciada',
        'comienz',
        'comenz',
        'empez',
        'empiez'
      ],
      en: ['start', 'begin', 'began$', 'begun$', 'launch']
    },
    {
      es: ['conclu', 'terminar', 'termina$', 'terminan$', 'terminaron$', 'terminad', 'finaliz', 'culmin'],
      en: ['ends$', 'ended$', 'conclud', 'finish']
    }
  )
]

/** Where a stem belongs: the index of its pair in `ANTONYMS` and its pole (0 or 1). */
export interface PoleOf {
  pair: number
  pole: 0 | 1
}

interface Stem extends PoleOf {
  stem: string
  whole: boolean
  /** The word that must follow ("antes de"). */
  next?: string
}

/** Every stem of a language under its first three letters (every stem has three or more). */
function indexStems(lang: Lang): ReadonlyMap<string, readonly Stem[]> {
  const index = new Map<string, Stem[]>()
  ANTONYMS.forEach((p, pair) =>
    p.poles.forEach((pole, i) => {
      for (const raw of pole[lang]) {
        const [head = raw, next] = raw.split(' ')
        const whole = next !== undefined || head.endsWith('$')
        const stem = head.replace(/\$$/, '')
        const key = stem.slice(0, 3)
        const list = index.get(key) ?? []
        list.push({ stem, whole, pair, pole: i === 0 ? 0 : 1, ...(next ? { next } : {}) })
        index.set(key, list)
      }
    })
  )
  return index
}

const STEMS: Record<Lang, ReadonlyMap<string, readonly Stem[]>> = { es: indexStems('es'), en: indexStems('en') }

/** Lowercase first letters (char codes) of every stem of both languages: other words are no pole. */
export const POLE_INITIALS: ReadonlySet<number> = new Set(
  ANTONYMS.flatMap((p) => p.poles.flatMap((pole) => [...pole.es, ...pole.en])).map((stem) => stem.charCodeAt(0))
)

/**
 * The poles a folded word (lowercase, no accents) belongs to; most words belong to none. `next` is
 * the folded word after it, for the stems of two words ("antes de").
 */
export function polesOf(folded: string, lang: Lang, next: () => string | undefined): PoleOf[] {
  const stems = folded.length < 3 ? undefined : STEMS[lang].get(folded.slice(0, 3))
  if (!stems) return []
  const out: PoleOf[] = []
  for (const s of stems) {
    const word = s.whole ? folded === s.stem : folded.startsWith(s.stem)
    if (word && (s.next === undefined || next() === s.next)) out.push({ pair: s.pair, pole: s.pole })
  }
  return out
}
