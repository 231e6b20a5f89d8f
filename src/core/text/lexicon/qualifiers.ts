/**
 * Qualifiers whose loss or addition changes what a sentence says: who may use a service
 * ("exclusivamente"), what it costs ("gratuito"), how far a figure holds ("más de", "al menos"),
 * how often something happens ("mensual") and by which channel ("por teléfono"). Forms are
 * lowercase without accents, words separated by spaces; "#" is a number (digits or a number word,
 * after "el"/"the" at most), "#+" a number with a plus sign right after it ("400+"), and a final
 * "*" matches any ending ("liber*": "liberar", "liberado").
 *
 * A trigger of one side asks for any form of the other side's qualifier, triggers or renderings,
 * numbers not required: a translation may render a qualifier by a word too loose to raise a
 * finding itself ("only" for "únicamente", "year-long" for "anual"). `unless` forms starting where
 * a trigger does make it another phrase ("en línea con": "in line with").
 */
export interface QualifierSide {
  triggers: readonly string[]
  renders: readonly string[]
  unless?: readonly string[]
}

export interface Qualifier {
  id: string
  es: QualifierSide
  en: QualifierSide
}

export const QUALIFIERS: readonly Qualifier[] = [
  {
    id: 'exclusive',
    es: {
      triggers: ['exclusivamente', 'unicamente', 'solamente', 'en exclusiva'],
      renders: ['exclusiv*', 'solo', 'unic*', 'pura*', 'mera*', 'simplemente', 'estrictamente', 'apenas', 'sino']
    },
    en: {
      triggers: ['exclusively', 'solely'],
      renders: [
        'nothing more than',
        'nothing but',
        'no more than',
        'only',
        'sole',
        'exclusive',
        'just',
        'strictly',
        'pure*',
        'entirely',
        'alone',
        'mere*',
        'simply'
      ],
      unless: []
    }
  },
  {
    id: 'free',
    es: {
      triggers: ['gratuito', 'gratuita', 'gratuitos', 'gratuitas', 'gratuitamente', 'gratis', 'sin costo'],
      renders: ['gratu*', 'liber*', 'libre*', 'exent*', 'exoner*', 'costo cero', 'sin cobro', 'sin pago']
    },
    en: {
      triggers: ['free', 'free of charge', 'at no cost', 'no-cost', 'without charge', 'for free', 'at no charge'],
      renders: [
        'toll-free',
        'freephone',
        'free-*',
        'cost-free',
        'gratis',
        'gratuitous*',
        'complimentary',
        'no cost',
        'no charge',
        'without cost',
        'waive*'
      ]
    }
  },
  {
    id: 'mandatory',
    es: {
      triggers: ['obligatorio', 'obligatoria', 'obligatorios', 'obligatorias', 'obligatoriamente'],
      renders: ['oblig*', 'exig*', 'requisito*', 'voluntari*', 'facultativ*', 'opcional*']
    },
    en: {
      triggers: ['mandatory', 'compulsory', 'obligatory'],
      renders: [
        'require*',
        'by law',
        'statutory',
        'must',
        'oblig*',
        'binding',
        'have to',
        'has to',
        'voluntar*',
        'optional*'
      ]
    }
  },
  {
    id: 'at-least',
    es: {
      triggers: ['al menos #', 'por lo menos #', 'como minimo #', 'cuando menos #'],
      renders: ['minimo', 'minima', 'o mas', '#+']
    },
    en: {
      triggers: ['at least #'],
      renders: [
        'minimum',
        'no fewer than',
        'no less than',
        'not less than',
        'not fewer than',
        'or more',
        'as many as',
        'as much as',
        '#+'
      ]
    }
  },
  {
    id: 'more-than',
    es: {
      triggers: ['mas de #'],
      renders: ['mas del', 'superior*', 'supera*', 'sobrepas*', 'excede*', 'mayor*', 'al menos', 'por lo menos', '#+']
    },
    en: {
      triggers: ['more than #'],
      renders: [
        'longer than',
        'larger than',
        'higher than',
        'greater than',
        'over',
        'above',
        'exceed*',
        'upwards of',
        'in excess of',
        'plus',
        'at least',
        'some',
        '#+'
      ]
    }
  },
  {
    id: 'less-than',
    es: {
      triggers: ['menos de #'],
      renders: ['menos del', 'inferior*', 'debajo', 'bajo', 'hasta', 'no mas', 'como maximo', 'apenas', 'solo']
    },
    en: {
      triggers: ['less than #', 'fewer than #'],
      renders: [
        'shorter than',
        'lower than',
        'under',
        'below',
        'up to',
        'at most',
        'no more than',
        'not more than',
        'barely',
        'only'
      ]
    }
  },
  {
    id: 'approximate',
    es: {
      triggers: ['aproximadamente #', 'alrededor de #', 'cerca de #', 'casi #'],
      renders: [
        'unos',
        'unas',
        'aproximad*',
        'aprox',
        'estima*',
        'orden',
        'practicamente',
        'poco',
        'hasta',
        'mas de',
        'menos de'
      ]
    },
    en: {
      triggers: ['approximately #', 'roughly #', 'nearly #', 'almost #'],
      renders: [
        'approach*',
        'about',
        'around',
        'some',
        'close to',
        'estimat*',
        'approx',
        'circa',
        'or so',
        'virtually',
        'practically',
        'up to',
        'more than',
        'less than',
        'over',
        'under'
      ]
    }
  },
  {
    id: 'yearly',
    es: { triggers: ['anual', 'anuales', 'anualmente'], renders: ['ano', 'anos', 'anual*'] },
    en: {
      triggers: ['annual', 'annually', 'yearly', 'per year', 'per annum', 'every year', 'each year'],
      renders: ['year*']
    }
  },
  {
    id: 'monthly',
    es: { triggers: ['mensual', 'mensuales', 'mensualmente'], renders: ['mes', 'meses', 'mensual*'] },
    en: { triggers: ['monthly', 'per month', 'every month', 'each month'], renders: ['month*'] }
  },
  {
    id: 'fortnightly',
    es: {
      triggers: ['quincenal', 'quincenales', 'quincenalmente', 'cada dos semanas', 'cada quince dias', 'cada 15 dias'],
      renders: ['quincen*', 'quince', 'semanas', '15']
    },
    en: {
      triggers: ['fortnightly', 'biweekly', 'bi-weekly', 'every two weeks', 'every 15 days', 'every fifteen days'],
      renders: ['twice a month', 'weeks', 'fortnight*', '15', 'fifteen']
    }
  },
  {
    id: 'weekly',
    es: { triggers: ['semanal', 'semanales', 'semanalmente'], renders: ['semana*'] },
    en: { triggers: ['weekly', 'per week', 'every week', 'each week'], renders: ['week*'] }
  },
  {
    id: 'daily',
    es: {
      triggers: ['diariamente', 'a diario'],
      renders: ['diari*', 'dia', 'dias', 'jornada*', 'periodico*', 'prensa', 'rotativo*']
    },
    en: { triggers: ['daily', 'per day', 'every day', 'each day'], renders: ['day', 'days', 'everyday'] }
  },
  {
    id: 'temporary',
    es: {
      triggers: ['temporalmente', 'provisionalmente', 'transitoriamente', 'de manera temporal', 'de forma temporal'],
      renders: [
        'temporal*',
        'provisional*',
        'transitori*',
        'momentane*',
        'interin*',
        'plazo',
        'por el momento',
        'por ahora',
        'de momento'
      ]
    },
    en: {
      triggers: ['temporary', 'temporarily', 'provisionally'],
      renders: [
        'provisional',
        'interim',
        'transitional',
        'short-term',
        'for now',
        'for the time being',
        'acting',
        'for a time',
        'short period'
      ]
    }
  },
  {
    id: 'permanent',
    es: {
      triggers: ['permanentemente', 'de manera permanente', 'de forma permanente', 'con caracter permanente'],
      renders: ['permanent*', 'definitiv*', 'siempre', 'continu*', 'constante*']
    },
    en: {
      triggers: ['permanently'],
      renders: [
        'permanent',
        'ongoing',
        'continu*',
        'constant*',
        'definit*',
        'for good',
        'lasting',
        'standing',
        'always',
        'full-time',
        'final*',
        'persist*'
      ]
    }
  },
  {
    id: 'by-phone',
    es: {
      triggers: ['por telefono', 'via telefonica', 'telefonicamente', 'linea telefonica', 'central telefonica'],
      renders: ['telefon*', 'llamad*', 'llamar', 'celular*', 'movil*', 'linea gratuita', 'linea #', 'fono']
    },
    en: {
      triggers: ['by phone', 'by telephone', 'over the phone', 'via phone', 'phone line', 'hotline', 'helpline'],
      renders: ['phone*', 'telephon*', 'call', 'calls', 'calling', 'mobile', 'cellphone*', 'line', 'lines']
    }
  },
  {
    id: 'by-email',
    es: {
      triggers: ['por correo electronico', 'via correo electronico', 'por email', 'por e-mail'],
      renders: ['correo*', 'email*', 'e-mail*', 'mail*', 'electronic*']
    },
    en: {
      triggers: ['by email', 'by e-mail', 'via email', 'via e-mail'],
      renders: ['email*', 'e-mail*', 'mail*', 'electronic*', 'correo*']
    }
  },
  {
    id: 'in-person',
    es: {
      triggers: ['presencial', 'presenciales', 'presencialmente'],
      renders: [
        'en persona',
        'personalmente',
        'acudi*',
        'acerca*',
        'ventanilla*',
        'sede',
        'sedes',
        'oficina*',
        'local',
        'locales',
        'presencia'
      ]
    },
    en: {
      triggers: ['in person', 'in-person'],
      renders: [
        'personally',
        'face-to-face',
        'face to face',
        'on site',
        'on-site',
        'onsite',
        'office*',
        'counter*',
        'visit*',
        'premises',
        'physical*'
      ]
    }
  },
  {
    id: 'online',
    es: {
      triggers: [
        'en linea',
        'por internet',
        'via internet',
        'a traves de internet',
        'de manera virtual',
        'de forma virtual'
      ],
      renders: [
        'virtual*',
        'internet',
        'web',
        'digital*',
        'plataforma*',
        'portal*',
        'electronic*',
        'aplicativo*',
        'app',
        'remot*',
        'distancia',
        'red',
        'redes',
        'pagina*',
        'sitio*',
        'on line',
        'online'
      ],
      unless: ['en linea con', 'en linea recta']
    },
    en: {
      triggers: ['online', 'on-line'],
      renders: [
        'virtual*',
        'internet',
        'net',
        'web*',
        'digital*',
        'platform*',
        'portal*',
        'electronic*',
        'app',
        'apps',
        'remote*',
        'distance',
        'line*'
      ]
    }
  }
]

/** Number words a "#" takes besides digits. */
export const NUMBER_WORDS = {
  es: [
    'dos',
    'tres',
    'cuatro',
    'cinco',
    'seis',
    'siete',
    'ocho',
    'nueve',
    'diez',
    'once',
    'doce',
    'quince',
    'veinte',
    'treinta',
    'cuarenta',
    'cincuenta',
    'cien',
    'cientos',
    'mil',
    'medio',
    'media'
  ],
  en: [
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'fifteen',
    'twenty',
    'thirty',
    'forty',
    'fifty',
    'hundred',
    'hundreds',
    'thousand',
    'thousands',
    'half'
  ]
} as const

/** Words before a trigger that make it a comparison ("3 % more than", "far more than"), not a qualifier. */
export const COMPARISON_LEAD = new Set([
  'much',
  'far',
  'nothing',
  'no',
  'little',
  'percent',
  'o',
  'mucho',
  'nada',
  'poco',
  'ciento'
])
