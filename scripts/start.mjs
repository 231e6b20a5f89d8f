#!/usr/bin/env node
// `npm start`: the desktop app where Electron can run; browser mode where it cannot.
import { spawnSync } from 'node:child_process'
import { electronInfo } from './native.mjs'

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

const e = electronInfo()
if (e?.bin) {
  if (run(process.execPath, ['scripts/native.mjs', 'ensure-electron']) !== 0) process.exit(1)
  process.exit(run(npx, ['electron-vite', 'preview']))
}

console.log(
  [
    '',
    'Cotejo: the Electron runtime is not installed on this machine. Electron downloads its binary from',
    'the internet the first time it runs, and that download is not possible here (or failed). Cotejo',
    'starts in browser mode instead: the same application and the same data, served to your web',
    'browser from this computer only (127.0.0.1), protected by a one-time access token. Open the',
    'address printed below. To get the desktop app, run `npx install-electron --no` (or `npm rebuild',
    'electron`) on a machine with internet access, then `npm start` again.',
    ''
  ].join('\n')
)
if (run(process.execPath, ['scripts/native.mjs', 'ensure-node']) !== 0) process.exit(1)
if (run(npx, ['electron-vite', 'build']) !== 0) process.exit(1)
process.exit(run(process.execPath, ['out/main/server.js', ...process.argv.slice(2)]))
