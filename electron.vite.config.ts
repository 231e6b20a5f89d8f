import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // One build, three Node entry points over the same services: the Electron main process,
        // the loopback browser-mode server and the command line (none of the last two loads Electron);
        // and the check worker thread the first two run the checks on.
        input: {
          index: resolve('src/main/index.ts'),
          server: resolve('src/server/index.ts'),
          cli: resolve('src/cli/index.ts'),
          'check-worker': resolve('src/backend/checks/worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: {
        // Sandboxed preloads cannot be ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    resolve: { alias: { '@renderer': resolve('src/renderer/src'), '@core': resolve('src/core') } },
    plugins: [react()]
  }
})
