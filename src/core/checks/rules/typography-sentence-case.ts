import { isAbbreviation } from '../../text/abbreviations'
import { tokenBefore } from '../../text/sentences'
import { onBothSides, type Detection, type SideText } from '../engine/sides'
import type { CheckDefinition } from '../engine/types'

/** A full stop, spaces, then a lowercase word (group 1). */
const STOP_THEN_LOWER = /\.[ \u00A0]+(\p{Ll}[\p{L}\p{N}]*)/gu

/** "iPhone", "mRNA", "pH", "mL": lowercase first letter by design. */
const MIXED_CASE = /^\p{Ll}+\p{Lu}/u

function detect({ text }: SideText): Detection[] {
  STOP_THEN_LOWER.lastIndex = 0
  const out: Detection[] = []
  for (let m = STOP_THEN_LOWER.exec(text); m; m = STOP_THEN_LOWER.exec(text)) {
    const stop = m.index
    const before = tokenBefore(text, stop)
    const word = m[1] as string
    STOP_THEN_LOWER.lastIndex = stop + 1
    // An ellipsis, a URL or e-mail, or an abbreviation ("e.g.", "etc.", "aprox.", "C. trachomatis").
    const bare = before.replace(/^[("“«[¿¡'‘]+/u, '')
    if (bare === '' || bare.endsWith('.') || /[/@]|www/i.test(bare)) continue
    if (/\p{L}/u.test(bare) && isAbbreviation(bare)) continue
    if (MIXED_CASE.test(word)) continue
    const start = stop
    const end = stop + m[0].length
    const upper = word.charAt(0).toUpperCase() + word.slice(1)
    out.push({
      start,
      end,
      messageKey: 'lowercase',
      params: { word },
      suggestion: text.slice(start, end - word.length) + upper,
      confidence: 0.75
    })
  }
  return out
}

export const sentenceCaseCheck: CheckDefinition = {
  id: 'typography-sentence-case',
  category: 'linguistic-conventions/grammar',
  defaultSeverity: 'minor',
  enabledByDefault: true,
  languages: 'spanish-english',
  locality: 'segment',
  i18n: {
    en: {
      title: 'Lowercase after a full stop',
      description: 'A sentence that starts with a lowercase letter after a full stop (abbreviations excepted).',
      messages: {
        lowercase: '"{{word}}" follows a full stop but starts in lowercase: a stray full stop or a missing capital.'
      }
    },
    es: {
      title: 'Minúscula tras punto',
      description: 'Una oración que empieza en minúscula después de un punto (salvo abreviaturas).',
      messages: {
        lowercase: '«{{word}}» sigue a un punto pero empieza en minúscula: un punto de más o falta la mayúscula.'
      }
    }
  },
  run: (ctx) => onBothSides(ctx, detect)
}
