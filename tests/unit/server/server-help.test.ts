import { describe, expect, it } from 'vitest'
import { runBounded } from '../core/formats/bounded-child'

describe('browser-mode server command line', () => {
  it('prints its usage for --help and exits, without starting a server', async () => {
    const outcome = await runBounded('src/server/index.ts', ['--help'])
    expect(outcome.code).toBe(0)
    expect(outcome.stdout).toContain('Usage: node out/main/server.js')
    expect(outcome.stdout).toContain('--data-dir')
    expect(outcome.stdout).not.toContain('http://127.0.0.1:5')
  }, 90_000)
})
