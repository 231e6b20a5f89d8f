import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_NAME = 'Cotejo'
export const DB_FILE_NAME = 'cotejo.sqlite'
export const DATA_DIR_ENV = 'COTEJO_DATA_DIR'

/**
 * The OS user-data folder, as Electron's app.getPath('userData') computes it for "Cotejo", so the
 * desktop app, browser mode and CLI share one database without importing Electron.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME)
}

/** Reads `--data-dir DIR` or `--data-dir=DIR` from argv. */
export function dataDirFlag(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === '--data-dir') return argv[i + 1] ?? null
    if (a.startsWith('--data-dir=')) return a.slice('--data-dir='.length)
  }
  return null
}

/** Flag first, then the environment variable, then the OS default (tests and portable use point elsewhere). */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  return dataDirFlag(argv) ?? (env[DATA_DIR_ENV] || null) ?? fallback
}

export function databasePath(dataDir: string): string {
  return join(dataDir, DB_FILE_NAME)
}
