import { expect, test } from 'vitest'
import { mainWindowOptions } from '../../electron/main/window-options'
import { CONTENT_SECURITY_POLICY } from '../../electron/security/csp'

test('the main window is isolated and sandboxed, with no Node in the page', () => {
  const { webPreferences } = mainWindowOptions('/app/preload.cjs')
  expect(webPreferences).toMatchObject({
    preload: '/app/preload.cjs',
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
  })
})

test("Chromium's own spellchecker is off: it would download its dictionaries from Google", () => {
  // Midad checks spelling with its bundled Hunspell dictionary (electron/spelling) instead.
  expect(mainWindowOptions('/app/preload.cjs').webPreferences.spellcheck).toBe(false)
})

test('the CSP allows only the app itself: no inline script, no remote origin', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/)
      return [name, values]
    }),
  )
  expect(directives.get('default-src')).toEqual(["'none'"])
  expect(directives.get('script-src')).toEqual(["'self'"])
  expect(directives.get('object-src')).toEqual(["'none'"])
  for (const values of directives.values()) {
    expect(values).not.toContain("'unsafe-inline'")
    expect(values).not.toContain("'unsafe-eval'")
    expect(values.some((v) => /^https?:/.test(v) || v === '*')).toBe(false)
  }
})
