import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { mainWindowOptions, openMainWindow } from '../../electron/main/window-options'
import { openInBrowser } from '../../electron/security/external-url'
import { audit, scan } from '../../scripts/electronegativity.mjs'
import { auditVerdict, describeFinding, type Finding } from '../../scripts/security-findings.mjs'
import { createTempDirs } from './fixtures/data-dir'

const tempDir = createTempDirs()
// The scanner parses every source file; on a busy machine one run takes several seconds.
const SCAN_TIMEOUT = 180_000

test(
  'electronegativity: no finding at medium or above, every lower one accepted in SECURITY.md',
  async () => {
    const report = await audit()
    const shown = [
      ...report.blocking.map(describeFinding),
      ...report.unlisted.map((a) => `unlisted eng-disable ${a.id} at ${a.file}:${a.line}`),
      ...report.errors.map((e) => `parse error ${e.file}: ${e.message}`),
    ].join('\n')
    expect(shown, 'see SECURITY.md, "Accepted electronegativity findings"').toBe('')
    expect(report.checks).toBeGreaterThan(30)
    // The served policy was graded (its only warning is the accepted one), not missed.
    expect(
      report.findings.some((f) => f.id === 'CSP_GLOBAL_CHECK' && f.severity === 'MEDIUM'),
    ).toBe(false)
  },
  SCAN_TIMEOUT,
)

test(
  'the audit catches an insecure window, an unchecked openExternal and a missing CSP',
  async () => {
    const root = await tempDir('midad-insecure-')
    await mkdir(join(root, 'electron'), { recursive: true })
    await writeFile(
      join(root, 'electron', 'window.ts'),
      [
        "import { BrowserWindow, shell } from 'electron'",
        'export function open(link: string) {',
        '  const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } })',
        '  void shell.openExternal(link)',
        '  return w',
        '}',
        '',
      ].join('\n'),
    )
    const result = await scan({ root, policies: [] })
    const ids = new Set(result.findings.map((f) => f.id))
    for (const id of [
      'NODE_INTEGRATION_JS_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'OPEN_EXTERNAL_JS_CHECK',
      'CSP_GLOBAL_CHECK',
    ])
      expect(ids, id).toContain(id)
    // Listing a medium-or-above finding as "accepted" does not make it pass.
    const listed = result.findings
      .map((f) => `| ${f.id} | ${f.file} | ${f.severity} | listed anyway |`)
      .join('\n')
    const { blocking } = auditVerdict(result, `## Accepted electronegativity findings\n\n${listed}`)
    expect(blocking.filter((f) => f.severity === 'HIGH').length).toBeGreaterThanOrEqual(2)
  },
  SCAN_TIMEOUT,
)

describe('the audit policy read from SECURITY.md', () => {
  const finding = (over: Partial<Finding>): Finding => ({
    id: 'CSP_GLOBAL_CHECK',
    severity: 'LOW',
    confidence: 'FIRM',
    file: 'electron/security/csp.ts',
    line: 1,
    column: 0,
    manualReview: true,
    description: 'weak',
    ...over,
  })
  const markdown = [
    '## Accepted electronegativity findings',
    '| Check | File | Severity | Reason |',
    '| --- | --- | --- | --- |',
    '| `CSP_GLOBAL_CHECK` | `electron/security/csp.ts` | LOW | explained |',
    '| `AUXCLICK_JS_CHECK` | `electron/main/main.ts` | LOW |  |',
    '## Reviewed in code',
    '| Check | File | Reason |',
    '| `PRELOAD_JS_CHECK` | `electron/main/window-options.ts` | reviewed |',
  ].join('\n')

  test('a low finding passes only when its check, file and severity are listed with a reason', () => {
    const ok = finding({})
    const otherFile = finding({ file: 'renderer/x.ts' })
    const informational = finding({ severity: 'INFORMATIONAL' })
    const noReason = finding({ id: 'AUXCLICK_JS_CHECK', file: 'electron/main/main.ts' })
    const medium = finding({ severity: 'MEDIUM' })
    const findings = [ok, otherFile, informational, noReason, medium]
    const { blocking } = auditVerdict({ findings, annotations: [] }, markdown)
    expect(blocking).toEqual([otherFile, informational, noReason, medium])
  })

  test('an eng-disable annotation must be listed under "Reviewed in code"', () => {
    const listed = { id: 'PRELOAD_JS_CHECK', file: 'electron/main/window-options.ts', line: 3 }
    const elsewhere = { id: 'PRELOAD_JS_CHECK', file: 'electron/main/other.ts', line: 9 }
    const { unlisted } = auditVerdict({ findings: [], annotations: [listed, elsewhere] }, markdown)
    expect(unlisted).toEqual([elsewhere])
  })
})

test('openInBrowser hands only parsed http(s) URLs to the shell', () => {
  const opened: string[] = []
  const shell = { openExternal: async (url: string) => void opened.push(url) }
  const refused = [
    'javascript:alert(1)//https://example.com',
    'file:///etc/passwd',
    'app://midad/index.html',
    'smb://host/share',
    '//example.com',
    'not a url',
  ]
  for (const raw of refused) expect(openInBrowser(shell, raw), raw).toBe(false)
  expect(openInBrowser(shell, ' HTTPS://Example.COM/a b')).toBe(true)
  expect(openInBrowser(shell, 'http://127.0.0.1:8080/x')).toBe(true)
  expect(opened).toEqual(['https://example.com/a%20b', 'http://127.0.0.1:8080/x'])
})

test('openMainWindow gives BrowserWindow the hardened options, Auxclick off', () => {
  const seen: unknown[] = []
  class Recorder {
    constructor(options: unknown) {
      seen.push(options)
    }
  }
  expect(openMainWindow(Recorder, '/app/preload.cjs')).toBeInstanceOf(Recorder)
  expect(seen).toEqual([mainWindowOptions('/app/preload.cjs')])
  expect(mainWindowOptions('/p').webPreferences).toMatchObject({
    preload: '/p',
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    disableBlinkFeatures: 'Auxclick',
  })
})
