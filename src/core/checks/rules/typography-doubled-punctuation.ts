import { onBothSides, type Detection, type SideText } from '../engine/sides'
import type { CheckDefinition } from '../engine/types'

/**
 * A comma, semicolon or full stop written twice ("in person,,", "in 2026..", "ready, ,"). Three
 * dots or more are an ellipsis; a dot next to a slash is a path ("../data").
 */
const DOUBLED = /(?<![./])(?:([,;])[ \u00A0]?\1|(\.)\.)(?![./])/gu

/** Cheap screen: most texts have no mark next to itself at all. */
const ANY = /([,;])[ \u00A0]?\1|\.\./

function detect({ text }: SideText): Detection[] {
  if (!ANY.test(text)) return []
  DOUBLED.lastIndex = 0
  const out: Detection[] = []
  for (let m = DOUBLED.exec(text); m; m = DOUBLED.exec(text)) {
    const mark = (m[1] ?? m[2]) as string
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      messageKey: 'doubled',
      params: { mark },
      suggestion: mark,
      confidence: 0.9
    })
  }
  return out
}

export const doubledPunctuationCheck: CheckDefinition = {
  id: 'typography-doubled-punctuation',
  category: 'linguistic-conventions/punctuation',
  defaultSeverity: 'minor',
  enabledByDefault: true,
  languages: 'any',
  locality: 'segment',
  i18n: {
    en: {
      title: 'Doubled punctuation',
      description: 'A comma, semicolon or full stop written twice ("in person,,", "in 2026..").',
      messages: { doubled: '“{{mark}}” is written twice.' }
    },
    es: {
      title: 'Puntuación duplicada',
      description: 'Una coma, punto y coma o punto escrito dos veces («en persona,,», «en 2026..»).',
      messages: { doubled: '«{{mark}}» está escrito dos veces.' }
    }
  },
  run: (ctx) => onBothSides(ctx, detect)
}
