import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = join(import.meta.dirname, '..', '..')
const VNU_JAR = join(root, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar')

/** One message of the W3C Nu HTML Checker. */
export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error'
  subType?: string
  url?: string
  message: string
  lastLine?: number
  extract?: string
}

/** The checker's verdict on one file. */
export interface VnuReport {
  errors: VnuMessage[]
  warnings: VnuMessage[]
}

/**
 * Runs the W3C Nu HTML Checker (vnu-jar, on Java) over `files` in ONE process, since the JVM takes
 * seconds to start, and returns each file's errors and warnings keyed by path. Fails with what to
 * install when Java is missing.
 */
export function validateHtml(files: readonly string[]): Map<string, VnuReport> {
  const result = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 180_000,
  })
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT')
    throw new Error(
      'The HTML validity tests need Java to run the W3C Nu HTML Checker: sudo apt-get install -y default-jre-headless',
    )
  if (result.error) throw result.error
  let parsed: { messages: VnuMessage[] }
  try {
    parsed = JSON.parse(result.stdout) as { messages: VnuMessage[] }
  } catch {
    throw new Error(`vnu gave no JSON report (exit ${result.status}):\n${result.stderr}`)
  }
  const reports = new Map<string, VnuReport>(files.map((f) => [f, { errors: [], warnings: [] }]))
  // vnu names a file by a URL it may or may not percent-encode (Arabic file names are written
  // raw), so both sides are compared decoded.
  const key = (url: string) => decodeURI(url.replace('file:///', 'file:/'))
  const byUrl = new Map(files.map((f) => [key(pathToFileURL(f).href), f]))
  for (const message of parsed.messages) {
    const file = byUrl.get(key(message.url ?? ''))
    const report = file ? reports.get(file) : undefined
    if (!report) throw new Error(`vnu: ${message.message} (${message.url ?? 'no file'})`)
    if (message.type === 'info') report.warnings.push(message)
    else report.errors.push(message)
  }
  return reports
}
