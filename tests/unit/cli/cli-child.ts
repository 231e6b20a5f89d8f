/** Child process for exit-code tests: the CLI's `main`, on this thread (the built command runs it in a worker). */
import { main } from '../../../src/cli/index'

process.exit(await main(process.argv.slice(2)))
