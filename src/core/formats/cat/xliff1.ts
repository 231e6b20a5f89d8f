/**
 * XLIFF 1.0–1.2 and its dialects (SDLXLIFF, MQXLIFF, Wordfast TXLF) read as a CatFile, with the
 * places writing back needs. Segments are the `mrk mtype="seg"` of a `<seg-source>` (their target
 * is the `mrk` with the same mid, wherever it sits in `<target>`), else one per trans-unit; only a
 * trans-unit's own source and target are read (never alt-trans, memoQ history or seg-source
 * outside its marks). Each `<file>` is a CatSubFile.
 *
 * Inline codes: `g` and annotation `mrk` are pairs around editable text; `x bx ex ph bpt ept it`
 * and `mrk mtype="protected"` are whole codes (their content is not the translator's); Trados
 * `x-sdl-added`/`x-sdl-deleted` and memoQ `x-mq-tc` ins/del marks are tracked changes, not codes.
 * Trados comments (`x-sdl-comment` marks, defined in `<cmt-defs>`) become notes of the segment
 * that holds them; the marks stay codes; memoQ comments (`<mq:comments>`) are notes of their unit.
 * Notes written back are Trados or memoQ comments in those dialects (./comments.ts), else `<note>`
 * elements after the target.
 */
import type { UnitNote } from '../model'
import { attr, childElements, localName, type XmlElement } from '../xml'
import { attrOr, codeTable, escapeAttribute, escapeText, plainText, readContent, type InlineRules } from './inline'
import { MEMOQ_NS, SDL_NS, memoqCommentPlace, prefixFor, sdlCommentPlace, sdlDefinitions } from './comments'
import { canonicalLang } from './languages'
import type { CatFile, CatFormat, CatSegment, CatStatus, CatSubFile } from './model'
import {
  contentPlace,
  type AttrEdit,
  type InsertPlace,
  type NotePlace,
  type Scan,
  type SegmentPlace,
  type SharedPlace,
  type StateEdit,
  type StateInsert,
  type TagPlace,
  type TargetPlace
} from './places'
import {
  MEMOQ_STATUS,
  SDL_CONF,
  XLIFF1_REJECTED_PREFIX,
  XLIFF1_REJECTED_QUALIFIER,
  XLIFF1_STATE,
  memoqStatus,
  nativeState,
  sdlStatus,
  xliff1Status
} from './states'

export { MEMOQ_NS, SDL_NS }
export const GS4TR_NS = 'http://www.gs4tr.org/schema/xliff-ext'

/** An XLIFF element by local name: in an XLIFF namespace, or in none (older producers). */
function isXliff(el: XmlElement, local: string): boolean {
  return localName(el.name) === local && (!el.ns || el.ns.startsWith('urn:oasis:names:tc:xliff:document:'))
}

function kids(el: XmlElement, local: string): XmlElement[] {
  return childElements(el).filter((c) => isXliff(c, local))
}

const rules: InlineRules = (el) => {
  const id = attrOr(el, 'id')
  const name = localName(el.name)
  const xliff = !el.ns || el.ns.startsWith('urn:oasis:names:tc:xliff:document:')
  if (!xliff) return { kind: 'whole', key: `${el.name}:${id}`, code: 'standalone', id, label: name }
  switch (name) {
    case 'g':
      return { kind: 'pair', key: `g:${id}`, id, label: `g${id}` }
    case 'x':
      return whole('x', id, 'standalone', id, attr(el, 'equiv-text'))
    case 'bx':
      return whole('bx', id, 'open', attr(el, 'rid') ?? id)
    case 'ex':
      return whole('ex', id, 'close', attr(el, 'rid') ?? id)
    case 'ph':
      return whole('ph', id, 'standalone', id, plainText(el))
    case 'bpt':
      return whole('bpt', id, 'open', attr(el, 'rid') ?? id, plainText(el))
    case 'ept':
      return whole('ept', id, 'close', attr(el, 'rid') ?? id, plainText(el))
    case 'it':
      return whole('it', id, attr(el, 'pos') === 'close' ? 'close' : 'open', attr(el, 'rid') ?? id, plainText(el))
    case 'mrk':
      return markRule(el)
    default:
      return whole(name, id, 'standalone', id, plainText(el))
  }
}

function whole(
  name: string,
  id: string,
  code: 'open' | 'close' | 'standalone',
  pairId: string,
  title?: string
): ReturnType<InlineRules> {
  return { kind: 'whole', key: `${name}:${id}`, code, id: pairId, label: `${name}${id}`, ...(title ? { title } : {}) }
}

function markRule(el: XmlElement): ReturnType<InlineRules> {
  const mtype = attrOr(el, 'mtype')
  if (mtype === 'seg') return { kind: 'text' }
  if (mtype === 'x-sdl-added') return { kind: 'inserted' }
  if (mtype === 'x-sdl-deleted') return { kind: 'deleted' }
  if (mtype === 'x-mq-tc') return attr(el, 'mq:tctype') === 'del' ? { kind: 'deleted' } : { kind: 'inserted' }
  const mid = attr(el, 'mid') ?? attr(el, 'sdl:cid') ?? ''
  if (mtype === 'protected')
    return { kind: 'whole', key: `mrk:${mid}`, code: 'standalone', id: mid, label: 'mrk', title: plainText(el) }
  return { kind: 'pair', key: `mrk:${mtype}:${mid}`, id: mid, label: 'mrk' }
}

/** The `mrk mtype="seg"` under `el`, in order, not looking inside one. */
function segMarks(el: XmlElement): XmlElement[] {
  const found: XmlElement[] = []
  for (const kid of childElements(el)) {
    if (isXliff(kid, 'mrk') && attr(kid, 'mtype') === 'seg') found.push(kid)
    else found.push(...segMarks(kid))
  }
  return found
}

function xliffNote(el: XmlElement): UnitNote {
  const author = attr(el, 'from')
  return { from: 'comment', text: plainText(el), ...(author ? { author } : {}) }
}

/** memoQ comments of a trans-unit (`<mq:comments><mq:comment creatoruser>`), deleted ones left out. */
function memoqComments(tu: XmlElement): UnitNote[] {
  return childElements(tu)
    .filter((c) => c.ns === MEMOQ_NS && localName(c.name) === 'comments')
    .flatMap((c) => childElements(c))
    .filter((c) => localName(c.name) === 'comment' && attr(c, 'deleted') !== 'true')
    .map((c) => {
      const author = attr(c, 'creatoruser')
      return { from: 'comment' as const, text: plainText(c), ...(author ? { author } : {}) }
    })
}

/** Trados comments by id, from `<cmt-defs>`. */
function sdlComments(root: XmlElement): Map<string, UnitNote[]> {
  const byId = new Map<string, UnitNote[]>()
  const walk = (el: XmlElement): void => {
    for (const kid of childElements(el)) {
      if (localName(kid.name) !== 'cmt-def') {
        walk(kid)
        continue
      }
      const notes: UnitNote[] = []
      const collect = (node: XmlElement): void => {
        for (const c of childElements(node)) {
          if (localName(c.name) !== 'Comment') collect(c)
          else {
            const author = attr(c, 'user')
            const severity = attr(c, 'severity')
            notes.push({
              from: 'comment',
              text: plainText(c),
              ...(author ? { author } : {}),
              ...(severity ? { severity } : {})
            })
          }
        }
      }
      collect(kid)
      byId.set(attrOr(kid, 'id'), notes)
    }
  }
  walk(root)
  return byId
}

/** The ids of the Trados comment marks inside an element. */
function commentIds(el: XmlElement | undefined): string[] {
  if (!el) return []
  return childElements(el).flatMap((c) => [
    ...(localName(c.name) === 'mrk' && attr(c, 'mtype') === 'x-sdl-comment' ? [attrOr(c, 'sdl:cid')] : []),
    ...commentIds(c)
  ])
}

const startTag = (el: XmlElement): TagPlace => ({ start: el.span?.start ?? 0, end: el.span?.contentStart ?? 0 })

function prefixOf(el: XmlElement): string {
  const colon = el.name.indexOf(':')
  return colon === -1 ? '' : el.name.slice(0, colon + 1)
}

interface Context {
  xml: string
  format: CatFormat
  fileIndex: number
  comments: Map<string, UnitNote[]>
  /** Where native comments go: Trados definitions and prefixes, memoQ's prefix (null: write <note>s). */
  sdl: { definitions: SharedPlace; prefix: string } | null
  memoqPrefix: string | null
  segments: CatSegment[]
  places: Map<string, SegmentPlace>
  unitCount: number
  /** Trados: the highest numeric segment mid of the file, and how many marks without one got a new mid. */
  maxMid: number
  unnamedMids: number
}

export function scanXliff1(xml: string, root: XmlElement, format: CatFormat): Scan<CatFile> {
  const files: CatSubFile[] = []
  const ctx: Context = {
    xml,
    format,
    fileIndex: 0,
    comments: format === 'sdlxliff' ? sdlComments(root) : new Map(),
    sdl: format === 'sdlxliff' ? sdlPlaces(root) : null,
    memoqPrefix: format === 'mqxliff' ? prefixFor(root, MEMOQ_NS) : null,
    segments: [],
    places: new Map(),
    unitCount: 0,
    maxMid: 0,
    unnamedMids: 0
  }
  kids(root, 'file').forEach((file, fileIndex) => {
    ctx.fileIndex = fileIndex
    ctx.unitCount = 0
    const body = kids(file, 'body')[0]
    files.push({
      original: attrOr(file, 'original'),
      sourceLang: canonicalLang(attr(file, 'source-language')),
      targetLang: canonicalLang(attr(file, 'target-language') ?? (body ? firstTargetLang(body) : undefined)),
      notes: kids(file, 'header').flatMap((h) => kids(h, 'note').map(xliffNote))
    })
    if (body) walkBody(ctx, body, attr(file, 'translate') !== 'no')
  })
  const version = attr(root, 'version') ?? /document:(1\.\d)/.exec(root.ns ?? '')?.[1] ?? ''
  const first = files[0]
  return {
    file: {
      format,
      version,
      sourceLang: first?.sourceLang ?? null,
      targetLang: first?.targetLang ?? null,
      targetLangs: [...new Set(files.map((f) => f.targetLang).filter((l): l is string => l !== null))],
      files,
      segments: ctx.segments
    },
    places: ctx.places
  }
}

function sdlPlaces(root: XmlElement): Context['sdl'] {
  const prefix = prefixFor(root, SDL_NS)
  const definitions = sdlDefinitions(root)
  return prefix !== null && definitions ? { definitions, prefix } : null
}

function firstTargetLang(body: XmlElement): string | undefined {
  for (const kid of childElements(body)) {
    if (isXliff(kid, 'trans-unit')) {
      const lang = kids(kid, 'target')
        .map((t) => attr(t, 'xml:lang'))
        .find(Boolean)
      if (lang) return lang
    } else if (isXliff(kid, 'group')) {
      const lang = firstTargetLang(kid)
      if (lang) return lang
    }
  }
  return undefined
}

function walkBody(ctx: Context, el: XmlElement, translate: boolean): void {
  for (const kid of childElements(el)) {
    if (isXliff(kid, 'group')) {
      const before = ctx.segments.length
      walkBody(ctx, kid, translate && attr(kid, 'translate') !== 'no')
      // A group's notes go with the first segment below it.
      ctx.segments[before]?.notes.unshift(...kids(kid, 'note').map(xliffNote))
    } else if (isXliff(kid, 'trans-unit')) readUnit(ctx, kid, translate && attr(kid, 'translate') !== 'no')
  }
}

interface SegmentSource {
  mid?: string
  source: XmlElement
  target: XmlElement | undefined
}

function readUnit(ctx: Context, tu: XmlElement, translate: boolean): void {
  const unitIndex = ctx.unitCount++
  const source = kids(tu, 'source')[0]
  if (!source) return
  const segSource = kids(tu, 'seg-source')[0]
  const target = kids(tu, 'target')[0]
  const targetMarkList = target ? segMarks(target) : []
  // An empty target of a segmented unit is written as a missing one: with the seg-source's marks.
  const blank = target !== undefined && childElements(target).length === 0 && plainText(target).trim() === ''
  const sourceMarks = segSource ? segMarks(segSource) : []
  // A segmented source with a target that is not segmented is one segment, as the target has it.
  const marks = target && !blank && targetMarkList.length === 0 ? [] : sourceMarks
  const targetMarks = new Map(targetMarkList.map((m) => [attrOr(m, 'mid'), m] as const))
  const parts: SegmentSource[] =
    marks.length > 0
      ? marks.map((m) => ({ mid: attrOr(m, 'mid'), source: m, target: targetMarks.get(attrOr(m, 'mid')) }))
      : [{ source, target }]
  const unitId = attrOr(tu, 'id')
  const keys = parts.map((_, i) => `${ctx.fileIndex}:${unitIndex}:${i}`)
  const unitTag = startTag(tu)
  const targetTag = target ? startTag(target) : undefined
  const prefix = prefixOf(source)
  const sdlSegs = new Map(
    childElements(tu)
      .filter((c) => c.ns === SDL_NS && localName(c.name) === 'seg-defs')
      .flatMap((d) => childElements(d).filter((s) => localName(s.name) === 'seg'))
      .map((s) => [attrOr(s, 'id'), s] as const)
  )
  const insert =
    !target || (blank && marks.length > 0)
      ? missingTarget(ctx.xml, marks.length > 0 && segSource ? segSource : source, prefix, parts, keys, target)
      : undefined
  const xliffNotes: NotePlace = {
    at: (target ?? segSource ?? source).span?.end ?? 0,
    make: (notes) =>
      notes
        .map(
          (n) =>
            `<${prefix}note${n.author ? ` from="${escapeAttribute(n.author)}"` : ''}>${escapeText(n.text)}</${prefix}note>`
        )
        .join('')
  }
  const sdlState = ctx.format === 'sdlxliff' ? sdlStateOf(ctx, tu, sdlSegs, sourceMarks, targetMarkList) : null
  const memoqNotes = ctx.memoqPrefix === null ? null : memoqCommentPlace(tu, keys[0] ?? '', ctx.memoqPrefix)
  const unitNotes = [...kids(tu, 'note').map(xliffNote), ...memoqComments(tu)]

  parts.forEach((part, i) => {
    const key = keys[i] ?? ''
    const table = codeTable()
    const src = readContent(ctx.xml, part.source, rules, table)
    const current = part.target ? readContent(ctx.xml, part.target, rules, table) : undefined
    const previous =
      part.target && current?.tracked ? readContent(ctx.xml, part.target, rules, table, 'previous') : undefined
    // A target not segmented stands for the seg-source's segments: the first one's definition says its state.
    const sdlSeg = sdlSegs.get(part.mid ?? attrOr(sourceMarks[0] ?? source, 'mid'))
    const { status, native } = readState(ctx.format, tu, target, sdlSeg, current !== undefined && current.text !== '')
    const locked =
      attr(sdlSeg ?? tu, 'locked') === 'true' || ['locked', 'true', '1'].includes(attr(tu, 'mq:locked') ?? '')
    const comments =
      ctx.comments.size === 0
        ? []
        : [...new Set([...commentIds(part.source), ...commentIds(part.target)])].flatMap(
            (id) => ctx.comments.get(id) ?? []
          )
    ctx.segments.push({
      key,
      fileIndex: ctx.fileIndex,
      unitId,
      ...(part.mid !== undefined ? { segmentId: part.mid } : {}),
      source: src.text,
      target: current?.text ?? null,
      ...(previous ? { previousTarget: previous.text } : {}),
      codes: table.codes,
      state: { status, native },
      translate: translate && !locked,
      ...(locked ? { locked } : {}),
      notes: [...(i === 0 ? unitNotes : []), ...comments]
    })
    const targetPlace: TargetPlace = part.target
      ? contentPlace(part.target, key)
      : insert
        ? { kind: 'insert', insert }
        : target
          ? missingMark(target, prefix, part.mid ?? '', key)
          : { kind: 'none' }
    ctx.places.set(key, {
      codes: table.codes,
      target: targetPlace,
      status,
      state: (next, place) =>
        sdlState
          ? sdlState(part, next, place)
          : writeState(ctx.format, next, place, { targetTag, unitTag, tu, target }),
      notes:
        (ctx.sdl && sdlCommentPlace(part.target, key, prefix, ctx.sdl.prefix, ctx.sdl.definitions)) ??
        memoqNotes ??
        xliffNotes
    })
  })
}

/**
 * How a missing target is added: after the seg-source (or source), holding the seg-source's
 * markup with each segment's target in its mark (marks of unedited segments stay empty). An
 * empty target (`replace`) is rewritten that way in its place, keeping its attributes.
 */
function missingTarget(
  xml: string,
  model: XmlElement,
  prefix: string,
  parts: readonly SegmentSource[],
  keys: readonly string[],
  replace?: XmlElement
): InsertPlace | undefined {
  const span = model.span
  if (!span) return undefined
  const at = replace?.span?.start ?? span.end
  const segmented = parts[0]?.mid !== undefined
  const holes = segmented
    ? parts.map((p, i) => ({
        key: keys[i] ?? '',
        start: (p.source.span?.contentStart ?? 0) - span.contentStart,
        end: (p.source.span?.contentEnd ?? 0) - span.contentStart
      }))
    : [{ key: keys[0] ?? '', start: 0, end: 0 }]
  return {
    at,
    end: replace?.span?.end ?? at,
    name: replace?.name ?? `${prefix}target`,
    attrs: replace ? Object.entries(replace.attrs) : [],
    before: '',
    after: '',
    template: segmented ? xml.slice(span.contentStart, span.contentEnd) : '',
    holes
  }
}

/** A segment whose mark the target lacks: the mark is added at the end of the target. */
function missingMark(target: XmlElement, prefix: string, mid: string, key: string): TargetPlace {
  const at = target.span?.contentEnd
  if (at === undefined || target.span?.contentStart === target.span?.end) return { kind: 'none' }
  const insert: InsertPlace = {
    at,
    end: at,
    name: `${prefix}mrk`,
    attrs: [
      ['mtype', 'seg'],
      ['mid', mid]
    ],
    before: '',
    after: '',
    template: '',
    holes: [{ key, start: 0, end: 0 }]
  }
  return { kind: 'insert', insert }
}

function readState(
  format: CatFormat,
  tu: XmlElement,
  target: XmlElement | undefined,
  sdlSeg: XmlElement | undefined,
  hasTarget: boolean
): { status: CatSegment['state']['status']; native: string } {
  if (format === 'sdlxliff') {
    const conf = sdlSeg ? attr(sdlSeg, 'conf') : undefined
    return { status: sdlStatus(conf), native: nativeState([['sdl:conf', conf]]) }
  }
  if (format === 'mqxliff') {
    const status = attr(tu, 'mq:status')
    return { status: memoqStatus(status, hasTarget), native: nativeState([['mq:status', status]]) }
  }
  const state = (target && attr(target, 'state')) ?? attr(tu, 'state')
  const approved = attr(tu, 'approved')
  const qualifier = target ? attr(target, 'state-qualifier') : undefined
  return {
    status: xliff1Status(state, approved, hasTarget, qualifier),
    native: nativeState([
      ['state', state],
      ['state-qualifier', qualifier],
      ['approved', approved]
    ])
  }
}

interface StateTags {
  targetTag: TagPlace | undefined
  unitTag: TagPlace
  tu: XmlElement
  target: XmlElement | undefined
}

function writeState(
  format: CatFormat,
  status: CatSegment['state']['status'],
  place: TargetPlace,
  { targetTag, unitTag, tu, target }: StateTags
): AttrEdit[] {
  if (format === 'mqxliff') return [{ tag: unitTag, name: 'mq:status', value: MEMOQ_STATUS[status] }]
  const edits: AttrEdit[] = []
  const tag = place.kind === 'insert' && localName(place.insert.name) === 'target' ? place.insert : targetTag
  if (tag) edits.push({ tag, name: 'state', value: XLIFF1_STATE[status] })
  // A rejection says why in state-qualifier; a rejection's qualifier goes when the status moves on.
  const qualifier = target ? attr(target, 'state-qualifier') : undefined
  if (tag && status === 'rejected') edits.push({ tag, name: 'state-qualifier', value: XLIFF1_REJECTED_QUALIFIER })
  else if (tag && qualifier?.startsWith(XLIFF1_REJECTED_PREFIX))
    edits.push({ tag, name: 'state-qualifier', value: null })
  if (status === 'reviewed' || status === 'final') edits.push({ tag: unitTag, name: 'approved', value: 'yes' })
  else if (attr(tu, 'approved') === 'yes') edits.push({ tag: unitTag, name: 'approved', value: 'no' })
  return edits
}

/**
 * How a Trados segment's status is written: `conf` on the `<sdl:seg>` whose id is the `mid` of the
 * segment's `<mrk mtype="seg">` (Trados ties the two by that id alone), added when the unit lacks
 * it. A Cotejo segment whose target is not segmented stands for every segment of the seg-source:
 * each gets the status. A unit with no seg-source marks has not been segmented by Trados (Studio
 * segments it when it opens the file), so it has no segment a definition could name: no state is
 * written there, rather than an `<sdl:seg>` that names nothing.
 *
 * A `<mrk mtype="seg">` without a `mid` breaks that tie: Studio writes a mid on every segment mark
 * (numbers unique in the file) and looks each `<sdl:seg>` up by it, so a definition with `id=""` or
 * an invented id alone would name no segment. Cotejo gives such a mark (one per unit, so that its
 * target mark is known) the next free number of the file, on its seg-source mark and its target
 * mark, and writes the definition under it; when the target is still to be written whole from the
 * seg-source (no place for its mark's id), no state is written.
 */
function sdlStateOf(
  ctx: Context,
  tu: XmlElement,
  sdlSegs: ReadonlyMap<string, XmlElement>,
  sourceMarks: readonly XmlElement[],
  targetMarks: readonly XmlElement[]
): (part: SegmentSource, status: CatStatus, place: TargetPlace) => StateEdit[] {
  for (const mark of [...sourceMarks, ...targetMarks]) {
    const n = Number(attr(mark, 'mid') ?? '')
    if (Number.isSafeInteger(n) && n > ctx.maxMid) ctx.maxMid = n
  }
  const unnamed = (marks: readonly XmlElement[]): number => marks.filter((m) => !attr(m, 'mid')).length
  const fresh = unnamed(sourceMarks) === 1 && unnamed(targetMarks) <= 1 ? ++ctx.unnamedMids : null
  const newSeg = sdlSegPlace(ctx.xml, tu, ctx.sdl?.prefix ?? null)
  const conf = (id: string, status: CatStatus): StateEdit[] => {
    const seg = sdlSegs.get(id)
    if (seg) return [{ tag: startTag(seg), name: 'conf', value: SDL_CONF[status] }]
    return newSeg ? [newSeg(id, status)] : []
  }
  return (part, status, place) => {
    if (part.mid === undefined) return sourceMarks.flatMap((m) => conf(attrOr(m, 'mid'), status))
    if (part.mid !== '') return conf(part.mid, status)
    const targetTag: TagPlace | InsertPlace | null = part.target
      ? startTag(part.target)
      : place.kind === 'insert' && localName(place.insert.name) === 'mrk'
        ? place.insert
        : null
    if (fresh === null || targetTag === null) return []
    // Read when writing, so the number is past every mid of the file.
    const id = String(ctx.maxMid + fresh)
    return [
      { tag: startTag(part.source), name: 'mid', value: id },
      { tag: targetTag, name: 'mid', value: id },
      ...conf(id, status)
    ]
  }
}

/**
 * How a Trados segment without an `<sdl:seg>` gets one, as Trados keeps them: in the unit's
 * `<sdl:seg-defs>` (an empty `<sdl:seg-defs/>` is opened to hold it), or in a new one at the
 * unit's end (one for all its segments).
 */
function sdlSegPlace(
  xml: string,
  tu: XmlElement,
  rootPrefix: string | null
): ((mid: string, status: CatStatus) => StateInsert) | null {
  const defs = childElements(tu).find((c) => c.ns === SDL_NS && localName(c.name) === 'seg-defs')
  const seg = (prefix: string, mid: string, status: CatStatus): string =>
    `<${prefix}seg id="${escapeAttribute(mid)}" conf="${SDL_CONF[status]}"/>`
  if (defs) {
    const span = defs.span
    if (!span) return null
    const prefix = prefixOf(defs)
    if (span.contentStart !== span.end)
      return (mid, status) => ({ at: span.contentEnd, text: seg(prefix, mid, status) })
    // `<sdl:seg-defs/>`: rewritten open, its start tag (attributes, namespace declarations) kept.
    const open = xml.slice(span.start, span.end).replace(/\s*\/>$/, '>')
    const shared: SharedPlace = { at: span.start, end: span.end, wrap: (c) => `${open}${c}</${defs.name}>` }
    return (mid, status) => ({ shared, text: seg(prefix, mid, status) })
  }
  const at = tu.span?.contentEnd
  if (at === undefined) return null
  const prefix = rootPrefix ?? ''
  const shared: SharedPlace = {
    at,
    wrap: (c) =>
      rootPrefix === null
        ? `<seg-defs xmlns="${SDL_NS}">${c}</seg-defs>`
        : `<${prefix}seg-defs>${c}</${prefix}seg-defs>`
  }
  return (mid, status) => ({ shared, text: seg(prefix, mid, status) })
}
