// `npm run dist`: builds Midad, then its installers for this platform with electron-builder
// (electron-builder.yml): AppImage and deb on Linux, NSIS on Windows, dmg on macOS, in release/.
// `--linux`, `--win` or `--mac` picks another platform (where its tools run); `--dir` makes only
// the unpacked app. electron-builder downloads Electron's binary for the target platform (and
// its packaging tools); without internet that fails, and this says so in one line.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureBuilt } from './build.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

const NETWORK_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
])

/** True for the errors a download without internet ends with (got's RequestError and kin). */
export function isDownloadFailure(error) {
  if (!error || typeof error !== 'object') return false
  const { code, name, message } = /** @type {{code?: string, name?: string, message?: string}} */ (
    error
  )
  return (
    (code !== undefined && NETWORK_CODES.has(code)) ||
    name === 'RequestError' ||
    name === 'HTTPError' ||
    name === 'TimeoutError' ||
    /getaddrinfo|socket hang up|network/i.test(message ?? '')
  )
}

/** The platform named on the command line, else the one this runs on. */
function pickPlatform(Platform, argv) {
  if (argv.includes('--linux')) return Platform.LINUX
  if (argv.includes('--win')) return Platform.WINDOWS
  if (argv.includes('--mac')) return Platform.MAC
  return Platform.current()
}

async function main(argv) {
  const { build, Platform } = await import('electron-builder')
  const platform = pickPlatform(Platform, argv)
  await ensureBuilt({ force: true })
  const electronVersion = require('electron/package.json').version
  try {
    const artifacts = await build({
      projectDir: root,
      targets: argv.includes('--dir') ? platform.createTarget('dir') : platform.createTarget(),
      publish: 'never',
    })
    console.log(
      `Installers in release/: ${artifacts.map((file) => file.split(/[\\/]/).pop()).join(', ') || 'unpacked app only'}`,
    )
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    if (isDownloadFailure(error)) {
      console.error(
        `npm run dist: Electron ${electronVersion}'s binary for ${platform.name} (or an electron-builder packaging tool) could not be downloaded (${reason}); building installers needs internet access, or a filled ELECTRON_CACHE / an electronDownload mirror.`,
      )
    } else {
      console.error(`npm run dist: electron-builder failed: ${reason}`)
    }
    process.exitCode = 1
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  await main(process.argv.slice(2))
