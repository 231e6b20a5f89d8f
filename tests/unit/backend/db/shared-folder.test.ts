import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../src/backend/services/open'
import { apiCaller } from '../../support/api'
import { tempDir } from '../../support/fs'

const ROOT = join(__dirname, '../../../..')

function editInChild(dataDir: string, documentId: number, paragraphs: number, count: number, tag: string) {
  return new Promise<{ failures: string[] }>((resolve, reject) => {
    execFile(
      process.execPath,
      [
        '--import',
        'tsx',
        join(__dirname, 'edit-child.ts'),
        dataDir,
        String(documentId),
        String(paragraphs),
        String(count),
        tag
      ],
      { cwd: ROOT, timeout: 120_000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout))
    )
  })
}

describe('two processes on one data folder', () => {
  it('both keep editing the same release without a single failed write, and every edit is kept', async () => {
    const dataDir = tempDir()
    const setup = openServices(dataDir, { checks: [] })
    const call = apiCaller(setup.handlers)
    const project = await call('createProject', { name: 'Notas' })
    const paragraphs = 6
    const { document } = await call('importPasted', {
      projectId: project.id,
      name: 'Nota conjunta',
      source: Array.from({ length: paragraphs }, (_, i) => `Párrafo ${i + 1} del comunicado.`).join('\n\n'),
      target: Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i + 1} of the release.`).join('\n\n')
    })
    setup.close()

    const runs = await Promise.all([
      editInChild(dataDir, document.id, paragraphs, 120, 'A'),
      editInChild(dataDir, document.id, paragraphs, 120, 'B')
    ])
    expect(runs.flatMap((r) => r.failures)).toEqual([])

    const check = openServices(dataDir, { checks: [] })
    const audit = await apiCaller(check.handlers)('getAuditLog', { documentId: document.id })
    expect(audit.filter((row) => row.action === 'edit')).toHaveLength(240)
    check.close()
  }, 240_000)
})
