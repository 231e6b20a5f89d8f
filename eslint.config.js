// Flat config. Runtime layering and the layers of the core are enforced here (see README, "Architecture"):
//   src/core   pure TypeScript: no electron, no node:*, no native modules, no DOM, no React
//              inside it each folder imports only the folders below it (CORE_LAYERS)
//   src/renderer never electron, better-sqlite3 or node:*; only src/core, through @core / @renderer
//   src/preload  electron and type-only imports
//   src/backend  never src/main or src/renderer
//   and no import cycle anywhere in src/ (type-only imports excepted: they vanish at runtime)
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import globals from 'globals'

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'crypto',
  'url',
  'worker_threads',
  'stream',
  'buffer',
  'util',
  'zlib'
]

// What each folder of src/core may import besides itself. collections is a leaf utility anyone may use.
const CORE_LAYERS = {
  collections: [],
  domain: [],
  security: [],
  text: ['domain', 'collections'],
  align: ['domain', 'collections', 'text'],
  checks: ['domain', 'collections', 'text', 'align'],
  formats: ['domain', 'collections'],
  review: ['domain', 'collections', 'formats'],
  api: ['domain', 'collections', 'text', 'align', 'checks', 'formats', 'review', 'security']
}

// No depth limit: the cost is import-x parsing every module of src/ once more (about 8 s of CPU,
// measured with TIMING=1), the same at depth 3 as unbounded, so a cycle of any length is found.
const MAX_CYCLE_DEPTH = '∞'

const RUNTIMES = ['backend', 'main', 'server', 'cli', 'preload', 'renderer']

const zones = [
  ...Object.entries(CORE_LAYERS).map(([folder, below]) => ({
    target: `./src/core/${folder}`,
    from: './src/core',
    except: [`./${folder}`, ...below.map((b) => `./${b}`)],
    message: `src/core/${folder} may import only ${below.length ? below.join(', ') : 'itself'} (the layers below it).`
  })),
  {
    target: './src/core',
    from: RUNTIMES.map((r) => `./src/${r}`),
    message: 'src/core is pure: it must not depend on a runtime layer.'
  },
  {
    target: './src/renderer',
    from: './src',
    except: ['./renderer', './core', './preload/bridge.d.ts'],
    message: 'The renderer imports only src/core (and the type of the preload bridge).'
  },
  {
    target: './src/renderer',
    from: ['./src/core/align', './src/core/checks', './src/core/text'],
    message: 'The engines run in the backend: the renderer reads their results through the API.'
  },
  {
    target: './src/backend',
    from: ['./src/main', './src/renderer', './src/server', './src/cli', './src/preload'],
    message: 'src/backend is shared by Electron, the server and the CLI: it imports only src/core.'
  },
  {
    target: ['./src/server', './src/cli'],
    from: ['./src/main', './src/renderer', './src/preload'],
    message: 'The server and the CLI import only src/backend and src/core.'
  }
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'reports/**',
      'test-results/**',
      'playwright-report/**',
      'bench/out/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }]
    }
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these import-x reads only .js modules: no-cycle would follow no TypeScript import.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.preload.json', 'tsconfig.core.json'],
          noWarnOnMultipleProjects: true
        })
      ]
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { maxDepth: MAX_CYCLE_DEPTH, ignoreExternal: true }]
    }
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'src/core is pure: no Electron.' },
            {
              group: NODE_BUILTINS,
              message: 'src/core is pure: no Node built-ins (it also runs in the renderer and workers).'
            },
            {
              group: ['better-sqlite3', 'react', 'react-dom', 'iconv-lite', 'chardet'],
              message: 'src/core is pure: no native, DOM or Node-only packages.'
            },
            {
              group: ['**/main/**', '**/backend/**', '**/renderer/**', '**/preload/**', '**/server/**', '**/cli/**'],
              message: 'src/core must not depend on a runtime layer.'
            }
          ]
        }
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer', 'require', '__dirname']
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The renderer talks to main only through the API bridge.' },
            { group: ['better-sqlite3', ...NODE_BUILTINS], message: 'The renderer has no Node: use the API.' },
            {
              group: ['**/main/**', '**/backend/**', '**/server/**', '**/cli/**'],
              message: 'The renderer imports only src/core and itself.'
            },
            {
              // A feature folder reaches other code by alias, not by climbing (the bridge type has none).
              regex: '^\\.\\./\\.\\./(?!\\.\\./preload/bridge$)',
              message: 'Import renderer code through @renderer/ and the core through @core/, not ../../.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$).*',
              allowTypeImports: true,
              message: 'The preload imports only electron and types.'
            }
          ]
        }
      ]
    }
  }
)
