import { onBothSides, type Detection, type SideText } from '../engine/sides'
import type { CheckDefinition } from '../engine/types'

const DOUBLE = /(?<=\S)[ \u00A0\u2009\u202F]{2,}(?=\S)/gu
/** What every match of DOUBLE holds: found fast, where DOUBLE's lookbehind is tried at every character. */
const SPACES = /[ \u00A0\u2009\u202F]{2}/u

function detect({ text }: SideText): Detection[] {
  const out: Detection[] = []
  if (!SPACES.test(text)) return out
  DOUBLE.lastIndex = 0
  for (let m = DOUBLE.exec(text); m; m = DOUBLE.exec(text)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      messageKey: 'double',
      params: { count: m[0].length },
      suggestion: ' ',
      confidence: 0.95
    })
  }
  return out
}

export const doubleSpaceCheck: CheckDefinition = {
  id: 'typography-double-space',
  category: 'linguistic-conventions/punctuation',
  defaultSeverity: 'minor',
  enabledByDefault: true,
  languages: 'any',
  locality: 'segment',
  i18n: {
    en: {
      title: 'Double space',
      description: 'Two or more spaces between words.',
      messages: { double: '{{count}} spaces where one is enough.' }
    },
    es: {
      title: 'Espacio doble',
      description: 'Dos o más espacios entre palabras.',
      messages: { double: '{{count}} espacios donde basta uno.' }
    }
  },
  run: (ctx) => onBothSides(ctx, detect)
}
