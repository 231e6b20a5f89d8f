/**
 * One Word export written in this process, as the read worker writes it: `<format> <paragraphs>`.
 * Prints the time, the rise of resident memory (its peak during the write, from /proc) and the V8
 * heap the write left allocated before any clean-up (the heap only grows to what the write needed).
 * Run by bench/export.ts --direct, in a fresh process per format so one write cannot inflate the next.
 */
import { getHeapStatistics } from 'node:v8'
import { writeBilingual } from '../../src/backend/formats'
import type { BilingualDocument } from '../../src/core/formats/model'
import { peakMiB, resetPeak, rssMiB } from './browser-server'
import { paddedRelease } from './padded-release'

const [format = 'docx-table', wanted = '5000'] = process.argv.slice(2)

/** The release as a review: every 4th segment corrected (a word dropped, one added), notes of each kind. */
function review(count: number): BilingualDocument {
  const release = paddedRelease(count)
  return {
    name: 'release',
    sourceLang: 'es',
    targetLang: 'en',
    units: release.source.map((source, i) => {
      const target = release.target[i] ?? ''
      const corrected = i % 4 === 0
      return {
        id: String(i + 1),
        source,
        target: corrected ? `${target.replace(/^\S+\s/, '')} (revised)` : target,
        originalTarget: corrected ? target : undefined,
        state: corrected ? 'reviewed' : 'translated',
        reviewer: corrected ? 'reviewer' : undefined,
        changedAt: corrected ? '2026-12-01T10:00:00.000Z' : undefined,
        notes: [
          ...(i % 3 === 0
            ? [
                {
                  from: 'finding' as const,
                  text: 'Number 12 missing in target',
                  category: 'accuracy',
                  severity: 'major'
                }
              ]
            : []),
          ...(i % 7 === 0 ? [{ from: 'query' as const, text: '¿Fecha correcta?', author: 'reviewer' }] : [])
        ]
      }
    })
  }
}

async function main(): Promise<void> {
  const doc = review(Number(wanted))
  // The writer's modules (the docx library among them) loaded first: the time is the writing alone.
  await import('../../src/backend/formats/docx-write')
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  const rss = rssMiB(process.pid)
  const heap = getHeapStatistics().used_heap_size
  resetPeak(process.pid)
  const t = performance.now()
  const bytes = await writeBilingual(format as 'docx-table', doc)
  const ms = performance.now() - t
  const heapAfter = getHeapStatistics().used_heap_size
  const mib = (n: number): string => (n / 2 ** 20).toFixed(0)
  console.log(
    `${doc.units.length} units: ${(bytes.length / 2 ** 20).toFixed(1)} MiB written in ${ms.toFixed(0)} ms; ` +
      `resident ${rss.toFixed(0)} MiB before, peak +${(peakMiB(process.pid) - rss).toFixed(0)} MiB; ` +
      `heap +${mib(heapAfter - heap)} MiB left allocated at the end`
  )
}

void main()
