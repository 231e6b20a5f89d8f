#!/usr/bin/env node
// Keeps better-sqlite3 built for the runtime that is about to use it. One node_modules holds one ABI:
// unit tests, the CLI and browser mode run under Node; the desktop app needs Electron's ABI.
//   node scripts/native.mjs status          print which ABI the binary targets
//   node scripts/native.mjs postinstall     rebuild for Electron only if an Electron binary exists (never in CI)
//   node scripts/native.mjs ensure-node     make sure it loads under this Node (before tests, CLI, browser mode)
//   node scripts/native.mjs ensure-electron before running the app: rebuild for Electron if needed
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { spawnSync } from 'node:child_process'

const require = createRequire(import.meta.url)
const root = process.cwd()
const MOD = 'better-sqlite3'
const log = (m) => console.log(`[native] ${m}`)

function modBinary() {
  return join(dirname(require.resolve(`${MOD}/package.json`)), 'build', 'Release', 'better_sqlite3.node')
}

function builtAbi() {
  const f = modBinary()
  if (!existsSync(f)) return null
  const m = readFileSync(f)
    .toString('latin1')
    .match(/node_register_module_v(\d+)/)
  return m ? m[1] : null
}

/** Electron version, ABI and binary path, read from files: require('electron') would start a download. */
export function electronInfo() {
  let dir
  try {
    dir = dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version
  const abiFile = join(dir, 'abi_version')
  const abi = existsSync(abiFile) ? readFileSync(abiFile, 'utf8').trim() : null
  const pathTxt = join(dir, 'path.txt')
  let bin = null
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) bin = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron')
  else if (existsSync(pathTxt)) bin = join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim())
  return { version, abi, bin: bin && existsSync(bin) ? bin : null }
}

function run(cmd, args, { stripNodedir = false } = {}) {
  const env = { ...process.env }
  if (stripNodedir) {
    // The machines' npm config sets nodedir=/usr; with it node-gyp silently builds against Node's
    // headers even when targeting Electron, and reports success.
    delete env.npm_config_nodedir
    delete env.NPM_CONFIG_NODEDIR
  }
  log(`$ ${cmd} ${args.join(' ')}`)
  return spawnSync(cmd, args, { stdio: 'inherit', env, cwd: root }).status === 0
}

function loadsInNode() {
  const r = spawnSync(process.execPath, ['-e', `new (require(${JSON.stringify(MOD)}))(':memory:').close()`], {
    cwd: root,
    encoding: 'utf8'
  })
  if (r.status !== 0)
    log(
      `does not load under Node ${process.version}: ${(r.stderr || '').split('\n').find((l) => /Error/.test(l)) || r.stderr}`
    )
  return r.status === 0
}

function rebuildForNode() {
  return run('npm', ['rebuild', MOD])
}

function rebuildForElectron(e) {
  const ok = run(join(root, 'node_modules', '.bin', 'electron-rebuild'), ['-f', '-w', MOD, '-v', e.version], {
    stripNodedir: true
  })
  if (ok && builtAbi() === e.abi) return true
  log(`electron-rebuild did not produce an ABI ${e.abi} binary (got ${builtAbi()}); restoring the Node build`)
  rebuildForNode()
  return false
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())
if (isMain) {
  const mode = process.argv[2] || 'status'
  const e = electronInfo()
  if (mode === 'status') {
    log(
      `Node ABI ${process.versions.modules}; ${MOD} built for ABI ${builtAbi()}; electron ${e?.version ?? 'absent'} ABI ${e?.abi ?? '?'} binary ${e?.bin ? 'present' : 'absent'}`
    )
  } else if (mode === 'postinstall') {
    if (process.env.CI) log('CI: keeping the Node build (tests run under Node)')
    else if (!e?.bin) log(`no Electron binary: keeping the Node build (ABI ${builtAbi()})`)
    else rebuildForElectron(e) // reported, never fails the install
  } else if (mode === 'ensure-node') {
    if (builtAbi() !== process.versions.modules || !loadsInNode()) {
      if (!rebuildForNode() || !loadsInNode()) process.exit(1)
    }
  } else if (mode === 'ensure-electron') {
    if (!e?.bin) {
      log('no Electron binary in node_modules/electron/dist: cannot run the desktop app on this machine')
      process.exit(1)
    }
    if (builtAbi() !== e.abi && !rebuildForElectron(e)) process.exit(1)
  } else {
    log(`unknown mode ${mode}`)
    process.exit(2)
  }
}
