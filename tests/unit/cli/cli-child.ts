/** Child process for exit-code tests: the CLI's `main`, as bin/cotejo.mjs runs it. */
import { main } from '../../../src/cli/index'

process.exit(await main(process.argv.slice(2)))
