import type { CheckDefinition } from './types'
import { consistencyCheck } from './checks/consistency'
import { codesCheck } from './checks/codes'
import { entitiesCheck } from './checks/entities'
import { sourceDuplicateEntityCheck } from './checks/source-duplicate-entity'
import { untranslatedCheck } from './checks/untranslated'
import { spellingCheck } from './checks/spelling'
import { glossaryCheck } from './checks/glossary'
import { additionCheck } from './checks/addition'
import { lengthRatioCheck } from './checks/length-ratio'
import { negationCheck } from './checks/negation'
import { numberFormatCheck } from './checks/number-format'
import { numbersCheck } from './checks/numbers'
import { omissionCheck } from './checks/omission'
import { capitalAfterSemicolonCheck } from './checks/typography-capital-after-semicolon'
import { doubleSpaceCheck } from './checks/typography-double-space'
import { missingSpaceCheck } from './checks/typography-missing-space'
import { finalPunctuationCheck } from './checks/typography-final-punctuation'
import { midsentenceCapitalCheck } from './checks/typography-midsentence-capital'
import { quoteStyleCheck } from './checks/typography-quote-style'
import { repeatedWordCheck } from './checks/typography-repeated-word'
import { sentenceCaseCheck } from './checks/typography-sentence-case'
import { spaceBeforePunctuationCheck } from './checks/typography-space-before-punctuation'
import { unpairedCheck } from './checks/typography-unpaired'
import { unalignedCheck } from './checks/unaligned'
import { unalignedSentenceCheck } from './checks/unaligned-sentence'

/**
 * Every check Cotejo ships, in the order reviewers read them. One file per check under ./checks/;
 * add new checks here.
 */
export const CHECKS: readonly CheckDefinition[] = [
  numbersCheck,
  numberFormatCheck,
  negationCheck,
  unalignedCheck,
  unalignedSentenceCheck,
  lengthRatioCheck,
  omissionCheck,
  additionCheck,
  glossaryCheck,
  consistencyCheck,
  entitiesCheck,
  codesCheck,
  sourceDuplicateEntityCheck,
  untranslatedCheck,
  spellingCheck,
  repeatedWordCheck,
  doubleSpaceCheck,
  missingSpaceCheck,
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
