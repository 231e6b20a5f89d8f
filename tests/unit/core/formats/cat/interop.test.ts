import { describe, expect, it } from 'vitest'
import { readCatFile, sniffCatFormat, writeCatFile } from '../../../../../src/core/formats/cat'
import { canonicalLang } from '../../../../../src/core/formats/cat/languages'
import type { CatEdit, CatFile, CatSegment } from '../../../../../src/core/formats/cat/model'
import { placeholder, placeholdersOf, stripPlaceholders } from '../../../../../src/core/formats/inline-codes'
import { childElements, localName, parseXml, type XmlElement } from '../../../../../src/core/formats/xml'
import { HAS_INTEROP, countCodes, interopFiles, interopText, trackedVersions } from './interop'

const FAMILY = {
  xliff1: 'xliff1',
  sdlxliff: 'xliff1',
  mqxliff: 'xliff1',
  txlf: 'xliff1',
  xliff2: 'xliff2',
  tmx: 'tmx',
  txml: 'txml'
} as const

/** Code elements a segment's text holds: a pair's end tag and a literal private-use character are not elements. */
function elementsIn(text: string | null, segment: CatSegment): number {
  return placeholdersOf(text ?? '').filter((k) => {
    const code = segment.codes.find((c) => c.k === k)
    return code !== undefined && !code.xml.startsWith('</') && !code.label.startsWith('U+')
  }).length
}

const codesIn = (file: CatFile): [number, number] =>
  file.segments.reduce<[number, number]>(
    ([s, t], seg) => [s + elementsIn(seg.source, seg), t + elementsIn(seg.target, seg)],
    [0, 0]
  )

/** The deepest element whose content holds `[start, end)`. */
function innermost(el: XmlElement, start: number, end: number): XmlElement | undefined {
  const span = el.span
  if (!span || span.contentStart > start || span.contentEnd < end) return undefined
  for (const kid of childElements(el)) {
    const inner = innermost(kid, start, end)
    if (inner) return inner
  }
  return el
}

const without = (seg: CatSegment | undefined, ...keys: (keyof CatSegment)[]): Partial<CatSegment> => {
  const copy: Partial<CatSegment> = { ...seg }
  for (const k of keys) delete copy[k]
  return copy
}

describe.skipIf(!HAS_INTEROP)('every interop file from a CAT or TM tool', () => {
  for (const fixture of interopFiles()) {
    describe(fixture.path, () => {
      const text = interopText(fixture.path)
      const file = readCatFile(text)

      it('has the languages the file writes, the segments it has, and the translatable ones', () => {
        expect(sniffCatFormat(text)).toBe(file.format)
        const targets = fixture.targets.map(canonicalLang)
        if (fixture.source === '*all*') {
          // No source declared: the first language of the file is the source until the reviewer says.
          expect([file.sourceLang, ...file.targetLangs]).toEqual(targets)
        } else {
          expect(file.sourceLang).toBe(canonicalLang(fixture.source))
          expect(file.targetLang).toBe(targets[0])
          expect(file.targetLangs).toEqual(targets.filter((l) => l !== null))
        }
        expect(file.segments).toHaveLength(fixture.segments)
        expect(new Set(file.segments.map((s) => `${s.fileIndex}/${s.unitId}/${s.key.split(':')[1]}`)).size).toBe(
          fixture.units
        )
        const translatable = file.segments.filter((s) => s.translate).length
        const locked = file.segments.filter((s) => s.locked).length
        expect(translatable + locked).toBe(fixture.translatable)
      })

      it('keeps every inline code: the counts SOURCES.md lists, and in segments each code the file puts there', () => {
        const counted = countCodes(text, FAMILY[file.format], file.targetLang)
        expect(counted.file).toEqual(fixture.codes)
        expect(codesIn(file)).toEqual(counted.segments)
        for (const seg of file.segments) {
          const used = new Set([...placeholdersOf(seg.source), ...placeholdersOf(seg.target ?? '')])
          for (const code of seg.codes) expect(code.xml.length, `${seg.key} ${code.label}`).toBeGreaterThan(0)
          for (const k of used) expect(seg.codes.some((c) => c.k === k)).toBe(true)
        }
      })

      if (fixture.tracked)
        it('resolves tracked changes: the target without deletions, the previous version without insertions', () => {
          const tracked = file.segments.filter((s) => s.previousTarget !== undefined)
          expect(tracked.length).toBeGreaterThan(0)
          const versions = trackedVersions(text)
          expect(versions).toHaveLength(file.segments.filter((s) => s.target !== null).length)
          file.segments
            .filter((s) => s.target !== null)
            .forEach((seg, i) => {
              expect(stripPlaceholders(seg.target ?? '')).toBe(versions[i]?.current)
              expect(stripPlaceholders(seg.previousTarget ?? seg.target ?? '')).toBe(versions[i]?.previous)
            })
        })

      it('writes itself back byte for byte when nothing was edited', () => {
        expect(writeCatFile(text, file, new Map())).toBe(text)
      })

      it('reads back the same after every target is rewritten with itself', () => {
        const edits = new Map<string, CatEdit>(
          file.segments.filter((s) => s.target !== null).map((s) => [s.key, { target: s.target ?? '' }])
        )
        const again = readCatFile(writeCatFile(text, file, edits))
        again.segments.forEach((seg, i) => {
          const before = file.segments[i]
          // Tracked changes are written plainly: only the current version stays.
          expect(without(seg, 'previousTarget')).toEqual(without(before, 'previousTarget'))
        })
      })

      it('writes one edited target, with its codes, and changes no other segment', () => {
        const seg = [...file.segments].filter((s) => s.translate).sort((a, b) => b.codes.length - a.codes.length)[0]
        if (!seg) return
        const codes = placeholdersOf(seg.source).map((k) => placeholder(k))
        const target = `Revisado ${codes.join(' ')} <&> "fin"`
        const out = writeCatFile(text, file, new Map([[seg.key, { target }]]))
        expect(out).not.toBe(text)
        const again = readCatFile(out)
        const edited = again.segments.find((s) => s.key === seg.key)
        expect(edited?.target).toBe(target)
        for (const k of placeholdersOf(target))
          expect(edited?.codes.find((c) => c.k === k)?.xml).toBe(seg.codes.find((c) => c.k === k)?.xml)
        again.segments.forEach((other, i) => {
          if (other.key !== seg.key) expect(other).toEqual(file.segments[i])
        })
        // Everything outside the edited target is the original: the change lies inside one target.
        let head = 0
        while (out[head] === text[head]) head++
        let tail = 0
        while (tail < text.length - head && out[out.length - 1 - tail] === text[text.length - 1 - tail]) tail++
        const holder = innermost(parseXml(text), head, text.length - tail)
        if (seg.target === null) {
          // A target the file lacked is added whole, inside its unit (a shared "<" may widen the diff to it).
          expect(holder && localName(holder.name)).toMatch(/^(trans-unit|segment|translatable|tu)$/)
          expect(out.slice(head, out.length - tail)).toMatch(/<?(\w+:)?(target|tuv)\b/)
        } else {
          expect(holder && localName(holder.name)).toMatch(/^(target|seg|mrk)$/)
          if (holder && localName(holder.name) === 'mrk') expect(holder.attrs['mtype']).toBe('seg')
        }
      })

      it('keeps a CRLF and a lone CR inside an edited target, and leaves the other segments alone', () => {
        const seg = file.segments.find((s) => s.translate)
        if (!seg) return
        const codes = placeholdersOf(seg.source).map((k) => placeholder(k))
        const target = `Primera línea\r\nsegunda ${codes.join(' ')}\rtercera`
        const out = writeCatFile(text, file, new Map([[seg.key, { target }]]))
        const again = readCatFile(out)
        expect(again.segments.find((s) => s.key === seg.key)?.target).toBe(target)
        again.segments.forEach((other, i) => {
          if (other.key !== seg.key) expect(other).toEqual(file.segments[i])
        })
      })

      // TMX and TXML have no states; a Trados unit without segment marks has no segment to hold one.
      const stated = (s: CatSegment): boolean =>
        s.translate && (file.format !== 'sdlxliff' || s.segmentId !== undefined)
      it.skipIf(file.format === 'tmx' || file.format === 'txml')(
        'takes a status change on every segment the file can give a state, a Trados definition added where missing',
        () => {
          const edits = new Map<string, CatEdit>(
            file.segments
              .filter(stated)
              .map((s) => [
                s.key,
                { target: s.target ?? '', status: s.state.status === 'final' ? 'rejected' : 'final' }
              ])
          )
          const again = readCatFile(writeCatFile(text, file, edits))
          again.segments.forEach((seg, i) => {
            const before = file.segments[i]
            const asked = before ? edits.get(before.key)?.status : undefined
            expect(seg.state.status, `${seg.unitId}/${seg.segmentId ?? ''}`).toBe(asked ?? before?.state.status)
          })
        }
      )
    })
  }
})
