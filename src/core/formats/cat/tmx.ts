/**
 * TMX 1.1–1.4 read as a CatFile: one segment per `<tu>`, its source the `<tuv>` in the source
 * language (the header's `srclang`; for `*all*`, the option or the first tuv's language) and its
 * target the `<tuv>` in the chosen target language (the option, else the first other language of
 * the file). `lang` (TMX 1.1) and `xml:lang` are both read. Inline codes: `bpt ept it ph ut` are
 * whole codes, `hi` a pair around editable text. TMX has no states: a target is translated. A
 * missing target is written as a new `<tuv>` after the source's; notes as `<note>` before the
 * first tuv, the author leading the text (TMX's <note> has no author attribute: ../tmx.ts).
 */
import type { UnitNote } from '../model'
import { authorNoteText } from '../tmx'
import { attr, childElements, firstChild, localName, type XmlElement } from '../xml'
import { attrOr, codeTable, escapeText, plainText, readContent, type InlineRules } from './inline'
import { canonicalLang, sameLang } from './languages'
import type { CatFile, CatReadOptions, CatSegment } from './model'
import { contentPlace, type Scan, type SegmentPlace, type TargetPlace } from './places'

const rules: InlineRules = (el) => {
  const name = localName(el.name)
  const i = attrOr(el, 'i')
  const x = attrOr(el, 'x')
  switch (name) {
    case 'bpt':
      return { kind: 'whole', key: `bpt:${i}`, code: 'open', id: i, label: `bpt${i}`, title: plainText(el) }
    case 'ept':
      return { kind: 'whole', key: `ept:${i}`, code: 'close', id: i, label: `ept${i}`, title: plainText(el) }
    case 'it': {
      const pos = attrOr(el, 'pos')
      return {
        kind: 'whole',
        key: `it:${x}:${pos}`,
        code: pos === 'end' ? 'close' : 'open',
        id: x,
        label: `it${x}`,
        title: plainText(el)
      }
    }
    case 'hi':
      return { kind: 'pair', key: `hi:${x}`, id: x, label: `hi${x}` }
    default:
      return {
        kind: 'whole',
        key: `${name}:${x}`,
        code: 'standalone',
        id: x,
        label: `${name}${x}`,
        title: plainText(el)
      }
  }
}

const langOf = (tuv: XmlElement): string | undefined => attr(tuv, 'xml:lang') ?? attr(tuv, 'lang')

function notesOf(el: XmlElement): UnitNote[] {
  return childElements(el, 'note').map((n) => ({ from: 'comment' as const, text: plainText(n) }))
}

export function scanTmx(xml: string, root: XmlElement, options: CatReadOptions): Scan<CatFile> {
  const header = firstChild(root, 'header')
  const body = firstChild(root, 'body')
  const tus = body ? childElements(body, 'tu') : []
  // Every language of the file, in order of appearance, as first written.
  const written = new Map<string, string>()
  for (const tu of tus)
    for (const tuv of childElements(tu, 'tuv')) {
      const raw = langOf(tuv)
      const lang = canonicalLang(raw)
      if (raw && lang && ![...written.keys()].some((l) => sameLang(l, lang))) written.set(lang, raw)
    }
  const langs = [...written.keys()]
  const declared = canonicalLang(header ? attr(header, 'srclang') : undefined)
  const sourceLang = declared ?? langs.find((l) => sameLang(l, canonicalLang(options.sourceLang))) ?? langs[0] ?? null
  const targetLangs = langs.filter((l) => !sameLang(l, sourceLang))
  const targetLang = targetLangs.find((l) => sameLang(l, canonicalLang(options.targetLang))) ?? targetLangs[0] ?? null
  const segments: CatSegment[] = []
  const places = new Map<string, SegmentPlace>()

  tus.forEach((tu, index) => {
    const key = `0:${index}:0`
    const tuvs = childElements(tu, 'tuv')
    const sourceTuv = tuvs.find((t) => sameLang(canonicalLang(langOf(t)), sourceLang))
    const targetTuv = tuvs.find((t) => sameLang(canonicalLang(langOf(t)), targetLang))
    const sourceSeg = sourceTuv ? firstChild(sourceTuv, 'seg') : undefined
    const targetSeg = targetTuv ? firstChild(targetTuv, 'seg') : undefined
    const table = codeTable()
    const source = sourceSeg ? readContent(xml, sourceSeg, rules, table).text : ''
    const target = targetSeg ? readContent(xml, targetSeg, rules, table).text : null
    segments.push({
      key,
      fileIndex: 0,
      unitId: attr(tu, 'tuid') ?? String(index + 1),
      source,
      target,
      codes: table.codes,
      state: { status: target ? 'translated' : 'new', native: '' },
      translate: sourceSeg !== undefined,
      notes: [...notesOf(tu), ...(targetTuv ? notesOf(targetTuv) : [])]
    })
    const after = (sourceTuv ?? tuvs[tuvs.length - 1])?.span?.end ?? tu.span?.contentEnd ?? 0
    const langAttr = sourceTuv && attr(sourceTuv, 'xml:lang') === undefined ? 'lang' : 'xml:lang'
    const targetPlace: TargetPlace = targetSeg
      ? contentPlace(targetSeg, key)
      : targetLang
        ? {
            kind: 'insert',
            insert: {
              at: after,
              end: after,
              name: 'seg',
              attrs: [],
              before: `<tuv ${langAttr}="${written.get(targetLang) ?? targetLang}">`,
              after: '</tuv>',
              template: '',
              holes: [{ key, start: 0, end: 0 }]
            }
          }
        : { kind: 'none' }
    const firstTuv = tuvs[0]?.span?.start ?? tu.span?.contentStart ?? 0
    places.set(key, {
      codes: table.codes,
      target: targetPlace,
      status: target ? 'translated' : 'new',
      state: () => [],
      notes: {
        at: firstTuv,
        make: (notes) => notes.map((n) => `<note>${escapeText(authorNoteText(n))}</note>`).join('')
      }
    })
  })

  return {
    file: {
      format: 'tmx',
      version: attrOr(root, 'version'),
      sourceLang,
      targetLang,
      targetLangs,
      files: [{ original: '', sourceLang, targetLang, notes: header ? notesOf(header) : [] }],
      segments
    },
    places
  }
}
