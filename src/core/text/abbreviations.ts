import type { Lang } from '../domain/language'

/**
 * The one abbreviation table: abbreviations that end in a full stop without (always) ending the
 * sentence, per language and by how they behave. The sentence splitter matches the word before the
 * stop against them case-sensitively (Sr. but not sr.); `isAbbreviation` reads them case-insensitively.
 */

/** Titles and forms that always precede something (a name, a street, a number). */
const TITLES: Record<Lang, readonly string[]> = {
  es: [
    'Sr',
    'Sra',
    'Srta',
    'Sres',
    'Sras',
    'Dr',
    'Dra',
    'Dres',
    'Lic',
    'Licda',
    'Ing',
    'Arq',
    'Abg',
    'Prof',
    'Profa',
    'Mg',
    'Mtro',
    'Mtra',
    'Gral',
    'Cnel',
    'Tte',
    'Cap',
    'Sgto',
    'Cmdte',
    'Alm',
    'Mons',
    'Excmo',
    'Excma',
    'Ilmo',
    'Ilma',
    'Pdte',
    'Pdta',
    'Dir',
    'Av',
    'Avda',
    'Jr',
    'Psje',
    'Urb',
    'Mz',
    'Lt',
    'Sto',
    'Sta',
    'Ud',
    'Uds',
    'Vd',
    'Vds',
    'Dña',
    'Dn',
    'Fr',
    'Hno',
    'Hna',
    'Pbro',
    'Q.F',
    'C.P.C',
    'CPC'
  ],
  en: [
    'Mr',
    'Mrs',
    'Ms',
    'Mx',
    'Dr',
    'Prof',
    'Gen',
    'Gov',
    'Sen',
    'Rep',
    'Rev',
    'Lt',
    'Col',
    'Capt',
    'Cpt',
    'Sgt',
    'Maj',
    'Cmdr',
    'Adm',
    'Hon',
    'Pres',
    'Supt',
    'Insp',
    'Fr',
    'Sr',
    'St',
    'Mt',
    'Ft',
    'Ave',
    'Blvd',
    'Messrs'
  ]
}

/** Abbreviations normally followed by a number (pág. 3, núm. 25, No. 5, pp. 10-12). */
const BEFORE_NUMBER: Record<Lang, readonly string[]> = {
  es: [
    'pág',
    'págs',
    'núm',
    'núms',
    'nro',
    'Nro',
    'Nº',
    'n',
    'N',
    'No',
    'art',
    'Art',
    'arts',
    'inc',
    'Inc',
    'cap',
    'vol',
    'tel',
    'Tel',
    'Of',
    'of',
    'km',
    'kg',
    'Exp',
    'exp'
  ],
  en: [
    'No',
    'Nos',
    'no',
    'p',
    'pp',
    'vol',
    'Vol',
    'fig',
    'Fig',
    'ch',
    'Ch',
    'sec',
    'Sec',
    'art',
    'Art',
    'tel',
    'Tel',
    'ext',
    'approx',
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Sept',
    'Oct',
    'Nov',
    'Dec',
    'Ene',
    'Abr',
    'Ago',
    'Set',
    'Dic'
  ]
}

/** Abbreviations that may also close a sentence (etc., EE. UU., S.A.): they end it when a new one clearly starts. */
const MAY_END: Record<Lang, readonly string[]> = {
  es: [
    'etc',
    'EE. UU',
    'EE.UU',
    'EEUU',
    'S.A',
    'S.A.C',
    'S.R.L',
    'S.A.A',
    'E.I.R.L',
    'Cía',
    'Ltda',
    'aprox',
    'p. ej',
    'p.ej',
    'a.m',
    'p.m',
    'a. m',
    'p. m',
    'a.C',
    'd.C',
    'a. C',
    'd. C',
    'ej',
    'vs',
    'Ud',
    'Uds',
    'EE',
    'UU'
  ],
  en: [
    'etc',
    'U.S',
    'U.K',
    'U.N',
    'E.U',
    'Inc',
    'Ltd',
    'Co',
    'Corp',
    'Bros',
    'a.m',
    'p.m',
    'e.g',
    'i.e',
    'vs',
    'Jr',
    'B.C',
    'A.D',
    'approx',
    'est',
    'dept',
    'Dept'
  ]
}

/**
 * Abbreviations with no rule of their own in the splitter: a capital after them starts a sentence as
 * after any word. The checks still know them as abbreviations (a lowercase word may follow them).
 */
const OTHER: Record<Lang, readonly string[]> = {
  es: `pag num telf máx mín dpto depto prov dist reg sig sigs admón aa ss pza esq sa sac saa eirl srl`.split(' '),
  en: `incl figs ref refs ca cf al min max hr hrs yr yrs wk wks mo vols ed eds op cit ibid ib id viz esp govt para
cm mm ml n° mon tue wed thu fri sat sun gmbh ag nv bv plc llc`.split(/\s+/)
}

// Press releases quote titles and names from the other language (Mr. in a Spanish text, Sr. in an
// English one), so both lists apply to both languages.
const bothLanguages = (table: Record<Lang, readonly string[]>): ReadonlySet<string> =>
  new Set([...table.es, ...table.en])

export const TITLE_ABBREVIATIONS = bothLanguages(TITLES)
export const NUMBER_ABBREVIATIONS = bothLanguages(BEFORE_NUMBER)
export const SENTENCE_FINAL_ABBREVIATIONS = bothLanguages(MAY_END)

/** Every listed abbreviation, lowercase, whatever its kind. */
const ANY_KIND: ReadonlySet<string> = new Set(
  [TITLES, BEFORE_NUMBER, MAY_END, OTHER].flatMap((table) => [...table.es, ...table.en].map((w) => w.toLowerCase()))
)

/**
 * True when `word` (the text before a full stop) is an abbreviation, so the stop need not end a
 * sentence and a lowercase word may follow ("e.g. the", "etc. y", "aprox. de"). Case-insensitive.
 * Words with an inner stop ("a.m", "U.S") and single letters (initials, "C. trachomatis") are
 * recognised by shape, as are short capitalized company and title suffixes ("Kft", "Bt").
 */
export function isAbbreviation(word: string): boolean {
  if (word.length === 1) return true
  if (word.includes('.')) return true
  if (/^\p{Lu}\p{Ll}{1,2}$/u.test(word)) return true
  return ANY_KIND.has(word.toLowerCase())
}

/** Words that typically open a sentence; after an abbreviation that may end one, they mean it did. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'El',
  'La',
  'Los',
  'Las',
  'Lo',
  'Un',
  'Una',
  'En',
  'Por',
  'Para',
  'Con',
  'De',
  'Del',
  'Desde',
  'Este',
  'Esta',
  'Estos',
  'Estas',
  'Ese',
  'Esa',
  'Ello',
  'Ella',
  'Ellos',
  'Según',
  'Además',
  'Asimismo',
  'También',
  'Sin',
  'Pero',
  'No',
  'Se',
  'Al',
  'A',
  'Así',
  'Cabe',
  'Hoy',
  'Ayer',
  'Durante',
  'Tras',
  'Luego',
  'Finalmente',
  'Por',
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'This',
  'These',
  'That',
  'Those',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'But',
  'However',
  'And',
  'Also',
  'There',
  'Its',
  'Their',
  'His',
  'Her',
  'As',
  'For',
  'After',
  'Before',
  'According',
  'Meanwhile',
  'Today',
  'Yesterday',
  'Finally',
  'Moreover',
  'If',
  'When',
  'While'
])
