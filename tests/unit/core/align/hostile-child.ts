/**
 * Child process for the aligner's hostile-input tests: aligns generated paragraphs (the shapes of
 * the issue-21 hostile pastes) and prints the bead count and how the short side was placed.
 *   hostile-child.ts <many> <few> <manySide: source|target> [wordLetters]
 */
import { alignDocument } from '../../../../src/core/align'

const [many, few, side, letters] = process.argv.slice(2)
const lines = Array.from({ length: Number(many) }, (_, k) => `P ${k}.`)
const release = Array.from({ length: Number(few) }, (_, k) =>
  side === 'source'
    ? `The Government announced measure number ${k} today in Lima.`
    : `El Gobierno anunció hoy la medida número ${k} en Lima.`
)
if (letters) release.push('a'.repeat(Number(letters)))
const [source, target] = side === 'source' ? [lines, release] : [release, lines]
const { paragraphs } = alignDocument(source, target, { sourceLang: 'es', targetLang: 'en' })
const covered = (key: 'source' | 'target'): number => paragraphs.reduce((n, b) => n + b[key].length, 0)
process.stdout.write(`${paragraphs.length} ${covered('source')} ${covered('target')}\n`)
