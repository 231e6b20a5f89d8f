import type { Lang } from '../domain/language'
import {
  NUMBER_ABBREVIATIONS,
  SENTENCE_FINAL_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS
} from './abbreviations'

export interface SentenceSpan {
  /** Offsets into the segmented text; text === input.slice(start, end). */
  start: number
  end: number
  text: string
}

/** Terminal punctuation, the quotes or brackets that close after it, and the whitespace that follows. */
const TERMINAL = /([.!?…]+)(["'”’»)\]]*)(\s+|$)/gu
/** A line that stands alone: a heading (no final punctuation) or a list item. */
const LINE_BREAK = /\n[ \t]*(?:\n\s*)?/g
/** Quotes (the `…' pair too), brackets, dashes and ¿¡ that may open a sentence. */
const OPENERS = /^[¿¡"“«'‘`([—–-]+/u
/**
 * The word before a full stop: a dotted form of short parts (U.S, EE. UU, p. ej, S.A.C) or one word,
 * apostrophes included ("didn't" is not the initial "t"). A long last part ("Mr. Obama") is a word.
 */
const WORD_BEFORE = /(?:(?:\p{L}{1,3}\.\s?)+\p{L}{1,3}|[\p{L}\p{N}º'’]+)$/u

/**
 * Splits prose into sentences: trimmed spans. Full stops after abbreviations, initials, list numbers
 * and inside numbers do not end a sentence; ?, ! and ellipses end one only when a new sentence
 * visibly starts. The aligner, the checks and the tokenizer's sentence starts all read these rules.
 */
export function segmentSentences(text: string, lang: Lang): SentenceSpan[] {
  return spansBetween(text, sentenceCuts(text, lang))
}

/**
 * The same sentences as ranges that tile the text: each runs from the end of the one before to its
 * own end plus the whitespace after it (the first also holds any leading whitespace). For checks
 * that report a whole sentence as a range of the paragraph. Blank ranges are left out.
 */
export function sentencePieces(text: string, lang: Lang): SentenceSpan[] {
  const out: SentenceSpan[] = []
  let from = 0
  for (const cut of [...sentenceCuts(text, lang), text.length]) {
    let end = cut
    while (end < text.length && /\s/.test(text.charAt(end))) end++
    if (end <= from) continue
    const piece = text.slice(from, end)
    if (piece.trim() !== '') out.push({ start: from, end, text: piece })
    from = end
  }
  return out
}

/** The run of non-space characters (at most 40) right before `at`: the word a full stop ends. */
export function tokenBefore(text: string, at: number): string {
  let i = at
  while (i > 0 && at - i < 40 && !/\s/.test(text.charAt(i - 1))) i--
  return text.slice(i, at)
}

/** `TERMINAL` anchored where it is tried (sticky). */
const TERMINAL_HERE = new RegExp(TERMINAL.source, 'uy')
const TERMINAL_CHAR = /[.!?…]/u

/**
 * Whether the full stop (or other terminal mark) at `at` ends a sentence, by the splitter's rules:
 * the tokenizer asks it for the word after a stop, so its sentence starts agree with the splitter.
 */
export function stopEndsSentence(text: string, at: number): boolean {
  let from = at
  while (from > 0 && TERMINAL_CHAR.test(text.charAt(from - 1))) from--
  TERMINAL_HERE.lastIndex = from
  const m = TERMINAL_HERE.exec(text)
  if (!m) return false
  const [, terminal = '', closers = '', space = ''] = m
  const end = from + terminal.length + closers.length
  if (space === '' && end < text.length) return false
  return endsSentence(text, from, terminal, closers, end + space.length)
}

/** Offsets where sentences end, ascending. Both languages follow the same rules today. */
function sentenceCuts(text: string, _lang: Lang): number[] {
  const cuts = new Set<number>()
  for (const m of text.matchAll(TERMINAL)) {
    const [, terminal = '', closers = '', space = ''] = m
    const end = (m.index ?? 0) + terminal.length + closers.length
    if (space === '' && end < text.length) continue
    if (endsSentence(text, m.index ?? 0, terminal, closers, end + space.length)) cuts.add(end)
  }
  for (const m of text.matchAll(LINE_BREAK)) {
    if (breaksLine(text, m.index ?? 0, m[0])) cuts.add(m.index ?? 0)
  }
  return [...cuts].sort((a, b) => a - b)
}

function endsSentence(text: string, at: number, terminal: string, closers: string, next: number): boolean {
  if (next >= text.length) return true
  const rest = text.slice(next, next + 40)
  const opener = OPENERS.exec(rest)?.[0] ?? ''
  const first = rest.charAt(opener.length)
  const startsUpper = /\p{Lu}/u.test(first)
  const startsDigit = /\d/.test(first)
  if (!startsUpper && !startsDigit) return false
  if (terminal !== '.') return true
  if (closers !== '') return true
  const before = text.slice(Math.max(0, at - 30), at)
  const word = WORD_BEFORE.exec(before)?.[0] ?? ''
  const bare = word.replace(/\s/g, '')
  const nextWord = /^[\p{L}]+/u.exec(rest.slice(opener.length))?.[0] ?? ''
  if (word === '') return true
  if (TITLE_ABBREVIATIONS.has(word)) return false
  if (startsDigit && (NUMBER_ABBREVIATIONS.has(word) || /^S\/$/.test(before.slice(-2)))) return false
  if (/^\p{Lu}$/u.test(word) || /^\p{Ll}$/u.test(word)) return false
  if (SENTENCE_FINAL_ABBREVIATIONS.has(word) || SENTENCE_FINAL_ABBREVIATIONS.has(bare) || word.includes('.')) {
    return opener !== '' || SENTENCE_STARTERS.has(nextWord)
  }
  if (/^\d+$/.test(word) && isLineStart(text, at - word.length)) return false
  return true
}

function isLineStart(text: string, at: number): boolean {
  return /(^|\n)[ \t]*$/.test(text.slice(Math.max(0, at - 20), at))
}

/**
 * A newline ends a sentence at a blank line, before a list item, or after a heading (a short line
 * with no final punctuation followed by a capitalized line). Other newlines are soft wraps.
 */
function breaksLine(text: string, at: number, brk: string): boolean {
  if (/\n\s*\n/.test(brk)) return true
  const after = text.slice(at + brk.length, at + brk.length + 3)
  if (/^(?:[-*•·]\s|\d+[.)]\s)/u.test(after)) return true
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  const line = text.slice(lineStart, at).trim()
  if (line === '' || /[.!?…:;,"”»)]$/u.test(line)) return false
  const opener = OPENERS.exec(after)?.[0] ?? ''
  return line.length <= 150 && /\p{Lu}|\d/u.test(after.charAt(opener.length))
}

function spansBetween(text: string, cuts: readonly number[]): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  let from = 0
  for (const cut of [...cuts, text.length]) {
    if (cut <= from) continue
    const chunk = text.slice(from, cut)
    const lead = chunk.length - chunk.trimStart().length
    const trimmed = chunk.trim()
    if (trimmed !== '') {
      const start = from + lead
      spans.push({ start, end: start + trimmed.length, text: trimmed })
    }
    from = cut
  }
  return spans
}
