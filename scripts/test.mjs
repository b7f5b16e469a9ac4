// `npm test`: typecheck, lint and format check, unit tests, then the end-to-end tests in a real
// Chromium (and the Electron smoke test where Electron's binary exists). Every stage runs; the
// last line sums up the tests: "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findBrowser, INSTALL_HINT } from './find-browser.mjs'
import { findJava, JAVA_HINT } from './find-java.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const failures = []

function stage(name, command, args) {
  console.log(`\n▶ ${name}`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) failures.push(name)
  return result.status === 0
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(join(root, file), 'utf8'))
  } catch {
    return null
  }
}

const browser = await findBrowser()
if (!browser) {
  console.error(INSTALL_HINT)
  process.exit(1)
}
console.log(`Browser for end-to-end tests: ${browser}`)
const java = findJava()
if (!java) {
  console.error(JAVA_HINT)
  process.exit(1)
}
console.log(`Java for the HTML validator: ${java}`)
rmSync(join(root, 'test-results'), { recursive: true, force: true })

stage('typecheck', bin('tsc'), ['-p', 'tsconfig.json'])
stage('typecheck shared/ (no Node, no DOM)', bin('tsc'), ['-p', 'shared/tsconfig.json'])
stage('lint and format (Biome)', bin('biome'), ['ci', '.'])
stage('build', process.execPath, [join(root, 'scripts', 'build.mjs')])
stage('unit tests (Vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
])
stage('end-to-end tests (Playwright)', bin('playwright'), ['test'])

const unit = readJson('test-results/unit.json')
const e2e = readJson('test-results/e2e.json')
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0)
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0)
const skipped =
  (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0)
if (!unit) failures.push('unit results missing')
if (!e2e) failures.push('e2e results missing')

console.log('')
if (failures.length) console.log(`Failed stages: ${failures.join(', ')}`)
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failures.length ? 1 : 0)
