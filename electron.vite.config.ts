import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { preparedDictionary } from './src/backend/services/spell'
import { LEXICON_FILE, LEXICON_SOURCE } from './src/backend/services/lexicon'

/** The spellers' word lists, expanded once here instead of in every process (see spell.ts). */
const preparedDictionaries: Plugin = {
  name: 'cotejo-prepared-dictionaries',
  async generateBundle() {
    for (const lang of ['en', 'es'] as const)
      this.emitFile({ type: 'asset', fileName: `dictionaries/${lang}.words`, source: await preparedDictionary(lang) })
  }
}

/** The bilingual lexicon (resources/lexicon), copied beside the bundle where lexicon.ts looks first. */
const bilingualLexicon: Plugin = {
  name: 'cotejo-bilingual-lexicon',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: `lexicon/${LEXICON_FILE}`, source: readFileSync(LEXICON_SOURCE) })
  }
}

export default defineConfig({
  main: {
    plugins: [preparedDictionaries, bilingualLexicon],
    build: {
      rollupOptions: {
        // One build, three Node entry points over the same services: the Electron main process,
        // the loopback browser-mode server and the command line (none of the last two loads Electron);
        // and the check, read and document-reader worker threads the first two run the checks, imports'
        // reading and alignment, and whole-document reads on.
        input: {
          index: resolve('src/main/index.ts'),
          server: resolve('src/server/index.ts'),
          cli: resolve('src/cli/index.ts'),
          'check-worker': resolve('src/backend/checks/worker.ts'),
          'read-worker': resolve('src/backend/import/read-worker.ts'),
          'document-reader': resolve('src/backend/reading/worker.ts')
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
    plugins: [react()],
    // electron-vite leaves the renderer unminified by default; the window loads it on every start.
    build: { minify: true }
  }
})
