import { describe, expect, it } from 'vitest'
import { readCatFile, writeCatFile } from '../../../../../src/core/formats/cat'
import type { CatEdit, CatFile, CatStatus } from '../../../../../src/core/formats/cat/model'

/** Made-up files of each CAT format, one or two segments each, in the vocabulary of the tool. */
const XLIFF12 = (units: string): string =>
  `<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="es" target-language="en" datatype="plaintext"><body>${units}</body></file></xliff>`
const XLIFF2 = (units: string): string =>
  `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="es" trgLang="en"><file id="f">${units}</file></xliff>`
const SDL = (unitTail: string): string =>
  `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"><file source-language="es-ES" target-language="en-GB"><body><trans-unit id="u"><source>Uno. Dos.</source><seg-source><mrk mtype="seg" mid="1">Uno.</mrk> <mrk mtype="seg" mid="2">Dos.</mrk></seg-source><target><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two.</mrk></target>${unitTail}</trans-unit></body></file></xliff>`
const MQ = (status: string): string =>
  `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff"><file source-language="es" target-language="en"><body><trans-unit id="1" mq:status="${status}"><source>Hola</source><target>Hi</target></trans-unit></body></file></xliff>`

const statuses = (file: CatFile): CatStatus[] => file.segments.map((s) => s.state.status)

function write(text: string, changes: Record<number, CatStatus>): { out: string; again: CatFile } {
  const file = readCatFile(text)
  const edits = new Map<string, CatEdit>(
    Object.entries(changes).map(([i, status]) => {
      const s = file.segments[Number(i)]
      return [s?.key ?? '', { target: s?.target ?? '', status }]
    })
  )
  const out = writeCatFile(text, file, edits)
  return { out, again: readCatFile(out) }
}

describe('reading rejected segments', () => {
  it('XLIFF 1.2: a rejected-* state-qualifier, and translate-toolkit’s state="rejected"', () => {
    const file = readCatFile(
      XLIFF12(
        '<trans-unit id="1"><source>a</source><target state="needs-review-translation" state-qualifier="rejected-grammar">A</target></trans-unit>' +
          '<trans-unit id="2"><source>b</source><target state="rejected">B</target></trans-unit>' +
          '<trans-unit id="3"><source>c</source><target state="needs-review-translation" state-qualifier="fuzzy-match">C</target></trans-unit>'
      )
    )
    expect(statuses(file)).toEqual(['rejected', 'rejected', 'translated'])
    expect(file.segments[0]?.state.native).toBe('state=needs-review-translation state-qualifier=rejected-grammar')
  })

  it('XLIFF 1.2: a rejection wins over approved="yes", whatever the state beside it', () => {
    const text = XLIFF12(
      '<trans-unit id="1" approved="yes"><source>a</source><target state="translated" state-qualifier="rejected-spelling">A</target></trans-unit>' +
        '<trans-unit id="2" approved="yes"><source>b</source><target state="needs-review-translation" state-qualifier="rejected-length">B</target></trans-unit>' +
        '<trans-unit id="3" approved="yes"><source>c</source><target state="rejected">C</target></trans-unit>' +
        '<trans-unit id="4" approved="yes"><source>d</source><target state="needs-review-translation" state-qualifier="exact-match">D</target></trans-unit>'
    )
    const file = readCatFile(text)
    expect(statuses(file)).toEqual(['rejected', 'rejected', 'rejected', 'reviewed'])
    expect(file.segments[1]?.state.native).toBe(
      'state=needs-review-translation state-qualifier=rejected-length approved=yes'
    )
    // Kept rejected, the contradictory file is the translator's own: it comes back as it was.
    expect(write(text, { 0: 'rejected', 1: 'rejected' }).out).toBe(text)
  })

  it('XLIFF 2: a rejected subState below reviewed, of any authority', () => {
    const file = readCatFile(
      XLIFF2(
        '<unit id="a"><segment state="initial" subState="acme:rejected"><source>a</source><target>A</target></segment></unit>' +
          '<unit id="b"><segment state="translated" subState="cotejo:rejected"><source>b</source><target>B</target></segment></unit>' +
          '<unit id="c"><segment state="final" subState="acme:rejected"><source>c</source><target>C</target></segment></unit>' +
          '<unit id="d"><segment state="translated" subState="acme:rejected-later"><source>d</source><target>D</target></segment></unit>'
      )
    )
    expect(statuses(file)).toEqual(['rejected', 'rejected', 'final', 'translated'])
  })

  it('Trados: RejectedTranslation and RejectedSignOff; memoQ: Rejected', () => {
    const sdl = readCatFile(
      SDL(
        '<sdl:seg-defs><sdl:seg id="1" conf="RejectedTranslation"/><sdl:seg id="2" conf="RejectedSignOff"/></sdl:seg-defs>'
      )
    )
    expect(statuses(sdl)).toEqual(['rejected', 'rejected'])
    expect(statuses(readCatFile(MQ('Rejected')))).toEqual(['rejected'])
  })
})

describe('writing rejected back in each format’s words', () => {
  it('XLIFF 1.2: needs-translation with a rejected-inaccurate qualifier, withdrawn when the status moves on', () => {
    const text = XLIFF12(
      '<trans-unit id="1" approved="yes"><source>a</source><target state="signed-off" state-qualifier="fuzzy-match">A</target></trans-unit>'
    )
    const rejected = write(text, { 0: 'rejected' })
    expect(rejected.out).toContain(
      '<trans-unit id="1" approved="no"><source>a</source><target state="needs-translation" state-qualifier="rejected-inaccurate">A</target>'
    )
    expect(statuses(rejected.again)).toEqual(['rejected'])
    const reviewed = write(rejected.out, { 0: 'reviewed' })
    expect(reviewed.out).toContain(
      '<trans-unit id="1" approved="yes"><source>a</source><target state="signed-off">A</target>'
    )
    expect(statuses(reviewed.again)).toEqual(['reviewed'])
  })

  it('XLIFF 1.2: a unit approved and rejected moves on to reviewed without the qualifier', () => {
    const text = XLIFF12(
      '<trans-unit id="1" approved="yes"><source>a</source><target state="needs-review-translation" state-qualifier="rejected-grammar">A</target></trans-unit>'
    )
    const { out, again } = write(text, { 0: 'reviewed' })
    expect(out).toContain('<trans-unit id="1" approved="yes"><source>a</source><target state="signed-off">A</target>')
    expect(statuses(again)).toEqual(['reviewed'])
    const back = write(out, { 0: 'rejected' })
    expect(back.out).toContain(
      '<trans-unit id="1" approved="no"><source>a</source><target state="needs-translation" state-qualifier="rejected-inaccurate">A</target>'
    )
    expect(statuses(back.again)).toEqual(['rejected'])
  })

  it('XLIFF 1.2: a target the file lacks is written with the rejection on it', () => {
    const { out, again } = write(XLIFF12('<trans-unit id="1"><source>a</source></trans-unit>'), { 0: 'rejected' })
    expect(out).toContain('<target state="needs-translation" state-qualifier="rejected-inaccurate"></target>')
    expect(statuses(again)).toEqual(['rejected'])
  })

  it('XLIFF 2: initial with subState cotejo:rejected, which a later state drops', () => {
    const text = XLIFF2(
      '<unit id="a"><segment id="s" state="reviewed" subState="acme:checked"><source>a</source><target>A</target></segment></unit>'
    )
    const rejected = write(text, { 0: 'rejected' })
    expect(rejected.out).toContain('<segment id="s" state="initial" subState="cotejo:rejected">')
    expect(statuses(rejected.again)).toEqual(['rejected'])
    const final = write(rejected.out, { 0: 'final' })
    expect(final.out).toContain('<segment id="s" state="final">')
  })

  it('memoQ: mq:status="Rejected"', () => {
    const { out, again } = write(MQ('ManuallyConfirmed'), { 0: 'rejected' })
    expect(out).toContain('<trans-unit id="1" mq:status="Rejected">')
    expect(statuses(again)).toEqual(['rejected'])
  })

  it('Trados: conf="RejectedTranslation" on the segment’s own sdl:seg, the others untouched', () => {
    const text = SDL(
      '<sdl:seg-defs><sdl:seg id="1" conf="Translated" origin="tm"/><sdl:seg id="2" conf="Translated"/></sdl:seg-defs>'
    )
    const { out, again } = write(text, { 1: 'rejected' })
    expect(out).toContain('<sdl:seg id="1" conf="Translated" origin="tm"/><sdl:seg id="2" conf="RejectedTranslation"/>')
    expect(statuses(again)).toEqual(['translated', 'rejected'])
  })

  it('a file unchanged but for an unchanged rejected status comes back byte for byte', () => {
    for (const text of [
      XLIFF12(
        '<trans-unit id="1"><source>a</source><target state="needs-translation" state-qualifier="rejected-length">A</target></trans-unit>'
      ),
      XLIFF2(
        '<unit id="a"><segment state="initial" subState="acme:rejected"><source>a</source><target>A</target></segment></unit>'
      ),
      SDL(
        '<sdl:seg-defs><sdl:seg id="1" conf="RejectedSignOff"/><sdl:seg id="2" conf="RejectedTranslation"/></sdl:seg-defs>'
      ),
      MQ('Rejected')
    ]) {
      expect(write(text, { 0: 'rejected' }).out).toBe(text)
    }
  })
})

describe('a Trados segment without its sdl:seg', () => {
  it('gets one in the unit’s sdl:seg-defs when its status changes', () => {
    const text = SDL('<sdl:seg-defs><sdl:seg id="1" conf="Translated"/></sdl:seg-defs>')
    expect(statuses(readCatFile(text))).toEqual(['translated', 'new'])
    const { out, again } = write(text, { 1: 'reviewed' })
    expect(out).toContain(
      '<sdl:seg-defs><sdl:seg id="1" conf="Translated"/><sdl:seg id="2" conf="ApprovedTranslation"/></sdl:seg-defs>'
    )
    expect(statuses(again)).toEqual(['translated', 'reviewed'])
  })

  it('gets a new sdl:seg-defs at the unit’s end, one for all its segments', () => {
    const text = SDL('')
    const { out, again } = write(text, { 0: 'rejected', 1: 'final' })
    expect(out).toContain(
      '</target><sdl:seg-defs><sdl:seg id="1" conf="RejectedTranslation"/><sdl:seg id="2" conf="ApprovedSignOff"/></sdl:seg-defs></trans-unit>'
    )
    expect(statuses(again)).toEqual(['rejected', 'final'])
  })
})

describe('a Trados segment that has no place for its state yet', () => {
  /** One trans-unit of a Trados file, its own markup given whole. */
  const SDL_UNITS = (units: string): string =>
    `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"><file source-language="es-ES" target-language="en-GB"><body>${units}</body></file></xliff>`

  it('opens an empty sdl:seg-defs/ to hold the definitions, and leaves it alone when nothing changed', () => {
    const text = SDL('<sdl:seg-defs />')
    expect(statuses(readCatFile(text))).toEqual(['new', 'new'])
    expect(write(text, { 0: 'new', 1: 'new' }).out).toBe(text)
    const { out, again } = write(text, { 0: 'reviewed', 1: 'final' })
    expect(out).toContain(
      '</target><sdl:seg-defs><sdl:seg id="1" conf="ApprovedTranslation"/><sdl:seg id="2" conf="ApprovedSignOff"/></sdl:seg-defs></trans-unit>'
    )
    expect(statuses(again)).toEqual(['reviewed', 'final'])
  })

  it('gives a segment mark without a mid the next free number of the file, in source and target', () => {
    const text = SDL_UNITS(
      '<trans-unit id="a"><source>Uno.</source><seg-source><mrk mtype="seg" mid="7">Uno.</mrk></seg-source><target><mrk mtype="seg" mid="7">One.</mrk></target><sdl:seg-defs><sdl:seg id="7" conf="Translated"/></sdl:seg-defs></trans-unit>' +
        '<trans-unit id="b"><source>Dos.</source><seg-source><mrk mtype="seg">Dos.</mrk></seg-source><target><mrk mtype="seg">Two.</mrk></target></trans-unit>'
    )
    expect(write(text, { 1: 'new' }).out).toBe(text)
    const { out, again } = write(text, { 1: 'rejected' })
    expect(out).toContain(
      '<seg-source><mrk mtype="seg" mid="8">Dos.</mrk></seg-source><target><mrk mtype="seg" mid="8">Two.</mrk></target><sdl:seg-defs><sdl:seg id="8" conf="RejectedTranslation"/></sdl:seg-defs>'
    )
    expect(statuses(again)).toEqual(['translated', 'rejected'])
    expect(again.segments[1]).toMatchObject({ segmentId: '8', target: 'Two.' })
  })

  it('writes no definition for marks it cannot tell apart (several without a mid)', () => {
    const text = SDL_UNITS(
      '<trans-unit id="b"><source>Uno. Dos.</source><seg-source><mrk mtype="seg">Uno.</mrk> <mrk mtype="seg">Dos.</mrk></seg-source><target><mrk mtype="seg">One. Two.</mrk></target></trans-unit>'
    )
    const { out } = write(text, { 0: 'reviewed' })
    expect(out).not.toContain('sdl:seg ')
    expect(out).not.toContain('mid=')
  })

  it('a target not segmented stands for every segment of the seg-source: each definition gets the status', () => {
    const text = SDL_UNITS(
      '<trans-unit id="c"><source>Uno. Dos.</source><seg-source><mrk mtype="seg" mid="1">Uno.</mrk> <mrk mtype="seg" mid="2">Dos.</mrk></seg-source><target>One. Two.</target><sdl:seg-defs><sdl:seg id="1" conf="Translated"/></sdl:seg-defs></trans-unit>'
    )
    expect(statuses(readCatFile(text))).toEqual(['translated'])
    const { out, again } = write(text, { 0: 'final' })
    expect(out).toContain(
      '<sdl:seg-defs><sdl:seg id="1" conf="ApprovedSignOff"/><sdl:seg id="2" conf="ApprovedSignOff"/></sdl:seg-defs>'
    )
    expect(statuses(again)).toEqual(['final'])
  })

  it('a unit Trados has not segmented (no seg-source) gets its target but no definition naming nothing', () => {
    const text = SDL_UNITS('<trans-unit id="d"><source>Tres.</source><target>Three</target></trans-unit>')
    const { out } = write(text, { 0: 'reviewed' })
    expect(out).toBe(text)
  })
})
