/**
 * XLIFF 2.0–2.2 read as a CatFile: each `<segment>` of a unit is a segment (ignorables are not),
 * `translate` is inherited from file to group to unit, `state` is read per segment (default
 * initial) with its subState, and notes are kept at every level: file notes on the CatSubFile,
 * group and unit notes on the first segment below them. Inline codes: `pc` and `mrk` are pairs
 * around editable text, but a `mrk translate="no"` is one code with its content; `ph sc ec sm em
 * cp` are whole codes, titled from `disp`, `equiv` or their `<originalData>`. Notes written back go into the unit's `<notes>`, made when missing.
 */
import type { UnitNote } from '../model'
import { attr, childElements, localName, type XmlElement } from '../xml'
import { attrOr, codeTable, escapeAttribute, escapeText, plainText, readContent, type InlineRules } from './inline'
import { canonicalLang } from './languages'
import type { CatFile, CatSegment, CatSubFile } from './model'
import { contentPlace, type NotePlace, type Scan, type SegmentPlace, type TargetPlace } from './places'
import { XLIFF2_REJECTED_SUBSTATE, XLIFF2_STATE, nativeState, xliff2Status } from './states'

function isXliff2(el: XmlElement, local: string): boolean {
  return localName(el.name) === local && (!el.ns || /^urn:oasis:names:tc:xliff:document:2\.\d+$/.test(el.ns))
}

function kids(el: XmlElement, local: string): XmlElement[] {
  return childElements(el).filter((c) => isXliff2(c, local))
}

function rulesFor(data: ReadonlyMap<string, string>): InlineRules {
  return (el) => {
    const id = attrOr(el, 'id')
    const name = localName(el.name)
    const title = (...names: string[]): { title?: string } => {
      for (const n of names) {
        const v = n.startsWith('dataRef') ? data.get(attrOr(el, n)) : attr(el, n)
        if (v) return { title: v }
      }
      return {}
    }
    // The spec's default is "yes": only canDelete="no" forbids a translator to drop the code.
    const deletable = { deletable: attr(el, 'canDelete') !== 'no' }
    if (el.ns && !/^urn:oasis:names:tc:xliff:document:2\.\d+$/.test(el.ns))
      return { kind: 'whole', key: `${el.name}:${id}`, code: 'standalone', id, label: name }
    switch (name) {
      case 'pc':
        return {
          kind: 'pair',
          key: `pc:${id}`,
          id,
          label: `pc${id}`,
          ...deletable,
          ...title('dispStart', 'equivStart', 'dataRefStart')
        }
      case 'mrk':
        // Content marked translate="no" is protected: one code, as XLIFF 1.2 mtype="protected".
        return attr(el, 'translate') === 'no'
          ? { kind: 'whole', key: `mrk:${id}`, code: 'standalone', id, label: 'mrk', title: plainText(el) }
          : { kind: 'pair', key: `mrk:${id}`, id, label: 'mrk', ...title('value') }
      case 'ph':
        return {
          kind: 'whole',
          key: `ph:${id}`,
          code: 'standalone',
          id,
          label: `ph${id}`,
          ...deletable,
          ...title('disp', 'equiv', 'dataRef')
        }
      case 'sc':
        return {
          kind: 'whole',
          key: `sc:${id}`,
          code: 'open',
          id,
          label: `sc${id}`,
          ...deletable,
          ...title('disp', 'equiv', 'dataRef')
        }
      case 'ec': {
        const ref = attr(el, 'startRef') ?? id
        return {
          kind: 'whole',
          key: `ec:${ref}`,
          code: 'close',
          id: ref,
          label: `ec${ref}`,
          ...deletable,
          ...title('disp', 'equiv', 'dataRef')
        }
      }
      case 'sm':
        return { kind: 'whole', key: `sm:${id}`, code: 'open', id, label: 'sm' }
      case 'em': {
        const ref = attrOr(el, 'startRef')
        return { kind: 'whole', key: `em:${ref}`, code: 'close', id: ref, label: 'em' }
      }
      case 'cp': {
        const hex = attrOr(el, 'hex').toUpperCase()
        return { kind: 'whole', key: `cp:${hex}`, code: 'standalone', id: `U+${hex}`, label: `U+${hex}` }
      }
      default:
        return { kind: 'whole', key: `${name}:${id}`, code: 'standalone', id, label: name, title: plainText(el) }
    }
  }
}

function notesOf(el: XmlElement): UnitNote[] {
  return kids(el, 'notes').flatMap((n) =>
    kids(n, 'note').map((note) => {
      const category = attr(note, 'category')
      return { from: 'comment' as const, text: plainText(note), ...(category ? { category } : {}) }
    })
  )
}

function prefixOf(el: XmlElement): string {
  const colon = el.name.indexOf(':')
  return colon === -1 ? '' : el.name.slice(0, colon + 1)
}

interface Context {
  xml: string
  fileIndex: number
  unitCount: number
  segments: CatSegment[]
  places: Map<string, SegmentPlace>
}

export function scanXliff2(xml: string, root: XmlElement): Scan<CatFile> {
  const sourceLang = canonicalLang(attr(root, 'srcLang'))
  const targetLang = canonicalLang(attr(root, 'trgLang'))
  const files: CatSubFile[] = []
  const ctx: Context = { xml, fileIndex: 0, unitCount: 0, segments: [], places: new Map() }
  kids(root, 'file').forEach((file, fileIndex) => {
    ctx.fileIndex = fileIndex
    ctx.unitCount = 0
    files.push({ original: attr(file, 'original') ?? attrOr(file, 'id'), sourceLang, targetLang, notes: notesOf(file) })
    walk(ctx, file, attr(file, 'translate') !== 'no')
  })
  return {
    file: {
      format: 'xliff2',
      version: attr(root, 'version') ?? '',
      sourceLang,
      targetLang,
      targetLangs: targetLang ? [targetLang] : [],
      files,
      segments: ctx.segments
    },
    places: ctx.places
  }
}

function walk(ctx: Context, parent: XmlElement, translate: boolean): void {
  for (const kid of childElements(parent)) {
    const inherited = attr(kid, 'translate') === undefined ? translate : attr(kid, 'translate') !== 'no'
    if (isXliff2(kid, 'group')) {
      const before = ctx.segments.length
      walk(ctx, kid, inherited)
      const first = ctx.segments[before]
      if (first) first.notes.unshift(...notesOf(kid))
    } else if (isXliff2(kid, 'unit')) readUnit(ctx, kid, inherited)
  }
}

function readUnit(ctx: Context, unit: XmlElement, translate: boolean): void {
  const unitIndex = ctx.unitCount++
  const unitId = attrOr(unit, 'id')
  const data = new Map(
    kids(unit, 'originalData').flatMap((o) => kids(o, 'data').map((d) => [attrOr(d, 'id'), plainText(d)] as const))
  )
  const rules = rulesFor(data)
  const notesEl = kids(unit, 'notes')[0]
  const prefix = prefixOf(unit)
  const firstContent = childElements(unit).find(
    (c) => isXliff2(c, 'originalData') || isXliff2(c, 'segment') || isXliff2(c, 'ignorable')
  )
  const note = (n: UnitNote): string =>
    `<${prefix}note${n.category ? ` category="${escapeAttribute(n.category)}"` : ''}>${escapeText(n.text)}</${prefix}note>`
  const notePlace: NotePlace | undefined = notesEl?.span
    ? { at: notesEl.span.contentEnd, make: (notes) => notes.map(note).join('') }
    : firstContent?.span
      ? { at: firstContent.span.start, make: (notes) => `<${prefix}notes>${notes.map(note).join('')}</${prefix}notes>` }
      : undefined
  const unitNotes = notesOf(unit)
  kids(unit, 'segment').forEach((segment, i) => {
    const key = `${ctx.fileIndex}:${unitIndex}:${i}`
    const source = kids(segment, 'source')[0]
    if (!source) return
    const target = kids(segment, 'target')[0]
    const table = codeTable()
    const src = readContent(ctx.xml, source, rules, table)
    const current = target ? readContent(ctx.xml, target, rules, table) : undefined
    const state = attr(segment, 'state')
    const subState = attr(segment, 'subState')
    const segmentId = attr(segment, 'id')
    ctx.segments.push({
      key,
      fileIndex: ctx.fileIndex,
      unitId,
      ...(segmentId !== undefined ? { segmentId } : {}),
      source: src.text,
      target: current?.text ?? null,
      codes: table.codes,
      state: {
        status: xliff2Status(state, subState),
        native: nativeState([
          ['state', state],
          ['subState', subState]
        ])
      },
      translate,
      notes: i === 0 ? [...unitNotes] : []
    })
    const span = source.span
    const targetPlace: TargetPlace = target
      ? contentPlace(target, key)
      : span
        ? {
            kind: 'insert',
            insert: {
              at: span.end,
              end: span.end,
              name: `${prefixOf(source)}target`,
              attrs: [],
              before: '',
              after: '',
              template: '',
              holes: [{ key, start: 0, end: 0 }]
            }
          }
        : { kind: 'none' }
    const segmentTag = { start: segment.span?.start ?? 0, end: segment.span?.contentStart ?? 0 }
    ctx.places.set(key, {
      codes: table.codes,
      target: targetPlace,
      status: xliff2Status(state, subState),
      // subState qualifies the state it was written with: a new state drops it (rejected has its own).
      state: (status) => [
        { tag: segmentTag, name: 'state', value: XLIFF2_STATE[status] },
        { tag: segmentTag, name: 'subState', value: status === 'rejected' ? XLIFF2_REJECTED_SUBSTATE : null }
      ],
      ...(notePlace ? { notes: notePlace } : {})
    })
  })
}
