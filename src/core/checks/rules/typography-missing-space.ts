import { onBothSides, type Detection, type SideText } from '../engine/sides'
import type { CheckDefinition } from '../engine/types'

/**
 * Punctuation glued to the next word: a word ending in two lowercase letters, then a comma,
 * semicolon or colon and a word ("ratio;however", "anciano,en"), a comma and a number ("line,116":
 * after a word, a comma is no thousands separator), or a sentence stop and a
 * capitalized word ("budget.NOTE", "easy.An"). Single letters and digits before the mark are left
 * alone: initials ("J.R.R."), abbreviations ("Ph.D"), times, decimals and ratios ("1,5", "10:30").
 */
const GLUED = /(?<![\p{L}\p{N}.@/\\_-])\p{L}*\p{Ll}{2}(?:([,;:])(?=\p{L}{2})|(,)(?=\p{N})|([.!?])(?=\p{Lu}\p{L}))/gu

/** Cheap screen: without a mark glued to a letter or a number, `GLUED` cannot match (most texts). */
const GLUED_MARK = /[,;:.!?]\p{L}|,\p{N}/u

/** Addresses and file names: "gob.pe", "Example.Com", "informe.PDF". */
const ADDRESS_OR_FILE =
  /^(?:com|org|net|info|edu|gov|gob|int|mil|biz|io|es|pe|uk|us|eu|mx|ar|co|cl|de|fr|it|pdf|docx?|xlsx?|pptx?|html?|jpe?g|png|txt|csv|zip)(?!\p{L})/iu

function detect({ text }: SideText): Detection[] {
  if (!GLUED_MARK.test(text)) return []
  // Prose with an address in it is read with care: the whole address is skipped.
  const addresses = /@|:\/\/|www\./.test(text) ? [...text.matchAll(/\S*(?:@|:\/\/|www\.)\S*/gu)] : []
  const inAddress = (at: number): boolean => addresses.some((m) => m.index <= at && at < m.index + m[0].length)
  GLUED.lastIndex = 0
  const out: Detection[] = []
  for (let m = GLUED.exec(text); m; m = GLUED.exec(text)) {
    const mark = (m[1] ?? m[2] ?? m[3]) as string
    const at = m.index + m[0].length - 1
    const after = text.slice(at + 1)
    if (inAddress(at) || (mark === '.' && ADDRESS_OR_FILE.test(after))) continue
    out.push({
      start: at,
      end: at + 1,
      messageKey: 'missing',
      params: { mark },
      suggestion: `${mark} `,
      confidence: 0.9
    })
  }
  return out
}

export const missingSpaceCheck: CheckDefinition = {
  id: 'typography-missing-space',
  category: 'linguistic-conventions/punctuation',
  defaultSeverity: 'minor',
  enabledByDefault: true,
  languages: 'any',
  locality: 'segment',
  i18n: {
    en: {
      title: 'Missing space after punctuation',
      description:
        'A comma, semicolon, colon or full stop glued to the next word or number ("ratio;however", "end.The", "line,116").',
      messages: { missing: 'No space after “{{mark}}”: the next word is glued to it.' }
    },
    es: {
      title: 'Falta espacio tras la puntuación',
      description:
        'Una coma, punto y coma, dos puntos o punto pegado a la palabra o número siguiente («ratio;sin», «fin.El», «línea,116»).',
      messages: { missing: 'Falta un espacio después de «{{mark}}»: la palabra siguiente va pegada.' }
    }
  },
  run: (ctx) => onBothSides(ctx, detect)
}
