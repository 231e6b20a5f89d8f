import type { CheckDefinition } from './types'
import { consistencyCheck } from '../rules/consistency'
import { codesCheck } from '../rules/codes'
import { entitiesCheck } from '../rules/entities'
import { namesCheck } from '../rules/names'
import { sourceDuplicateEntityCheck } from '../rules/source-duplicate-entity'
import { sourcePercentagesCheck } from '../rules/source-percentages'
import { untranslatedCheck } from '../rules/untranslated'
import { spellingCheck } from '../rules/spelling'
import { glossaryCheck } from '../rules/glossary'
import { additionCheck } from '../rules/addition'
import { lengthRatioCheck } from '../rules/length-ratio'
import { negationCheck } from '../rules/negation'
import { numberFormatCheck } from '../rules/number-format'
import { numbersCheck } from '../rules/numbers'
import { omissionCheck } from '../rules/omission'
import { capitalAfterSemicolonCheck } from '../rules/typography-capital-after-semicolon'
import { doubleSpaceCheck } from '../rules/typography-double-space'
import { doubledPunctuationCheck } from '../rules/typography-doubled-punctuation'
import { missingSpaceCheck } from '../rules/typography-missing-space'
import { finalPunctuationCheck } from '../rules/typography-final-punctuation'
import { midsentenceCapitalCheck } from '../rules/typography-midsentence-capital'
import { quoteStyleCheck } from '../rules/typography-quote-style'
import { repeatedWordCheck } from '../rules/typography-repeated-word'
import { sentenceCaseCheck } from '../rules/typography-sentence-case'
import { spaceBeforePunctuationCheck } from '../rules/typography-space-before-punctuation'
import { unpairedCheck } from '../rules/typography-unpaired'
import { unalignedCheck } from '../rules/unaligned'
import { notTranslatedCheck } from '../rules/not-translated'
import { unalignedSentenceCheck } from '../rules/unaligned-sentence'
import { tagsCheck } from '../rules/tags'
import { segmentConsistencyCheck } from '../rules/segment-consistency'
import { memoryConsistencyCheck } from '../rules/memory-consistency'

/**
 * Every check Cotejo ships, in the order reviewers read them. One file per check under ./checks/;
 * add new checks here.
 */
export const CHECKS: readonly CheckDefinition[] = [
  numbersCheck,
  numberFormatCheck,
  tagsCheck,
  negationCheck,
  unalignedCheck,
  notTranslatedCheck,
  unalignedSentenceCheck,
  lengthRatioCheck,
  omissionCheck,
  additionCheck,
  glossaryCheck,
  consistencyCheck,
  segmentConsistencyCheck,
  memoryConsistencyCheck,
  entitiesCheck,
  namesCheck,
  codesCheck,
  sourceDuplicateEntityCheck,
  sourcePercentagesCheck,
  untranslatedCheck,
  spellingCheck,
  repeatedWordCheck,
  doubleSpaceCheck,
  missingSpaceCheck,
  doubledPunctuationCheck,
  spaceBeforePunctuationCheck,
  unpairedCheck,
  sentenceCaseCheck,
  capitalAfterSemicolonCheck,
  finalPunctuationCheck,
  midsentenceCapitalCheck,
  quoteStyleCheck
]

export function checkById(id: string): CheckDefinition | undefined {
  return CHECKS.find((c) => c.id === id)
}
