import type { Lang, Side } from '../../domain/language'
import { isFunctionWord } from '../../text/function-words'
import { onBothSides, type Detection, type SideText } from '../engine/sides'
import type { CheckDefinition } from '../engine/types'
import { lowercaseVocabularyAnalysis } from '../analyses/lowercase-words'
import { read } from '../engine/job-cache'

/** The capitalized word after a semicolon, unless a capitalized word follows it ("; El Salvador"). */
const AFTER_SEMICOLON = /;[ \u00A0]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])(?![ \u00A0]+\p{Lu})/gu

function detector(vocab: (side: Side) => { has(word: string): boolean }) {
  return ({ text, lang, side }: SideText): Detection[] => {
    AFTER_SEMICOLON.lastIndex = 0
    const out: Detection[] = []
    for (let m = AFTER_SEMICOLON.exec(text); m; m = AFTER_SEMICOLON.exec(text)) {
      const word = m[1] as string
      const lower = word.toLowerCase()
      // A name keeps its capital: only words known to be common (function words, or written in
      // lowercase elsewhere in the same text) are flagged.
      if (!isFunctionWord(lower, lang as Lang) && !vocab(side).has(lower)) continue
      const start = m.index + m[0].length - word.length
      out.push({
        start,
        end: start + word.length,
        messageKey: 'capital',
        params: { word },
        suggestion: lower,
        confidence: isFunctionWord(lower, lang) ? 0.85 : 0.65
      })
    }
    return out
  }
}

export const capitalAfterSemicolonCheck: CheckDefinition = {
  id: 'typography-capital-after-semicolon',
  category: 'linguistic-conventions/punctuation',
  defaultSeverity: 'minor',
  enabledByDefault: true,
  languages: 'spanish-english',
  uses: [lowercaseVocabularyAnalysis],
  i18n: {
    en: {
      title: 'Capital after a semicolon',
      description: 'A common word capitalized after a semicolon, which does not end the sentence.',
      messages: { capital: '"{{word}}" follows a semicolon: write it in lowercase.' }
    },
    es: {
      title: 'Mayúscula tras punto y coma',
      description: 'Una palabra común con mayúscula después de punto y coma, que no cierra la oración.',
      messages: { capital: '«{{word}}» sigue a un punto y coma: va en minúscula.' }
    }
  },
  run(ctx) {
    // Built on first need: most documents have no capital after a semicolon at all.
    const vocabulary = read(ctx, lowercaseVocabularyAnalysis)
    return onBothSides(
      ctx,
      detector((side) => vocabulary.of(side))
    )
  }
}
