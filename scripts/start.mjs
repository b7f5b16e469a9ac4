// `npm start`: builds what needs building, then launches the Electron app. Where Electron cannot
// run (no binary and no internet to fetch it, or no display), it says so in one line and starts
// browser mode instead, printing the address with this launch's token.
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureBuilt } from './build.mjs'
import { downloadElectron, findElectron } from './electron-binary.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)

function run(command, argv) {
  const child = spawn(command, argv, { cwd: root, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

await ensureBuilt()
let electron = findElectron()
if (
  !electron.path &&
  electron.reason?.startsWith("Electron's binary has not been downloaded") &&
  !process.env.MIDAD_BROWSER_MODE
) {
  const failure = await downloadElectron()
  electron = failure
    ? { path: null, reason: `Electron's binary could not be downloaded (${failure})` }
    : findElectron()
}
const headlessLinux =
  process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
let reason = electron.reason
if (process.env.MIDAD_BROWSER_MODE) reason = 'MIDAD_BROWSER_MODE is set'
else if (electron.path && headlessLinux) reason = 'there is no display (DISPLAY is not set)'

if (electron.path && !reason) {
  run(electron.path, [join(root, 'dist', 'electron', 'main.mjs'), ...args])
} else {
  console.log(`Electron is not available: ${reason}. Starting browser mode instead.`)
  run(process.execPath, [join(root, 'dist', 'node', 'cli.mjs'), 'serve', ...args])
}
