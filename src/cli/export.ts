import { mkdtempSync, rmSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import type { ApiHandlers, ExportedFileData } from '../core/api/contract'
import { EXPORT_FORMAT_TABLE, EXPORT_FORMATS, type ExportFormat } from '../core/formats/export-formats'
import { dispatch } from '../core/api/dispatch'
import { AppError } from '../core/api/result'
import { defaultDataDir, resolveDataDir } from '../backend/paths'
import type { Aligner } from '../backend/services/import'
import { openServices } from '../backend/services/open'
import { oneOf, parse, UsageError } from './args'

/** Formats the help lists; report-pdf is still accepted and answers that it needs the desktop app. */
const CLI_FORMATS = EXPORT_FORMAT_TABLE.filter((f) => f.cli).map((f) => f.id)

export const EXPORT_HELP = `Usage:
  cotejo export FILE... --format F [--glossary G] [--out DIR]      combined files, checked and exported
  cotejo export --source A --target B --format F [--out DIR]         a source file and its translation
  cotejo export --document ID --format F [--data-dir D] [--out DIR]  a document reviewed in the app
  cotejo export --project ID --format F [--data-dir D] [--out DIR]   a whole project (a zip)

Formats: ${CLI_FORMATS.join(', ')}
(report-pdf needs the desktop app.) Files are written to --out (default: the current folder).
A TMX of a reviewed document holds its reviewed and approved segments; --all-segments takes every one
(files exported straight from the command line, never reviewed, always take every segment).
--data-dir (or COTEJO_DATA_DIR) is the app's data folder; by default the OS user-data folder.`

/** Calls one API method the way the app does, turning an error reply into an exception. */
async function call(handlers: ApiHandlers, method: string, input: unknown): Promise<unknown> {
  const r = await dispatch(handlers, method, input, (err) => {
    throw err
  })
  if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.params)
  return r.value
}

const asFileInput = async (path: string) => ({
  name: basename(path),
  path,
  base64: '',
  bytes: await readFile(path)
})

async function save(file: ExportedFileData, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true })
  const path = join(outDir, file.fileName)
  await writeFile(path, Buffer.from(file.base64, 'base64'))
  return path
}

export async function runExportCommand(
  argv: string[],
  io: { out: (t: string) => void; align: Aligner }
): Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: 'string' },
    out: { type: 'string' },
    glossary: { type: 'string' },
    source: { type: 'string' },
    target: { type: 'string' },
    document: { type: 'string' },
    project: { type: 'string' },
    'data-dir': { type: 'string' },
    'all-segments': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
  })
  if (values.help) {
    io.out(EXPORT_HELP)
    return 0
  }
  if (!values.format) throw new UsageError(`--format is required\n\n${EXPORT_HELP}`)
  const format: ExportFormat = oneOf(values.format, EXPORT_FORMATS, '--format', 'xliff-2.0')
  const outDir = values.out ?? process.cwd()
  const id = (flag: 'document' | 'project'): number => {
    const n = Number(values[flag])
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${flag} takes a positive number`)
    return n
  }

  if (values.document || values.project) {
    const dataDir = resolveDataDir(
      values['data-dir'] ? ['--data-dir', values['data-dir']] : [],
      process.env,
      defaultDataDir()
    )
    const services = openServices(dataDir)
    try {
      const options = { tmxUnits: values['all-segments'] ? 'all' : 'reviewed' }
      const file = (await (values.document
        ? call(services.handlers, 'exportDocument', { documentId: id('document'), format, options })
        : call(services.handlers, 'exportProject', { projectId: id('project'), format, options }))) as ExportedFileData
      io.out(await save(file, outDir))
    } finally {
      services.close()
    }
    return 0
  }

  // Files: imported into a throw-away database, checked, and exported like a document of the app.
  const scratch = mkdtempSync(join(tmpdir(), 'cotejo-export-'))
  const services = openServices(scratch, { align: io.align })
  try {
    const { id: projectId } = (await call(services.handlers, 'createProject', {
      name: basename(dirname(positionals[0] ?? values.source ?? 'cotejo'))
    })) as { id: number }
    if (values.glossary)
      await call(services.handlers, 'importGlossary', { projectId, file: await asFileInput(values.glossary) })
    const documents: number[] = []
    if (values.source || values.target) {
      if (!values.source || !values.target) throw new UsageError('--source and --target go together')
      const r = (await call(services.handlers, 'importPair', {
        projectId,
        source: await asFileInput(values.source),
        target: await asFileInput(values.target)
      })) as { document: { id: number } }
      documents.push(r.document.id)
    }
    for (const path of positionals) {
      const r = (await call(services.handlers, 'importCombined', { projectId, file: await asFileInput(path) })) as {
        document: { id: number }
      }
      documents.push(r.document.id)
    }
    if (documents.length === 0) throw new UsageError(`nothing to export\n\n${EXPORT_HELP}`)
    for (const documentId of documents) {
      io.out(
        await save(
          (await call(services.handlers, 'exportDocument', {
            documentId,
            format,
            options: { tmxUnits: 'all' }
          })) as ExportedFileData,
          outDir
        )
      )
    }
  } finally {
    services.close()
    rmSync(scratch, { recursive: true, force: true })
  }
  return 0
}
