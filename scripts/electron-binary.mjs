// Finds Electron's binary. Electron's npm package downloads it from the internet by its install
// script (which this project does not run at `npm install`); on machines without internet it is
// missing, and the app runs in browser mode instead.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

function packageDir() {
  try {
    return dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
}

/** The path of the Electron executable, or null with the reason it is unavailable. */
export function findElectron() {
  const dir = packageDir()
  if (!dir) return { path: null, reason: 'the electron package is not installed (run npm install)' }
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile))
    return { path: null, reason: "Electron's binary has not been downloaded" }
  const binary = join(
    process.env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist'),
    readFileSync(pathFile, 'utf8'),
  )
  if (!existsSync(binary))
    return { path: null, reason: `Electron's binary is missing at ${binary}` }
  return { path: binary, reason: null }
}

/**
 * Runs Electron's own install script (the download it would have done at npm install), with a
 * time limit. Resolves to the last line it printed when it failed, else null.
 */
export function downloadElectron(timeoutMs = 120_000) {
  const dir = packageDir()
  if (!dir) return Promise.resolve('the electron package is not installed')
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(dir, 'install.js')], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) return resolve(null)
      const line = stderr
        .split('\n')
        .map((l) => l.trim())
        .find((l) => /error/i.test(l))
      resolve(
        signal
          ? `download timed out after ${timeoutMs / 1000} s`
          : (line ?? `install script exited with ${code}`),
      )
    })
  })
}
