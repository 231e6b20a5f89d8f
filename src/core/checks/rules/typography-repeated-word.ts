import { onBothSides, type Detection, type SideText } from '../engine/sides'
import { words } from '../../text/lexicon/text'
import type { CheckDefinition } from '../engine/types'

/** Doublings that are correct: "that that", "had had", emphatic "muy muy", "no, no". */
const LEGIT: ReadonlySet<string> = new Set([
  'that',
  'had',
  'is',
  'very',
  'no',
  'so',
  'yes',
  'bye',
  'ha',
  'muy',
  'sí',
  'ya',
  'bien',
  'casi'
])

/** Most neighbours differ in their first ASCII letter: no need to lowercase them. */
function differentInitials(a: string, b: string): boolean {
  const x = a.charCodeAt(0)
  const y = b.charCodeAt(0)
  return x < 128 && y < 128 && (x | 32) !== (y | 32)
}

function detect({ text, analyzer }: SideText): Detection[] {
  const ws = words(text, analyzer)
  const out: Detection[] = []
  for (let i = 1; i < ws.length; i++) {
    const a = ws[i - 1]
    const b = ws[i]
    if (!a || !b || differentInitials(a.text, b.text) || a.text.toLowerCase() !== b.text.toLowerCase()) continue
    const gap = text.slice(a.end, b.start)
    const spaces = /^[ \u00A0]+$/.test(gap)
    // "region. region": a stray full stop between the two, the second still lowercase.
    const strayStop = /^[ \u00A0]*\.[ \u00A0]+$/.test(gap) && /^\p{Ll}/u.test(b.text)
    if (!spaces && !strayStop) continue
    if (LEGIT.has(a.text.toLowerCase())) continue
    // "Bora Bora", "Baden Baden": a capitalized pair is a name.
    if (spaces && /^\p{Lu}/u.test(a.text) && /^\p{Lu}/u.test(b.text)) continue
    out.push({
      start: a.start,
      end: b.end,
      messageKey: strayStop ? 'repeatedAcrossStop' : 'repeated',
      params: { word: a.text },
      suggestion: a.text,
      confidence: strayStop ? 0.9 : 0.85,
      ...(strayStop ? { severity: 'major' as const } : {})
    })
  }
  return out
}

export const repeatedWordCheck: CheckDefinition = {
  id: 'typography-repeated-word',
  category: 'linguistic-conventions/grammar',
  defaultSeverity: 'minor',
  enabledByDefault: true,
  languages: 'spanish-english',
  locality: 'segment',
  i18n: {
    en: {
      title: 'Repeated word',
      description: 'The same word twice in a row ("the the", "region. region").',
      messages: {
        repeated: '"{{word}}" is repeated.',
        repeatedAcrossStop: '"{{word}}" is repeated across a stray full stop.'
      }
    },
    es: {
      title: 'Palabra repetida',
      description: 'La misma palabra dos veces seguidas ("de de", "región. región").',
      messages: {
        repeated: '«{{word}}» está repetida.',
        repeatedAcrossStop: '«{{word}}» está repetida y separada por un punto sobrante.'
      }
    }
  },
  run: (ctx) => onBothSides(ctx, detect)
}
