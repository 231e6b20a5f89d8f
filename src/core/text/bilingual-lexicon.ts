import type { Lang } from '../domain/language'
import { inflectionKey } from './inflection'

/**
 * A Spanish–English word lexicon (resources/lexicon/es-en.tsv, built from Apertium and FreeDict by
 * scripts/lexicon/build.mjs): which words of one language may translate a word of the other. It
 * pairs dictionary forms; a word of a text is reduced to the dictionary forms it may be (a verb's
 * infinitive, a noun's singular, an adjective's masculine) before it is looked up. Loaded by Node
 * code and injected like the speller: checks never read files.
 */
export interface BilingualLexicon {
  /** Dictionary forms of the other language that may translate `word` (any inflected form). */
  translations(word: string, from: Lang): readonly string[]
  /** Whether a Spanish and an English word of a text may translate each other. */
  pairs(es: string, en: string): boolean
  /** Dictionary forms a word of a text may be, in its language (itself first). */
  lemmas(word: string, lang: Lang): readonly string[]
}

/** Spanish verb endings and the infinitive endings they may come from. */
const VERB_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['aron', ['ar']],
  ['ieron', ['er', 'ir']],
  ['ando', ['ar']],
  ['iendo', ['er', 'ir']],
  ['ados', ['ar']],
  ['adas', ['ar']],
  ['idos', ['er', 'ir']],
  ['idas', ['er', 'ir']],
  ['ado', ['ar']],
  ['ada', ['ar']],
  ['ido', ['er', 'ir']],
  ['ida', ['er', 'ir']],
  ['arán', ['ar']],
  ['erán', ['er']],
  ['irán', ['ir']],
  ['ará', ['ar']],
  ['erá', ['er']],
  ['irá', ['ir']],
  ['aría', ['ar']],
  ['ería', ['er']],
  ['iría', ['ir']],
  ['aban', ['ar']],
  ['aba', ['ar']],
  ['ían', ['er', 'ir']],
  ['ía', ['er', 'ir']],
  ['amos', ['ar']],
  ['emos', ['er']],
  ['imos', ['ir']],
  ['ió', ['er', 'ir']],
  ['ó', ['ar']],
  ['an', ['ar']],
  ['en', ['er', 'ir', 'ar']],
  ['as', ['ar']],
  ['es', ['er', 'ir', 'ar']],
  ['a', ['ar']],
  ['e', ['er', 'ir', 'ar']],
  ['o', ['ar', 'er', 'ir']]
]

const STRESS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' }

/** Pronouns attached to an infinitive or gerund ("reportarlos", "ofreciéndoles"). */
const CLITIC = /(?:se|me|te|nos|lo|la|los|las|le|les)+$/

/** Forms a Spanish word of a text may be the inflection of, the word itself first. */
function spanishLemmas(w: string): string[] {
  const out = [w]
  const key = inflectionKey(w, 'es')
  // Noun and adjective: singular, then masculine ("cercanas" → "cercana", "cercano").
  if (key !== w) out.push(key, `${key}o`, `${key}a`, `${key}e`)
  // A plural that moved the stress mark: "millones" → "millón", "intereses" → "interés".
  const stressed = /^(.*[^aeiou])([aeiou])([ns])es$/.exec(w)
  if (stressed) out.push(`${stressed[1]}${STRESS[stressed[2] as string]}${stressed[3]}`)
  if (w.endsWith('a')) out.push(`${w.slice(0, -1)}o`)
  if (w.length <= 3) return out
  const bare = w.replace(CLITIC, '')
  if (bare !== w && /(?:ar|er|ir)$/.test(bare)) out.push(bare)
  for (const [ending, infinitives] of VERB_ENDINGS) {
    if (!w.endsWith(ending) || w.length - ending.length < 2) continue
    const stem = w.slice(0, -ending.length)
    for (const inf of infinitives) out.push(stem + inf)
  }
  return out
}

/** Past forms of common English verbs that no ending rule reduces ("paid" → "pay"). */
const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    pay: 'paid',
    make: 'made',
    say: 'said',
    hold: 'held',
    lead: 'led',
    build: 'built',
    send: 'sent',
    spend: 'spent',
    bring: 'brought',
    find: 'found',
    leave: 'left',
    meet: 'met',
    sell: 'sold',
    tell: 'told',
    keep: 'kept',
    think: 'thought',
    buy: 'bought',
    lose: 'lost',
    teach: 'taught',
    seek: 'sought',
    feel: 'felt',
    mean: 'meant',
    win: 'won',
    stand: 'stood',
    understand: 'understood',
    take: 'took taken',
    give: 'gave given',
    begin: 'began begun',
    choose: 'chose chosen',
    write: 'wrote written',
    go: 'went gone',
    do: 'did done',
    see: 'saw seen',
    know: 'knew known',
    grow: 'grew grown',
    show: 'showed shown',
    fall: 'fell fallen',
    rise: 'rose risen',
    become: 'became',
    come: 'came',
    get: 'got gotten',
    run: 'ran',
    speak: 'spoke spoken',
    break: 'broke broken',
    drive: 'drove driven',
    draw: 'drew drawn',
    eat: 'ate eaten',
    forget: 'forgot forgotten',
    hide: 'hid hidden',
    ride: 'rode ridden',
    steal: 'stole stolen',
    wear: 'wore worn',
    tear: 'tore torn',
    bear: 'bore borne',
    swear: 'swore sworn',
    fly: 'flew flown',
    throw: 'threw thrown',
    lie: 'lay lain',
    sit: 'sat',
    catch: 'caught',
    fight: 'fought',
    sleep: 'slept',
    sweep: 'swept',
    deal: 'dealt',
    lend: 'lent',
    bend: 'bent',
    feed: 'fed',
    flee: 'fled',
    hear: 'heard',
    lay: 'laid',
    light: 'lit',
    shoot: 'shot',
    stick: 'stuck',
    strike: 'struck',
    swing: 'swung',
    hang: 'hung',
    dig: 'dug',
    bind: 'bound',
    grind: 'ground',
    wind: 'wound',
    sing: 'sang sung',
    ring: 'rang rung',
    drink: 'drank drunk',
    swim: 'swam swum',
    sink: 'sank sunk',
    shrink: 'shrank shrunk',
    undertake: 'undertook undertaken',
    withdraw: 'withdrew withdrawn',
    overcome: 'overcame',
    arise: 'arose arisen',
    forbid: 'forbade forbidden'
  }).flatMap(([base, forms]) => forms.split(' ').map((form) => [form, base] as const))
)

/** Forms an English word of a text may be the inflection of, the word itself first. */
function englishLemmas(w: string): string[] {
  const out = [w]
  const irregular = IRREGULAR_VERBS.get(w)
  if (irregular) out.push(irregular)
  const key = inflectionKey(w, 'en')
  if (key !== w) out.push(key)
  for (const ending of ['ed', 'ing', 'es', 's', 'er', 'est', 'ly']) {
    if (!w.endsWith(ending) || w.length - ending.length < 3) continue
    const stem = w.slice(0, -ending.length)
    out.push(stem, `${stem}e`)
    // "planned" → "plan", "studied" → "study".
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1))
    if (stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`)
  }
  return out
}

/**
 * Words looked up per language before the memo is emptied: memory stays flat on huge inputs. The
 * gap analyses keep a spelling's answers on its record too, so this only spares the repeats across
 * those records' lifetimes; at 50,000 the four memos held about 10 MB of a batch run's peak.
 */
const MAX_MEMO = 10_000

/**
 * The lexicon of a file's text: one line per Spanish dictionary form, a tab, then its English
 * dictionary forms separated by spaces. Lowercase; lines starting with "#" are comments.
 */
export function parseBilingualLexicon(text: string): BilingualLexicon {
  const esToEn = new Map<string, string[]>()
  const enToEs = new Map<string, string[]>()
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t')
    if (tab <= 0 || line.startsWith('#')) continue
    const es = line.slice(0, tab)
    const ens = line
      .slice(tab + 1)
      .trim()
      .split(' ')
    esToEn.set(es, ens)
    for (const en of ens) {
      const list = enToEs.get(en)
      if (list) list.push(es)
      else enToEs.set(en, [es])
    }
  }
  const memo: Record<Lang, Map<string, readonly string[]>> = { es: new Map(), en: new Map() }
  const lemmaMemo: Record<Lang, Map<string, readonly string[]>> = { es: new Map(), en: new Map() }
  const lemmas = (word: string, lang: Lang): readonly string[] => {
    const w = word.toLowerCase()
    const known = lemmaMemo[lang].get(w)
    if (known) return known
    const all = lang === 'es' ? spanishLemmas(w) : englishLemmas(w)
    const found = [...new Set(all)].filter((l, i) => i === 0 || (lang === 'es' ? esToEn : enToEs).has(l))
    if (lemmaMemo[lang].size >= MAX_MEMO) lemmaMemo[lang].clear()
    lemmaMemo[lang].set(w, found)
    return found
  }
  const translations = (word: string, from: Lang): readonly string[] => {
    const w = word.toLowerCase()
    const known = memo[from].get(w)
    if (known) return known
    const table = from === 'es' ? esToEn : enToEs
    const out = new Set<string>()
    for (const l of lemmas(w, from)) for (const t of table.get(l) ?? []) out.add(t)
    const list = [...out]
    if (memo[from].size >= MAX_MEMO) memo[from].clear()
    memo[from].set(w, list)
    return list
  }
  return {
    translations,
    lemmas,
    pairs(es: string, en: string): boolean {
      const ts = translations(es, 'es')
      if (ts.length === 0) return false
      return lemmas(en, 'en').some((l) => ts.includes(l))
    }
  }
}
