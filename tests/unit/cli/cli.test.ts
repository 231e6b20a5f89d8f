import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../../src/cli/index'
import { tempDir } from '../support/fs'
import { SEEDS_DIR, SEEDS_GLOSSARY, seedFiles } from '../support/seeds'

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = []
  const code = await main(argv, (t) => lines.push(t))
  return { code, out: lines.join('\n') }
}

interface JsonFinding {
  checkId: string
  severity: string
  side: string
  targetParagraph: number | null
  targetSpan: { start: number; end: number; text: string } | null
  sourceSpan: { start: number; end: number; text: string } | null
  suggestion: string | null
}

describe('cotejo check', () => {
  const seeds = seedFiles().map((s) => s.path)

  it('reports, as JSON, every document with paragraphs, beads and findings with spans on both sides', async () => {
    const { code, out } = await run(
      'check',
      ...seeds,
      '--glossary',
      SEEDS_GLOSSARY,
      '--format',
      'json',
      '--no-spelling'
    )
    expect(code).toBe(1)
    const json = JSON.parse(out) as {
      documents: Array<{
        file: string
        sourceParagraphs: string[]
        targetParagraphs: string[]
        beads: unknown[]
        findings: JsonFinding[]
      }>
    }
    expect(json.documents.map((d) => [d.sourceParagraphs.length, d.targetParagraphs.length, d.beads.length])).toEqual([
      [10, 10, 10],
      [16, 16, 16]
    ])
    const second = json.documents[1]!
    const ministry = second.findings.find((f) => f.targetSpan?.text.includes('Ministry'))
    expect(ministry).toBeDefined()
    const paragraph = second.targetParagraphs[ministry!.targetParagraph!]!
    expect(paragraph.slice(ministry!.targetSpan!.start, ministry!.targetSpan!.end)).toBe(ministry!.targetSpan!.text)
    expect(ministry!.sourceSpan?.text).toContain('Secretaría de Gobierno y Transformación Digital')
  })

  it('finds the "Ministry" inconsistency without any glossary', async () => {
    const { out } = await run('check', ...seeds, '--format', 'json', '--no-spelling')
    const json = JSON.parse(out) as { documents: Array<{ findings: JsonFinding[] }> }
    expect(json.documents[1]!.findings.some((f) => f.targetSpan?.text.includes('Ministry'))).toBe(true)
  })

  it('checks a pair of plain files and prints a readable report', async () => {
    const dir = tempDir()
    const es = join(dir, 'nota.es.txt')
    const en = join(dir, 'nota.en.txt')
    writeFileSync(es, 'El ministerio atendió a 4 mil personas.\n\nLa feria termina el 12 de mayo.\n')
    writeFileSync(en, 'The ministry served 40,000 people.\n\nThe fair ends on May 12.\n')
    const { code, out } = await run('check', '--source', es, '--target', en, '--no-spelling')
    expect(code).toBe(1)
    expect(out).toMatch(/numbers/)
    expect(out).toContain('40,000')
  })

  it('exits 0 when nothing reaches --fail-on', async () => {
    const dir = tempDir()
    const es = join(dir, 'a.txt')
    const en = join(dir, 'b.txt')
    writeFileSync(es, 'El ministerio atendió a 4 mil personas.')
    writeFileSync(en, 'The ministry served 4,000 people.')
    expect((await run('check', '--source', es, '--target', en, '--no-spelling', '--fail-on', 'critical')).code).toBe(0)
  })

  it('answers one JSON line per input line for segment data', async () => {
    const dir = tempDir()
    const file = join(dir, 'in.jsonl')
    writeFileSync(
      file,
      [
        {
          id: 'a',
          source: 'Se vacunó a 9.000 personas.',
          target: 'A total of 9,000 people were vaccinated.',
          source_lang: 'es',
          target_lang: 'en'
        },
        {
          id: 'b',
          source: 'Se vacunó a 9.000 personas.',
          target: 'A total of 900 people were vaccinated.',
          source_lang: 'es',
          target_lang: 'en'
        },
        {
          id: 'c',
          source: 'Were 12 patients enrolled?',
          target: '¿Se inscribieron 12 pacientes?',
          source_lang: 'en',
          target_lang: 'es'
        }
      ]
        .map((r) => JSON.stringify(r))
        .join('\n')
    )
    const { out } = await run('check', '--jsonl', file, '--no-spelling')
    const rows = out.split('\n').map((l) => JSON.parse(l) as { id: string; findings: JsonFinding[] })
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c'])
    expect(rows[0]!.findings).toEqual([])
    expect(rows[1]!.findings.map((f) => f.checkId)).toContain('numbers')
    expect(rows[2]!.findings).toEqual([])
  })

  it('exits 2 with a message on bad input, and 2 for a file that is no release', async () => {
    expect((await run('check', join(SEEDS_DIR, 'missing.txt'))).code).toBe(2)
    expect((await run('check', '--format', 'xml', seedFiles()[0]!.path)).code).toBe(2)
    const dir = tempDir()
    const lonely = join(dir, 'solo.txt')
    writeFileSync(lonely, 'Solo español, sin traducción.')
    expect((await run('check', lonely)).code).toBe(2)
    expect((await run('frobnicate')).code).toBe(2)
  })
})

describe('cotejo export', () => {
  it('exports combined files to XLIFF with the findings as notes', async () => {
    const dir = tempDir()
    const { code, out } = await run(
      'export',
      seedFiles()[1]!.path,
      '--format',
      'xliff-2.0',
      '--glossary',
      SEEDS_GLOSSARY,
      '--out',
      dir
    )
    expect(code).toBe(0)
    const xml = readFileSync(out.trim(), 'utf8')
    expect(xml).toContain('<xliff')
    expect(xml).toContain('Ministry of Government and Digital Transformation')
    expect(xml).toMatch(/<note[^>]*>[^<]*Secretariat of Government and Digital Transformation/)
  })

  it('exports a file never reviewed to TMX with every segment that has both sides', async () => {
    const dir = tempDir()
    const { code, out } = await run('export', seedFiles()[1]!.path, '--format', 'tmx', '--out', dir)
    expect(code).toBe(0)
    const tmx = readFileSync(out.trim(), 'utf8')
    expect(tmx.match(/<tu /g)?.length).toBeGreaterThan(3)
    expect(tmx).not.toMatch(/<seg\/>|<seg><\/seg>/)
  })

  it('refuses an unknown format', async () => {
    expect((await run('export', seedFiles()[0]!.path, '--format', 'pdfx')).code).toBe(2)
  })
})
