import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// CI reads the JSON report to print the plain "N passed, N failed" line.
const reporters = process.env.CI ? ['default', ['json', { outputFile: 'reports/unit.json' }]] : ['default']

export default defineConfig({
  plugins: [react()],
  // The renderer's import aliases (tsconfig.web.json, electron.vite.config.ts), for its unit tests.
  resolve: { alias: { '@renderer': resolve('src/renderer/src'), '@core': resolve('src/core') } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    reporters: reporters as never
  }
})
