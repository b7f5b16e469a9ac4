import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

/** The product name; Electron names its userData folder after it. */
export const APP_NAME = 'Midad'

export interface PlatformEnv {
  platform: NodeJS.Platform
  env: NodeJS.ProcessEnv
  home: string
}

const current = (): PlatformEnv => ({
  platform: process.platform,
  env: process.env,
  home: homedir(),
})

/**
 * Electron's `app.getPath('userData')`, computed without Electron so that browser mode and the CLI
 * use the very same folder: `~/.config/Midad` on Linux (or `$XDG_CONFIG_HOME/Midad`),
 * `~/Library/Application Support/Midad` on macOS and `%APPDATA%\Midad` on Windows.
 */
export function defaultDataDir({ platform, env, home }: PlatformEnv = current()): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME)
}

/** `--data-dir` wins, then `MIDAD_DATA_DIR`, then the default. */
export function resolveDataDir(flag: string | undefined, pe: PlatformEnv = current()): string {
  if (flag) return resolve(flag)
  if (pe.env.MIDAD_DATA_DIR) return resolve(pe.env.MIDAD_DATA_DIR)
  return defaultDataDir(pe)
}
