import { describe, expect, it } from 'vitest'
import { readCatFile, sniffCatFormat, writeCatFile } from '../../../../../src/core/formats/cat'
import type { CatEdit, CatFile } from '../../../../../src/core/formats/cat/model'
import { placeholder as p } from '../../../../../src/core/formats/inline-codes'
import { setAttribute } from '../../../../../src/core/formats/cat/splice'
import { expectFormatError } from '../helpers'

const XLIFF12 = (units: string, file = 'source-language="es" target-language="en-us"'): string =>
  `<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" ${file} datatype="plaintext"><body>${units}</body></file></xliff>`

const XLIFF2 = (units: string, attrs = ''): string =>
  `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="es" trgLang="en"><file id="f"${attrs}>${units}</file></xliff>`

const edit = (text: string, file: CatFile, key: string, change: CatEdit): { out: string; again: CatFile } => {
  const out = writeCatFile(text, file, new Map([[key, change]]))
  return { out, again: readCatFile(out) }
}

describe('inline codes', () => {
  it('nested and reordered XLIFF 1.2 codes keep one placeholder per code, the same in source and target', () => {
    const xml = XLIFF12(
      '<trans-unit id="1"><source><g id="1">Hola <g id="2">mundo</g></g> y <x id="3"/>.</source>' +
        '<target><x id="3"/> <g id="1"><g id="2">World</g> hello</g>.</target></trans-unit>'
    )
    const [seg] = readCatFile(xml).segments
    expect(seg?.source).toBe(`${p(0)}Hola ${p(1)}mundo${p(2)}${p(3)} y ${p(4)}.`)
    expect(seg?.target).toBe(`${p(4)} ${p(0)}${p(1)}World${p(2)} hello${p(3)}.`)
    expect(seg?.codes.map((c) => [c.kind, c.label, c.xml])).toEqual([
      ['open', 'g1', '<g id="1">'],
      ['open', 'g2', '<g id="2">'],
      ['close', '/g2', '</g>'],
      ['close', '/g1', '</g>'],
      ['standalone', 'x3', '<x id="3"/>']
    ])
  })

  it('XLIFF 2 codes are deletable unless canDelete="no"; XLIFF 1.2 codes never are', () => {
    const x2 = XLIFF2(
      '<unit id="u"><segment><source><pc id="1">a</pc><ph id="2"/><ph id="3" canDelete="no"/><sc id="4" canDelete="no"/>b<ec startRef="4" canDelete="no"/></source></segment></unit>'
    )
    expect(readCatFile(x2).segments[0]?.codes.map((c) => [c.label, c.deletable ?? false])).toEqual([
      ['pc1', true],
      ['/pc1', true],
      ['ph2', true],
      ['ph3', false],
      ['sc4', false],
      ['ec4', false]
    ])
    const x1 = XLIFF12('<trans-unit id="1"><source><g id="1">a</g><x id="2"/></source></trans-unit>')
    expect(readCatFile(x1).segments[0]?.codes.some((c) => c.deletable)).toBe(false)
  })

  it('reads whole codes with their content verbatim and a pair split across codes', () => {
    const xml = XLIFF12(
      '<trans-unit id="1"><source><bpt id="1">&lt;b&gt;</bpt>Negrita<ept id="1">&lt;/b&gt;</ept> <ph id="2">{0}</ph> <mrk mtype="protected" mid="m">ACME®</mrk></source></trans-unit>'
    )
    const [seg] = readCatFile(xml).segments
    expect(seg?.source).toBe(`${p(0)}Negrita${p(1)} ${p(2)} ${p(3)}`)
    expect(seg?.codes.map((c) => [c.kind, c.id, c.xml, c.title])).toEqual([
      ['open', '1', '<bpt id="1">&lt;b&gt;</bpt>', '<b>'],
      ['close', '1', '<ept id="1">&lt;/b&gt;</ept>', '</b>'],
      ['standalone', '2', '<ph id="2">{0}</ph>', '{0}'],
      ['standalone', 'm', '<mrk mtype="protected" mid="m">ACME®</mrk>', 'ACME®']
    ])
    expect(seg?.target).toBeNull()
  })

  it('XLIFF 2 pc, sc/ec and ph; TMX bpt/ept and hi; a private-use character in the text is a code of its own', () => {
    const x2 = XLIFF2(
      '<unit id="u"><segment><source><pc id="1">a</pc><sc id="2"/>b<ec startRef="2"/><ph id="3" equiv="{x}"/></source><target><ph id="3" equiv="{x}"/><pc id="1">A</pc></target></segment></unit>'
    )
    const [s2] = readCatFile(x2).segments
    expect(s2?.target).toBe(`${p(4)}${p(0)}A${p(1)}`)
    expect(s2?.codes[4]).toMatchObject({ kind: 'standalone', title: '{x}', xml: '<ph id="3" equiv="{x}"/>' })
    expect(s2?.codes[3]).toMatchObject({ kind: 'close', id: '2', xml: '<ec startRef="2"/>' })
    const protectedMark = XLIFF2(
      '<unit id="u"><segment><source>Use <mrk id="m1" translate="no">Cotejo</mrk> <mrk id="m2" type="term">hoy</mrk></source></segment></unit>'
    )
    expect(readCatFile(protectedMark).segments[0]?.codes.map((c) => [c.kind, c.xml])).toEqual([
      ['standalone', '<mrk id="m1" translate="no">Cotejo</mrk>'],
      ['open', '<mrk id="m2" type="term">'],
      ['close', '</mrk>']
    ])
    const tmx =
      '<tmx version="1.4"><header srclang="es"/><body><tu><tuv xml:lang="es"><seg>Uno <hi x="1">dos</hi> \uF098</seg></tuv>' +
      '<tuv xml:lang="en"><seg>One <hi x="1">two</hi> \uF098</seg></tuv></tu></body></tmx>'
    const file = readCatFile(tmx)
    const [t] = file.segments
    expect(t?.target).toBe(`One ${p(0)}two${p(1)} ${p(2)}`)
    expect(t?.codes[2]).toMatchObject({ label: 'U+F098', xml: '&#xF098;' })
    const { again } = edit(tmx, file, t?.key ?? '', { target: `${p(2)} Uno` })
    expect(again.segments[0]?.target).toBe(`${p(2)} Uno`)
    expect(again.segments[0]?.codes[2]?.label).toBe('U+F098')
  })

  it('refuses to write a placeholder the segment does not have', () => {
    const xml = XLIFF12('<trans-unit id="1"><source>Hola</source><target>Hello</target></trans-unit>')
    const file = readCatFile(xml)
    expectFormatError(
      () => writeCatFile(xml, file, { [file.segments[0]?.key ?? '']: { target: `Hi ${p(7)}` } }),
      'format.invalidDocument'
    )
  })
})

describe('segments, translate="no" and languages', () => {
  it('takes segments from seg-source marks and their targets by mid, wherever they sit', () => {
    const xml = XLIFF12(
      '<trans-unit id="1"><source>Uno. Dos.</source><seg-source><mrk mtype="seg" mid="a">Uno.</mrk> <mrk mtype="seg" mid="b">Dos.</mrk></seg-source>' +
        '<target><g id="1"><mrk mtype="seg" mid="b">Two.</mrk> <mrk mtype="seg" mid="a">One.</mrk></g></target></trans-unit>'
    )
    const segs = readCatFile(xml).segments
    expect(segs.map((s) => [s.segmentId, s.source, s.target])).toEqual([
      ['a', 'Uno.', 'One.'],
      ['b', 'Dos.', 'Two.']
    ])
  })

  it('honours translate="no" on groups and units (XLIFF 1.2) and its inheritance and override (XLIFF 2)', () => {
    const x1 = XLIFF12(
      '<group translate="no"><trans-unit id="1"><source>a</source></trans-unit></group><trans-unit id="2" translate="no"><source>b</source></trans-unit><trans-unit id="3"><source>c</source></trans-unit>'
    )
    expect(readCatFile(x1).segments.map((s) => s.translate)).toEqual([false, false, true])
    const x2 = XLIFF2(
      '<unit id="1"><segment><source>a</source></segment></unit><group id="g" translate="yes"><unit id="2"><segment><source>b</source></segment></unit></group>',
      ' translate="no"'
    )
    expect(readCatFile(x2).segments.map((s) => s.translate)).toEqual([false, true])
  })

  it('keeps languages as the file writes them, canonical, and none when absent', () => {
    expect(
      readCatFile(
        XLIFF12('<trans-unit id="1"><source>a</source></trans-unit>', 'source-language="EN-us" target-language="en-EN"')
      )
    ).toMatchObject({ sourceLang: 'en-US', targetLang: 'en-EN' })
    const none = readCatFile(XLIFF12('<trans-unit id="1"><source>a</source></trans-unit>', 'source-language="nl"'))
    expect([none.sourceLang, none.targetLang, none.targetLangs]).toEqual(['nl', null, []])
  })

  it('lets the reviewer pick the target of a multilingual TMX, and writes that one', () => {
    const tmx =
      '<tmx version="1.4"><header srclang="EN-US"/><body><tu tuid="1"><tuv xml:lang="en-US"><seg>Hi</seg></tuv><tuv xml:lang="ES"><seg>Hola</seg></tuv><tuv xml:lang="FR-CA"><seg>Salut</seg></tuv></tu>' +
      '<tu tuid="2"><tuv xml:lang="en-US"><seg>Bye</seg></tuv><tuv xml:lang="ES"><seg>Adiós</seg></tuv></tu></body></tmx>'
    expect(readCatFile(tmx)).toMatchObject({ sourceLang: 'en-US', targetLang: 'es', targetLangs: ['es', 'fr-CA'] })
    const fr = readCatFile(tmx, { targetLang: 'fr-ca' })
    expect(fr.segments.map((s) => s.target)).toEqual(['Salut', null])
    const { out, again } = edit(tmx, fr, fr.segments[1]?.key ?? '', { target: 'Au revoir' })
    expect(out).toContain('<tuv xml:lang="en-US"><seg>Bye</seg></tuv><tuv xml:lang="FR-CA"><seg>Au revoir</seg></tuv>')
    expect(readCatFile(out, { targetLang: 'fr-CA' }).segments[1]?.target).toBe('Au revoir')
    expect(again.segments[1]?.target).toBe('Adiós')
  })
})

describe('writing back', () => {
  it('adds a missing target where XLIFF 1.2 puts it, with its state; a segmented one keeps the marks', () => {
    const xml = XLIFF12(
      '<trans-unit id="1"><source>Hola</source><note>n</note></trans-unit>' +
        '<trans-unit id="2"><source>Uno. Dos.</source><seg-source><mrk mtype="seg" mid="1">Uno.</mrk> <mrk mtype="seg" mid="2">Dos.</mrk></seg-source></trans-unit>'
    )
    const file = readCatFile(xml)
    const out = writeCatFile(xml, file, {
      [file.segments[0]?.key ?? '']: { target: 'Hello', status: 'translated' },
      [file.segments[2]?.key ?? '']: { target: 'Two.' }
    })
    expect(out).toContain('<source>Hola</source><target state="translated">Hello</target><note>n</note>')
    expect(out).toContain(
      '</seg-source><target><mrk mtype="seg" mid="1"></mrk> <mrk mtype="seg" mid="2">Two.</mrk></target>'
    )
    expect(readCatFile(out).segments.map((s) => s.target)).toEqual(['Hello', '', 'Two.'])
  })

  it('reads a segmented unit whose target is not segmented as one segment; fills an empty or partial segmented target', () => {
    const unsegmented = XLIFF12(
      '<trans-unit id="1"><source>Uno. Dos.</source><seg-source><mrk mtype="seg" mid="1">Uno.</mrk> <mrk mtype="seg" mid="2">Dos.</mrk></seg-source><target>One. Two.</target></trans-unit>'
    )
    expect(readCatFile(unsegmented).segments.map((s) => [s.source, s.target])).toEqual([['Uno. Dos.', 'One. Two.']])
    const empty = XLIFF12(
      '<trans-unit id="1"><source>Uno. Dos.</source><seg-source><mrk mtype="seg" mid="1">Uno.</mrk> <mrk mtype="seg" mid="2">Dos.</mrk></seg-source><target xml:lang="en"></target></trans-unit>'
    )
    const fe = readCatFile(empty)
    expect(fe.segments.map((s) => s.target)).toEqual([null, null])
    expect(edit(empty, fe, fe.segments[1]?.key ?? '', { target: 'Two.' }).out).toContain(
      '<target xml:lang="en"><mrk mtype="seg" mid="1"></mrk> <mrk mtype="seg" mid="2">Two.</mrk></target>'
    )
    const partial = XLIFF12(
      '<trans-unit id="1"><source>Uno. Dos.</source><seg-source><mrk mtype="seg" mid="1">Uno.</mrk> <mrk mtype="seg" mid="2">Dos.</mrk></seg-source><target><mrk mtype="seg" mid="1">One.</mrk></target></trans-unit>'
    )
    const fp = readCatFile(partial)
    const { again } = edit(partial, fp, fp.segments[1]?.key ?? '', { target: 'Two.' })
    expect(again.segments.map((s) => s.target)).toEqual(['One.', 'Two.'])
  })

  it('fills an empty <target/>, adds XLIFF 2 and TMX targets, and uses the file’s namespace prefix', () => {
    const empty = XLIFF12('<trans-unit id="1"><source>Hola</source><target xml:lang="en"/></trans-unit>')
    const e = readCatFile(empty)
    expect(edit(empty, e, e.segments[0]?.key ?? '', { target: 'Hi' }).out).toContain(
      '<target xml:lang="en">Hi</target>'
    )
    const x2 = XLIFF2('<unit id="u"><segment id="s"><source>Hola</source></segment></unit>')
    const f2 = readCatFile(x2)
    const { out } = edit(x2, f2, f2.segments[0]?.key ?? '', { target: 'Hi & <bye>', status: 'reviewed' })
    expect(out).toContain(
      '<segment id="s" state="reviewed"><source>Hola</source><target>Hi &amp; &lt;bye&gt;</target></segment>'
    )
    const prefixed = `<xlf:xliff xmlns:xlf="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><xlf:file source-language="es" target-language="de"><xlf:body><xlf:trans-unit id="1"><xlf:source>Hola</xlf:source></xlf:trans-unit></xlf:body></xlf:file></xlf:xliff>`
    const fp = readCatFile(prefixed)
    expect(edit(prefixed, fp, fp.segments[0]?.key ?? '', { target: 'Hallo' }).out).toContain(
      '<xlf:source>Hola</xlf:source><xlf:target>Hallo</xlf:target>'
    )
  })

  it('writes states in each format’s words, and leaves the native value when the status did not change', () => {
    const x1 = XLIFF12(
      '<trans-unit id="1" approved="yes"><source>a</source><target state="needs-review-translation">A</target></trans-unit><trans-unit id="2"><source>b</source><target state="x-custom">B</target></trans-unit>'
    )
    const f1 = readCatFile(x1)
    expect(f1.segments.map((s) => s.state)).toEqual([
      { status: 'reviewed', native: 'state=needs-review-translation approved=yes' },
      { status: 'translated', native: 'state=x-custom' }
    ])
    const out1 = writeCatFile(x1, f1, {
      [f1.segments[0]?.key ?? '']: { target: 'A2', status: 'rejected' },
      [f1.segments[1]?.key ?? '']: { target: 'B2', status: 'translated' }
    })
    expect(out1).toContain(
      '<trans-unit id="1" approved="no"><source>a</source><target state="needs-translation" state-qualifier="rejected-inaccurate">A2</target>'
    )
    expect(out1).toContain('<target state="x-custom">B2</target>')

    const sdl = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"><file source-language="en-US" target-language="de-DE"><body><trans-unit id="u"><source>a</source><seg-source><mrk mtype="seg" mid="1">a</mrk></seg-source><target><mrk mtype="seg" mid="1">A</mrk></target><sdl:seg-defs><sdl:seg id="1" conf="Draft" origin="mt"/></sdl:seg-defs></trans-unit></body></file></xliff>`
    const fs = readCatFile(sdl)
    expect(fs).toMatchObject({ format: 'sdlxliff', segments: [{ state: { status: 'new', native: 'sdl:conf=Draft' } }] })
    expect(edit(sdl, fs, fs.segments[0]?.key ?? '', { target: 'A', status: 'final' }).out).toContain(
      '<sdl:seg id="1" conf="ApprovedSignOff" origin="mt"/>'
    )

    const x2 = XLIFF2(
      '<unit id="u"><segment id="1" state="translated" subState="acme:mt"><source>a</source><target>A</target></segment></unit>'
    )
    const f2 = readCatFile(x2)
    expect(f2.segments[0]?.state).toEqual({ status: 'translated', native: 'state=translated subState=acme:mt' })
    expect(edit(x2, f2, f2.segments[0]?.key ?? '', { target: 'A', status: 'translated' }).out).toBe(x2)
    expect(edit(x2, f2, f2.segments[0]?.key ?? '', { target: 'A', status: 'final' }).out).toContain(
      '<segment id="1" state="final">'
    )

    const mq = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff"><file source-language="en" target-language="ja"><body><trans-unit id="1" mq:status="ManuallyConfirmed"><source>a</source><target>A</target></trans-unit></body></file></xliff>`
    const fm = readCatFile(mq)
    const locked = readCatFile(mq.replace('mq:status="ManuallyConfirmed"', 'mq:status="Proofread" mq:locked="locked"'))
    expect(locked.segments[0]).toMatchObject({ translate: false, locked: true, state: { status: 'reviewed' } })
    expect(edit(mq, fm, fm.segments[0]?.key ?? '', { target: 'A', status: 'reviewed' }).out).toContain(
      '<trans-unit id="1" mq:status="Reviewer1Confirmed">'
    )
  })

  it('writes an edited tracked-change target plainly and keeps the previous version until then', () => {
    const mq = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff"><file source-language="en" target-language="ja"><body><trans-unit id="1"><source>a</source><target><mrk mtype="x-mq-tc" mq:tctype="del">PARAGRAPH </mrk>#4<mrk mtype="x-mq-tc" mq:tctype="ins"> NEW</mrk></target></trans-unit></body></file></xliff>`
    const file = readCatFile(mq)
    expect(file.segments[0]).toMatchObject({ target: '#4 NEW', previousTarget: 'PARAGRAPH #4' })
    const { out, again } = edit(mq, file, file.segments[0]?.key ?? '', { target: '#4 NUEVO' })
    expect(out).toContain('<target>#4 NUEVO</target>')
    expect(again.segments[0]?.previousTarget).toBeUndefined()
  })

  it('reads notes, Trados comments and memoQ comments as notes of their segment', () => {
    const mq = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff"><file source-language="en" target-language="ja"><body><trans-unit id="1"><source>a</source><target>A</target><note from="pm">Glosario</note><mq:comments><mq:comment id="c1" creatoruser="Ana" deleted="false">¿Cifra?</mq:comment><mq:comment id="c2" creatoruser="Ana" deleted="true">Borrado</mq:comment></mq:comments></trans-unit></body></file></xliff>`
    expect(readCatFile(mq).segments[0]?.notes).toEqual([
      { from: 'comment', text: 'Glosario', author: 'pm' },
      { from: 'comment', text: '¿Cifra?', author: 'Ana' }
    ])
  })

  it('adds review notes in each format’s note element', () => {
    const note = { from: 'comment' as const, text: 'Revisar «cifra» & <fecha>', author: 'Ana "R"' }
    const x1 = XLIFF12(
      '<trans-unit id="1"><source>a</source><target>A</target><alt-trans><target>B</target></alt-trans></trans-unit>'
    )
    const f1 = readCatFile(x1)
    const out1 = edit(x1, f1, f1.segments[0]?.key ?? '', { target: 'A', notes: [note] })
    expect(out1.out).toContain(
      '<target>A</target><note from="Ana &quot;R&quot;">Revisar «cifra» &amp; &lt;fecha&gt;</note><alt-trans>'
    )
    expect(out1.again.segments[0]?.notes).toEqual([note])
    const x2 = XLIFF2('<unit id="u"><segment><source>a</source><target>A</target></segment></unit>')
    const f2 = readCatFile(x2)
    const out2 = edit(x2, f2, f2.segments[0]?.key ?? '', { target: 'A', notes: [note, { ...note, text: 'dos' }] })
    expect(out2.out).toContain(
      '<unit id="u"><notes><note>Revisar «cifra» &amp; &lt;fecha&gt;</note><note>dos</note></notes><segment>'
    )
    expect(out2.again.segments[0]?.notes.map((n) => n.text)).toEqual([note.text, 'dos'])
    // TMX's <note> is text alone (no author attribute in TMX 1.4b): the author leads it.
    const tmx =
      '<tmx version="1.4"><header srclang="es"/><body><tu tuid="1"><prop type="x-origin">tm</prop><tuv xml:lang="es"><seg>a</seg></tuv><tuv xml:lang="en"><seg>A</seg></tuv></tu></body></tmx>'
    const ft = readCatFile(tmx)
    const outT = edit(tmx, ft, ft.segments[0]?.key ?? '', {
      target: 'A',
      notes: [note, { from: 'query', text: 'sin autor' }]
    })
    expect(outT.out).toContain(
      '<prop type="x-origin">tm</prop><note>Ana "R": Revisar «cifra» &amp; &lt;fecha&gt;</note><note>sin autor</note><tuv xml:lang="es">'
    )
    expect(outT.again.segments[0]?.notes.map((n) => n.text)).toEqual([`Ana "R": ${note.text}`, 'sin autor'])
  })
})

describe('review notes as the CAT tool’s own comments', () => {
  const SDL = (docInfo: string, units: string): string =>
    `<?xml version="1.0" encoding="utf-8"?><xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">${docInfo}<file original="nota.docx" source-language="es-PE" target-language="en-US" datatype="x-sdlfilterframework2"><body>${units}</body></file></xliff>`
  const sdlUnit = (id: string, source: string, target: string): string =>
    `<trans-unit id="${id}"><source>${source}</source><seg-source><mrk mtype="seg" mid="${id}">${source}</mrk></seg-source><target><mrk mtype="seg" mid="${id}">${target}</mrk></target><sdl:seg-defs><sdl:seg id="${id}" conf="Translated"/></sdl:seg-defs></trans-unit>`
  const query = { from: 'query' as const, text: '¿Es «Minsa» o «MINSA»?', author: 'Rosa' }
  const comment = { from: 'comment' as const, text: 'Cargo & nombre', author: 'Luis' }
  const stamp = { now: '2026-12-07T10:00:00.000Z' }

  it('Trados: a comment on the whole target, defined in a new <doc-info>, read back as the segment’s notes', () => {
    const xml = SDL('', sdlUnit('1', 'La ministra', 'The minister') + sdlUnit('2', 'El viceministro', 'The deputy'))
    const file = readCatFile(xml)
    const out = writeCatFile(
      xml,
      file,
      new Map([[file.segments[0]?.key ?? '', { target: 'The Minister', notes: [query, comment] }]]),
      stamp
    )
    const cid = /<mrk mtype="x-sdl-comment" sdl:cid="([0-9a-f-]{36})">The Minister<\/mrk>/.exec(out)?.[1]
    expect(cid).toBeDefined()
    expect(out).toContain(
      `<doc-info xmlns="http://sdl.com/FileTypes/SdlXliff/1.0"><cmt-defs><cmt-def id="${cid}"><Comments><Comment severity="Medium" user="Rosa" date="2026-12-07T10:00:00.000Z" version="1.0">¿Es «Minsa» o «MINSA»?</Comment><Comment severity="Low" user="Luis"`
    )
    const again = readCatFile(out)
    expect(again.segments[0]?.notes).toEqual([
      { ...query, from: 'comment', severity: 'Medium' },
      { ...comment, severity: 'Low' }
    ])
    expect(again.segments[1]?.notes).toEqual([])
    // The target reads as it was written; the comment's mark is a code around it.
    expect(again.segments[0]?.target).toBe(`${p(0)}The Minister${p(1)}`)
  })

  it('Trados: notes on several segments share the file’s existing <cmt-defs>, the text left as it was', () => {
    const existing =
      '<doc-info xmlns="http://sdl.com/FileTypes/SdlXliff/1.0"><cmt-defs><cmt-def id="old"><Comments><Comment severity="Low" user="pm" date="2026-01-01T00:00:00Z" version="1.0">Antes</Comment></Comments></cmt-def></cmt-defs></doc-info>'
    const xml = SDL(existing, sdlUnit('1', 'Uno', 'One') + sdlUnit('2', 'Dos', 'Two'))
    const file = readCatFile(xml)
    const keys = file.segments.map((s) => s.key)
    const out = writeCatFile(
      xml,
      file,
      new Map([
        [keys[0] ?? '', { target: 'One', notes: [comment] }],
        [keys[1] ?? '', { target: 'Two', notes: [query] }]
      ]),
      stamp
    )
    expect(out.match(/<cmt-defs>/g)).toHaveLength(1)
    expect(out.match(/<cmt-def id=/g)).toHaveLength(3)
    expect(readCatFile(out).segments.map((s) => s.notes.map((n) => n.text))).toEqual([[comment.text], [query.text]])
  })

  it('memoQ: memoQ comments in the unit’s <mq:comments>, new or existing', () => {
    const MQ = (extra: string): string =>
      `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff"><file source-language="es" target-language="en"><body><trans-unit id="1" mq:status="ManuallyConfirmed"><source>Hola</source><target>Hi</target>${extra}</trans-unit></body></file></xliff>`
    for (const xml of [
      MQ(''),
      MQ('<mq:comments><mq:comment id="c1" creatoruser="pm" deleted="false">Antes</mq:comment></mq:comments>')
    ]) {
      const file = readCatFile(xml)
      const out = writeCatFile(
        xml,
        file,
        new Map([[file.segments[0]?.key ?? '', { target: 'Hello', notes: [query] }]]),
        stamp
      )
      expect(out).toMatch(
        /<mq:comment id="[0-9a-f-]{36}" creatoruser="Rosa" time="2026-12-07T10:00:00Z" deleted="false" category="0" appliesto="Target" origin="User">¿Es «Minsa» o «MINSA»\?<\/mq:comment><\/mq:comments><\/trans-unit>/
      )
      expect(out).not.toContain('<note')
      expect(readCatFile(out).segments[0]?.notes.at(-1)).toEqual({ from: 'comment', text: query.text, author: 'Rosa' })
    }
  })
})

describe('hostile and foreign input', () => {
  it('refuses entity declarations and XInclude, accepts an external DTD', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><tmx version="1.4"><header srclang="es"/><body><tu><tuv xml:lang="es"><seg>&b;</seg></tuv></tu></body></tmx>`
    expectFormatError(() => readCatFile(laughs), 'format.doctypeForbidden')
    const include = XLIFF12(
      '<trans-unit id="1"><source><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/></source></trans-unit>'
    )
    expectFormatError(() => readCatFile(include), 'format.doctypeForbidden')
    const dtd = `<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "http://example.invalid/tmx14.dtd">\n<tmx version="1.4"><header srclang="es"/><body><tu><tuv xml:lang="es"><seg>Hola</seg></tuv><tuv xml:lang="en"><seg>Hi</seg></tuv></tu></body></tmx>`
    expect(readCatFile(dtd).segments[0]?.target).toBe('Hi')
  })

  it('refuses a segment with more inline codes than placeholders, as a bad file', () => {
    const codes = Array.from({ length: 6500 }, (_, i) => `<x id="${i}"/>`).join('')
    expectFormatError(
      () => readCatFile(XLIFF12(`<trans-unit id="1"><source>${codes}</source></trans-unit>`)),
      'format.invalidDocument'
    )
  })

  it('says which format a text is, and null for what is not a CAT file', () => {
    expect(
      sniffCatFormat('\uFEFF<?xml version="1.0"?>\n<!-- x -->\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">')
    ).toBe('tmx')
    expect(sniffCatFormat(XLIFF2(''))).toBe('xliff2')
    expect(sniffCatFormat('<xliff version="1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0">')).toBe('sdlxliff')
    expect(sniffCatFormat('<html><body/></html>')).toBeNull()
    expect(sniffCatFormat('Nota de prensa')).toBeNull()
    expectFormatError(() => readCatFile('<html><body/></html>'), 'format.unknownFormat')
    expectFormatError(() => readCatFile(XLIFF12('')), 'format.emptyDocument')
  })
})

describe('setAttribute', () => {
  it('replaces the attribute itself, never a look-alike inside another value, and adds a missing one', () => {
    const tag = `<target a='x state="y"' state-qualifier="q" state="old">`
    expect(setAttribute(tag, 'state', 'new')).toBe(`<target a='x state="y"' state-qualifier="q" state="new">`)
    expect(setAttribute('<sdl:seg id="1"/>', 'conf', 'A&B')).toBe('<sdl:seg id="1" conf="A&amp;B"/>')
    expect(setAttribute('<segment id="1" subState="my:x" state="final">', 'subState', null)).toBe(
      '<segment id="1" state="final">'
    )
  })
})
