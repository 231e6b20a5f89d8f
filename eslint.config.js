// Flat config. Runtime layering is enforced here (see README, "Architecture"):
//   src/core   pure TypeScript: no electron, no node:*, no native modules, no DOM, no React
//   src/renderer never electron, better-sqlite3 or node:*
//   src/preload  electron and type-only imports
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
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
