import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** The policy's directives: name → its source list. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name = '', ...sources] = d.split(/\s+/)
        return [name.toLowerCase(), sources] as const
      }),
  )
}

/** A source that lets in some other origin: a host, a scheme-wide source or a wildcard. */
function isRemote(source: string): boolean {
  if (source.startsWith("'")) return false // 'self', 'none', nonces and keywords
  if (source === 'data:' || source === 'blob:') return false // same-document data, not an origin
  return true
}

interface Violation {
  directive: string
  blocked: string
}

/**
 * Runs `inject` in the page and resolves with the first CSP violation it causes (null if none in
 * 3 s), plus whether the injected code ran (it sets `window.__ran`).
 */
async function violationOf(
  page: Page,
  inject: 'inline-script' | 'remote-script' | 'remote-image' | 'remote-fetch',
): Promise<{ violation: Violation | null; ran: boolean }> {
  return page.evaluate(async (kind) => {
    const w = window as unknown as { __ran?: boolean }
    w.__ran = false
    const violation = new Promise<Violation | null>((resolve) => {
      document.addEventListener(
        'securitypolicyviolation',
        (e) => resolve({ directive: e.effectiveDirective, blocked: e.blockedURI }),
        { once: true },
      )
      setTimeout(() => resolve(null), 3_000)
    })
    if (kind === 'inline-script') {
      const script = document.createElement('script')
      script.textContent = 'window.__ran = true'
      document.head.append(script)
    } else if (kind === 'remote-script') {
      const script = document.createElement('script')
      script.src = 'https://example.com/x.js'
      document.head.append(script)
    } else if (kind === 'remote-image') {
      const image = document.createElement('img')
      image.src = 'https://example.com/x.png'
      document.body.append(image)
    } else {
      void fetch('https://example.com/data.json').catch(() => undefined)
    }
    const found = await violation
    // Give a script that was let through a moment to run before reporting.
    await new Promise((r) => setTimeout(r, 200))
    return { violation: found, ran: Reflect.get(window, '__ran') === true }
  }, inject)
}

/** Requests to example.com that reached the network layer (the CSP should stop them first). */
let remoteRequests = 0

test.beforeEach(async ({ page, midad }) => {
  // Were a remote request to get through, it would succeed and run: only the CSP stops it.
  remoteRequests = 0
  await page.route('https://example.com/**', (route) => {
    remoteRequests++
    return route.fulfill({
      status: 200,
      contentType: 'text/javascript',
      body: 'window.__ran = true',
    })
  })
  await page.goto(midad.url)
  await expect(page.getByRole('list', { name: 'المقالات' })).toBeVisible()
})

test.describe("the renderer page's Content-Security-Policy", () => {
  test('forbids inline scripts, eval and every remote origin', async ({ page, midad }) => {
    const response = await page.request.get(`${midad.origin}/`)
    const header = response.headers()['content-security-policy'] ?? ''
    const metas = await page
      .locator('meta[http-equiv="Content-Security-Policy" i]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('content') ?? ''))
    const policies = [header, ...metas].filter(Boolean)
    expect(header, 'the page is sent with a CSP header').not.toBe('')
    for (const policy of policies) {
      const d = directives(policy)
      const scriptSrc = d.get('script-src') ?? d.get('default-src') ?? []
      expect(scriptSrc).not.toContain("'unsafe-inline'")
      expect(scriptSrc).not.toContain("'unsafe-eval'")
      expect(scriptSrc.filter(isRemote)).toEqual([])
      expect(d.get('default-src')).toEqual(["'none'"])
      expect(d.get('connect-src') ?? d.get('default-src')).toEqual(["'self'"])
      for (const [name, sources] of d) expect(sources.filter(isRemote), name).toEqual([])
    }
  })

  test('an injected inline script does not run and raises a violation', async ({ page }) => {
    const { violation, ran } = await violationOf(page, 'inline-script')
    expect(ran).toBe(false)
    expect(violation).toEqual({ directive: 'script-src-elem', blocked: 'inline' })
  })

  test('a remote script, image or fetch is blocked with a violation', async ({ page }) => {
    const script = await violationOf(page, 'remote-script')
    expect(script.ran).toBe(false)
    expect(script.violation).toEqual({
      directive: 'script-src-elem',
      blocked: 'https://example.com/x.js',
    })
    const image = await violationOf(page, 'remote-image')
    expect(image.violation).toEqual({ directive: 'img-src', blocked: 'https://example.com/x.png' })
    const fetched = await violationOf(page, 'remote-fetch')
    expect(fetched.violation).toEqual({
      directive: 'connect-src',
      blocked: 'https://example.com/data.json',
    })
    expect(remoteRequests).toBe(0)
  })
})

test.describe('control: the same page with its CSP bypassed', () => {
  test.use({ bypassCSP: true })

  test('the injections above do run, so it is the policy that stops them', async ({ page }) => {
    expect((await violationOf(page, 'inline-script')).ran).toBe(true)
    const remote = await violationOf(page, 'remote-script')
    expect(remote).toEqual({ violation: null, ran: true })
    expect(remoteRequests).toBe(1)
  })
})
