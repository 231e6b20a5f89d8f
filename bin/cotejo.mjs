#!/usr/bin/env node
// The `cotejo` command (npm bin). Runs the built CLI; build it once with `npm run build`.
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url))
if (!existsSync(cli)) {
  process.stderr.write('cotejo: the command line is not built yet. Run `npm run build` in the Cotejo folder first.\n')
  process.exit(2)
}
const { runInWorker } = await import(pathToFileURL(cli).href)
// The exit code without process.exit: output still on its way to a pipe is not cut off.
process.exitCode = await runInWorker(process.argv.slice(2))
