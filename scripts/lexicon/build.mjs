#!/usr/bin/env node
/**
 * Builds resources/lexicon/es-en.tsv, the Spanish–English word lexicon the checks load at run time,
 * from Debian's apertium-eng-spa bilingual transducer and the FreeDict spa-eng / eng-spa databases.
 * See resources/lexicon/README.md for the steps that fetch the packages.
 *
 *   node scripts/lexicon/build.mjs --apertium DIR --freedict DIR [--lt-print PATH] [--out FILE]
 *
 * DIR for apertium holds spa-eng.autobil.bin (usr/share/apertium/apertium-eng-spa of the .deb);
 * DIR for freedict holds freedict-{spa-eng,eng-spa}.{index,dict.dz} (usr/share/dictd).
 * lt-print (Debian package lttoolbox-dev) dumps the transducer as AT&T text.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'

const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const apertiumDir = opt('apertium')
const freedictDir = opt('freedict')
const ltPrint = opt('lt-print', 'lt-print')
const out = opt('out', 'resources/lexicon/es-en.tsv')
if (!apertiumDir || !freedictDir) {
  console.error('usage: build.mjs --apertium DIR --freedict DIR [--lt-print PATH] [--out FILE]')
  process.exit(2)
}

/** Word pairs: Spanish → set of English. */
const pairs = new Map()
/** A single lowercase word of letters (inner hyphen or apostrophe allowed), as the checks read words. */
const WORD = /^\p{Ll}+(?:['-]\p{Ll}+)*$/u
function add(es, en) {
  es = es.trim().toLowerCase()
  en = en.trim().toLowerCase()
  if (!WORD.test(es) || !WORD.test(en) || es === en) return
  let set = pairs.get(es)
  if (!set) pairs.set(es, (set = new Set()))
  set.add(en)
}

// --- apertium: every path of the bilingual transducer, lemma up to its first tag on each side.
// Multiword units ("#" or a space in a lemma) are left out: the checks pair single words.
let apertiumPairs = 0
/** Both directions: each holds entries restricted to it (a left-to-right or right-to-left only pair). */
for (const [file, spanishLeft] of [
  ['spa-eng.autobil.bin', true],
  ['eng-spa.autobil.bin', false]
]) {
  const att = execFileSync(ltPrint, [join(apertiumDir, file)], { encoding: 'utf8', maxBuffer: 1 << 28 })
  for (const section of att.split(/^--$/m)) {
    const arcs = new Map()
    for (const line of section.split('\n')) {
      const f = line.split('\t')
      if (f.length < 4) continue
      const from = Number(f[0])
      let list = arcs.get(from)
      if (!list) arcs.set(from, (list = []))
      list.push([Number(f[1]), f[2], f[3]])
    }
    const LEMMA_CHAR = /^(?:\p{L}|ε|['’ -])$/u
    // A section that loops on letters is a pattern (any word, any hyphenated word), not entries.
    if ([...arcs].some(([from, list]) => list.some(([to, a]) => to === from && /^\p{L}$/u.test(a)))) continue
    const isTag = (s) => s.length > 2 && s.startsWith('<') && s.endsWith('>')
    // Depth-first. The Spanish lemma ends at its first tag; from there on only English letters are
    // followed, and the first arc that gives none ends the English lemma (tag paths are never walked,
    // some loop).
    const stack = [[0, '', '', false]]
    while (stack.length > 0) {
      const [state, es, en, esDone] = stack.pop()
      if (es.length + en.length > 120) continue
      for (const [to, a, b] of arcs.get(state) ?? []) {
        // "#" joins a multiword's invariable part; a self-loop is a pattern (digits, any letters).
        if (a === '#' || b === '#' || to === state) continue
        const letterB = b === 'ε' ? '' : isTag(b) ? null : b
        if (esDone || isTag(a)) {
          if (letterB && LEMMA_CHAR.test(letterB)) stack.push([to, es, en + letterB, true])
          else if (!es.includes(' ') && !en.includes(' ')) {
            if (spanishLeft) add(es, en)
            else add(en, es)
            apertiumPairs++
          }
          continue
        }
        if (letterB === null) continue // an English tag before the Spanish lemma ends: not a word pair
        if (!LEMMA_CHAR.test(a) || !LEMMA_CHAR.test(b)) continue // the numbers' patterns, punctuation
        stack.push([to, es + (a === 'ε' ? '' : a), en + letterB, false])
      }
    }
  }
}

// --- FreeDict: headword → translations, read through the dictd index (word, offset, length in base64).
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const b64 = (s) => [...s].reduce((n, c) => n * 64 + B64.indexOf(c), 0)
function freedict(name, spanishFirst) {
  const dict = gunzipSync(readFileSync(join(freedictDir, `${name}.dict.dz`)))
  let n = 0
  for (const line of readFileSync(join(freedictDir, `${name}.index`), 'utf8').split('\n')) {
    const [head, off, len] = line.split('\t')
    if (!head || !off || !len || head.startsWith('00')) continue
    const body = dict.subarray(b64(off), b64(off) + b64(len)).toString('utf8')
    // First line: headword and pronunciation; then senses, numbered or not, comma-separated.
    for (const sense of body.split('\n').slice(1)) {
      for (const raw of sense.replace(/^\s*\d+\.\s*/, '').split(/[,;]/)) {
        const word = raw.replace(/\(.*?\)/g, '').trim()
        if (spanishFirst) add(head, word)
        else add(word, head)
        n++
      }
    }
  }
  return n
}
const spaEng = freedict('freedict-spa-eng', true)
const engSpa = freedict('freedict-eng-spa', false)

const lines = [...pairs.keys()].sort().map((es) => `${es}\t${[...pairs.get(es)].sort().join(' ')}`)
writeFileSync(out, lines.join('\n') + '\n')
console.error(
  `apertium paths ${apertiumPairs}, freedict senses ${spaEng}+${engSpa}: ${lines.length} Spanish words → ${out}`
)
