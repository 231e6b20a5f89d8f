#!/usr/bin/env node
// Runs @doyensec/electronegativity on the main process and fails on any finding that is not a
// manual-review note. The tool itself exits 0 even with findings, so the gate reads its SARIF.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const electronVersion = require('electron/package.json').version
const out = 'reports/electronegativity.sarif'
mkdirSync('reports', { recursive: true })

const bin = process.platform === 'win32' ? 'npx.cmd' : 'npx'
// -e: offline, the tool cannot look the version up; without it, it assumes v0.1.0.
const r = spawnSync(bin, ['electronegativity', '-i', 'src/main', '-e', electronVersion, '-r', '-o', out], {
  encoding: 'utf8'
})
if (r.status !== 0) {
  console.error(r.stdout, r.stderr)
  process.exit(r.status ?? 1)
}

const sarif = JSON.parse(readFileSync(out, 'utf8'))
const results = sarif.runs.flatMap((run) => run.results ?? [])
const describe = (x) => {
  const loc = x.locations?.[0]?.physicalLocation
  return `${x.level} ${x.ruleId} ${loc?.artifactLocation?.uri}:${loc?.region?.startLine ?? '?'} ${x.message?.text ?? ''}`
}
for (const x of results) console.log(`[electronegativity] ${describe(x)}`)
const blocking = results.filter((x) => x.level !== 'note')
console.log(
  `[electronegativity] ${results.length} findings, ${blocking.length} blocking (manual-review notes do not block)`
)
process.exit(blocking.length > 0 ? 1 : 0)
