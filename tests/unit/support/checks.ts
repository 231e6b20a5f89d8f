import type { CheckDefinition } from '../../../src/core/checks/engine/types'

/**
 * A check made for service tests, independent of the real registry: flags the British spelling
 * "colour" and suggests "color".
 */
export const colourCheck: CheckDefinition = {
  id: 'test-colour',
  category: 'linguistic-conventions/spelling',
  defaultSeverity: 'minor',
  enabledByDefault: true,
  languages: 'spanish-english',
  i18n: {
    en: { title: 'Colour', description: 'Flags colour.', messages: { found: 'Use “color”.' } },
    es: { title: 'Colour', description: 'Marca colour.', messages: { found: 'Use «color».' } }
  },
  run: (ctx) =>
    ctx.document.segments.flatMap((s) =>
      [...s.target.matchAll(/colour/g)].map((m) => ({
        segment: s.index,
        side: 'target' as const,
        targetSpan: { start: m.index, end: m.index + 6, text: 'colour' },
        messageKey: 'found',
        suggestion: 'color'
      }))
    )
}
