// Runs @doyensec/electronegativity over Midad's own sources, offline, and checks the findings
// against SECURITY.md. `node scripts/electronegativity.mjs` exits 1 when a finding is medium or
// above, or is low/informational and not accepted there, or a reviewed-in-code line is not listed.
//
// Why a runner and not `npx electronegativity`: its parser loads @typescript-eslint/typescript-estree
// 4.x, which resolves the project's `typescript` (7, without the classic JS API) and crashes on load
// ("reading 'BarBarToken'"). Here, `typescript` asked for by @typescript-eslint is redirected to the
// TypeScript 4.2 that electronegativity itself depends on (installed beside it), so the project's
// own TypeScript stays untouched. Its network calls (translations, Electron releases) are cut.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import Module, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { annotationsIn, auditVerdict, describeFinding } from './security-findings.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const projectRoot = join(here, '..')
const require = createRequire(import.meta.url)
const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'))

/** What ships or runs the app; tests, build output and sample data are not scanned. */
export const SCANNED = ['electron', 'renderer', 'shared', 'bin', 'scripts', 'package.json']

/** Needs the network (the list of Electron releases); see SECURITY.md. */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

let hooked = false
function redirectModules() {
  if (hooked) return
  hooked = true
  const typescript = require.resolve('typescript', { paths: [toolDir] })
  const { version } = require(join(dirname(typescript), '..', 'package.json'))
  if (!(Number(version.split('.')[0]) < 5))
    throw new Error(`electronegativity needs the TypeScript 4 beside it; found ${version}`)
  const offline = join(here, 'electronegativity-offline.cjs')
  const original = Module._resolveFilename
  Module._resolveFilename = function resolve(request, parent, ...rest) {
    const from = parent?.filename ?? ''
    if (request === 'typescript' && from.includes(`${sep}@typescript-eslint${sep}`))
      return typescript
    if (request === 'got' && from.startsWith(toolDir)) return offline
    return original.call(this, request, parent, ...rest)
  }
}

/**
 * The policies Midad sends as HTTP headers, which electronegativity cannot see in the source (it
 * looks for `<meta>` tags and `webRequest` callbacks): each with its source file, read from the
 * real modules (bundled on the fly, so no build is needed).
 */
export async function servedPolicies(root = projectRoot) {
  const entry = `export { CONTENT_SECURITY_POLICY } from './electron/security/csp'
export { PREVIEW_HEADERS } from './electron/export/preview-page'`
  const bundle = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  })
  const code = Buffer.from(bundle.outputFiles[0].text).toString('base64')
  const policies = await import(`data:text/javascript;base64,${code}`)
  return [
    { source: 'electron/security/csp.ts', csp: policies.CONTENT_SECURITY_POLICY },
    {
      source: 'electron/export/preview-page.ts',
      csp: policies.PREVIEW_HEADERS['Content-Security-Policy'],
    },
  ]
}

/** Each policy as the `<meta>` page electronegativity's CSP checks read; page path → source. */
async function policyPages(dir, policies) {
  const pages = new Map()
  for (const [i, { source, csp }] of policies.entries()) {
    const page = join(dir, `served-policy-${i}.html`)
    const quoted = csp.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
    await writeFile(page, `<meta http-equiv="Content-Security-Policy" content="${quoted}">\n`)
    pages.set(page, source)
  }
  return pages
}

/**
 * Scans SCANNED under `root` in one run (so the global checks — CSP, navigation, permissions — see
 * all of it), with the served `policies` (default: the project's own). Returns findings with
 * root-relative paths, parse errors, and the reviewed-in-code annotations of the scanned files.
 */
export async function scan({ root = projectRoot, policies } = {}) {
  redirectModules()
  const util = require(join(toolDir, 'dist', 'util'))
  const listAll = util.list_files
  const temp = await mkdtemp(join(tmpdir(), 'midad-electronegativity-'))
  const pages = await policyPages(temp, policies ?? (await servedPolicies(root)))
  const scanned = []
  // The input is the temporary folder, so electronegativity does not walk node_modules looking for
  // Electron versions; the files it reads are SCANNED (found by its own lister) and the pages.
  util.list_files = async () => {
    for (const entry of SCANNED) {
      const path = join(root, entry)
      if (!util.input_exists(path)) continue
      if (util.is_directory(path)) scanned.push(...(await listAll(path)))
      else scanned.push(path)
    }
    return [...pages.keys(), ...scanned]
  }
  const electron = require('electron/package.json').version
  const log = console.log
  console.log = () => {} // "Could not retrieve updated translations": expected, offline
  let result
  try {
    result = await require(toolDir)({
      input: temp,
      electronVersionOverride: electron,
      excludeFromScan: EXCLUDED_CHECKS.map((c) => c.toLowerCase()),
    })
  } finally {
    console.log = log
    util.list_files = listAll
    await rm(temp, { recursive: true, force: true })
  }
  const sourceOf = (file) => pages.get(file) ?? relative(root, file).split(sep).join('/')
  const findings = result.issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file === 'N/A' ? 'N/A' : sourceOf(issue.file),
    line: issue.location.line,
    column: issue.location.column,
    manualReview: Boolean(issue.manualReview),
    description: issue.description,
  }))
  const annotations = []
  for (const file of scanned)
    annotations.push(...annotationsIn(sourceOf(file), await readFile(file, 'utf8')))
  const errors = result.errors
    .filter((e) => !e.tolerable)
    .map((e) => ({ ...e, file: sourceOf(e.file) }))
  return {
    electron,
    checks: result.globalChecks + result.atomicChecks,
    findings,
    errors,
    annotations,
  }
}

/** Scans, compares with SECURITY.md, and returns everything a caller needs to report. */
export async function audit(root = projectRoot) {
  const result = await scan({ root })
  const markdown = await readFile(join(root, 'SECURITY.md'), 'utf8')
  return { ...result, ...auditVerdict(result, markdown) }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = await audit(process.argv[2] ?? projectRoot)
  const { electron, checks, findings, errors, annotations, blocking, unlisted } = report
  console.log(
    `electronegativity: ${checks} checks, Electron ${electron}, ${findings.length} findings`,
  )
  for (const f of findings)
    console.log(`${blocking.includes(f) ? 'FAIL' : 'ok  '} ${describeFinding(f)}`)
  for (const a of annotations)
    console.log(
      `${unlisted.includes(a) ? 'FAIL' : 'ok  '} reviewed in code: ${a.id} ${a.file}:${a.line}`,
    )
  for (const e of errors) console.log(`FAIL parse error ${e.file}: ${e.message}`)
  process.exitCode = blocking.length + unlisted.length + errors.length > 0 ? 1 : 0
}
