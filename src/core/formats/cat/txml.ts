/**
 * Wordfast Pro 3 TXML read as a CatFile: one unit per `<translatable>`, one segment per
 * `<segment>`, languages from `locale` and `targetlocale`, `<ut>` codes as whole codes, `<ws>`
 * whitespace runs left where they are (they are outside source and target). TXML has no states
 * Cotejo writes (`modified`/`unconfirmed` are kept as read) and no notes it writes.
 */
import { attr, childElements, firstChild, localName, type XmlElement } from '../xml'
import { attrOr, codeTable, plainText, readContent, type InlineRules } from './inline'
import { canonicalLang } from './languages'
import type { CatFile, CatSegment } from './model'
import { contentPlace, type Scan, type SegmentPlace, type TargetPlace } from './places'
import { nativeState } from './states'

const rules: InlineRules = (el) => {
  const name = localName(el.name)
  const x = attrOr(el, 'x')
  return { kind: 'whole', key: `${name}:${x}`, code: 'standalone', id: x, label: `${name}${x}`, title: plainText(el) }
}

export function scanTxml(xml: string, root: XmlElement): Scan<CatFile> {
  const sourceLang = canonicalLang(attr(root, 'locale'))
  const targetLang = canonicalLang(attr(root, 'targetlocale'))
  const segments: CatSegment[] = []
  const places = new Map<string, SegmentPlace>()
  childElements(root, 'translatable').forEach((unit, unitIndex) => {
    childElements(unit, 'segment').forEach((segment, i) => {
      const key = `0:${unitIndex}:${i}`
      const source = firstChild(segment, 'source')
      if (!source) return
      const target = firstChild(segment, 'target')
      const table = codeTable()
      const src = readContent(xml, source, rules, table)
      const current = target ? readContent(xml, target, rules, table).text : null
      const status = current ? 'translated' : 'new'
      const segmentId = attr(segment, 'segmentId')
      segments.push({
        key,
        fileIndex: 0,
        unitId: attrOr(unit, 'blockId'),
        ...(segmentId !== undefined ? { segmentId } : {}),
        source: src.text,
        target: current,
        codes: table.codes,
        state: {
          status,
          native: nativeState([
            ['modified', attr(segment, 'modified')],
            ['unconfirmed', attr(segment, 'unconfirmed')]
          ])
        },
        translate: true,
        notes: []
      })
      // A new target goes after the source and the whitespace run that follows it.
      const kids = childElements(segment)
      let after = source
      for (const kid of kids.slice(kids.indexOf(source) + 1)) {
        if (localName(kid.name) !== 'ws') break
        after = kid
      }
      const at = after.span?.end ?? 0
      const targetPlace: TargetPlace = target
        ? contentPlace(target, key)
        : {
            kind: 'insert',
            insert: {
              at,
              end: at,
              name: 'target',
              attrs: [],
              before: '',
              after: '',
              template: '',
              holes: [{ key, start: 0, end: 0 }]
            }
          }
      places.set(key, { codes: table.codes, target: targetPlace, status, state: () => [] })
    })
  })
  return {
    file: {
      format: 'txml',
      version: attrOr(root, 'version'),
      sourceLang,
      targetLang,
      targetLangs: targetLang ? [targetLang] : [],
      files: [{ original: attrOr(root, 'file_name'), sourceLang, targetLang, notes: [] }],
      segments
    },
    places
  }
}
