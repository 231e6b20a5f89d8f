/** Prints the beads the engine got wrong, with text: npx tsx bench/lib/align/inspect.ts [tier] [paragraph|sentence] [max] */
import { join } from 'node:path'
import { readDevSet, type Bead } from './devset'
import { runDocument } from './evaluate'

const tier = process.argv[2] ?? 'heavy'
const level = process.argv[3] ?? 'sentence'
const max = Number(process.argv[4] ?? 40)
const docs = readDevSet(join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'bench', 'align-dev')).filter(
  (d) => d.tier === tier
)
const k = (b: Bead): string => `[${b[0].join(',')}]:[${b[1].join(',')}]`
let shown = 0
for (const doc of docs) {
  const r = runDocument(doc)
  const gold = (level === 'paragraph' ? doc.pgold : doc.gold) ?? []
  const test = level === 'paragraph' ? r.paragraphs : r.sentences
  const goldKeys = new Set(gold.map(k))
  const testKeys = new Set(test.map(k))
  const es = level === 'paragraph' ? doc.es.map((p) => p.join(' ')) : doc.es.flat()
  const en = level === 'paragraph' ? doc.en.map((p) => p.join(' ')) : doc.en.flat()
  const wrongTest = test.filter((b) => !goldKeys.has(k(b)))
  if (wrongTest.length === 0) continue
  const wrongGold = gold.filter((b) => !testKeys.has(k(b)))
  console.log(`\n=== ${doc.id}  gold ${wrongGold.map(k).join(' ')}  got ${wrongTest.map(k).join(' ')}`)
  const srcIds = new Set([...wrongTest, ...wrongGold].flatMap((b) => b[0]))
  const tgtIds = new Set([...wrongTest, ...wrongGold].flatMap((b) => b[1]))
  const cut = (s: string): string => (s.length > 160 ? s.slice(0, 157) + '...' : s)
  for (const i of [...srcIds].sort((a, b) => a - b)) console.log(`  ES ${i} (${es[i]?.length}): ${cut(es[i] ?? '')}`)
  for (const j of [...tgtIds].sort((a, b) => a - b)) console.log(`  EN ${j} (${en[j]?.length}): ${cut(en[j] ?? '')}`)
  if (++shown >= max) break
}
