import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'

/**
 * A real, throw-away WordPress for integration tests (tests/wordpress/start.sh, see its
 * README.md). Typical use, one site per test file:
 *
 * ```ts
 * let site: WordPressSite | undefined
 * let unavailable = ''
 * beforeAll(async () => {
 *   const started = await startWordPress()
 *   if ('unavailable' in started) console.warn((unavailable = `WordPress: ${started.unavailable}`))
 *   else site = started
 * }, 600_000) // the first start on a machine may install packages
 * afterAll(() => site && stopWordPress(site), 60_000)
 * it('…', (ctx) => {
 *   if (!site) return ctx.skip(unavailable)
 *   …
 * })
 * ```
 */

const run = promisify(execFile)
const scripts = join(import.meta.dirname, '..', 'wordpress')
/** Long enough for the first start on a machine, which installs the apt packages. */
const START_TIMEOUT_MS = 15 * 60_000

/** A running test site. */
export interface WordPressSite {
  /** The site root, ending in "/" ("http://127.0.0.1:40267/"). */
  url: string
  /** The admin's login name. */
  user: string
  /** The admin's Application Password. */
  appPassword: string
  /** The site's temp folder (data, logs: `logs/php-errors.log`, `logs/wp-debug.log`). */
  dir: string
  /** The web server's and MariaDB's process ids. */
  pids: number[]
}

interface ScriptFailure {
  code?: number | string
  stdout?: string
  stderr?: string
  message: string
}

function parseSite(stdout: string): WordPressSite {
  const line = stdout.trim().split('\n').pop() ?? ''
  const json = JSON.parse(line) as Omit<WordPressSite, 'url'> & { url: string }
  return { ...json, url: json.url.endsWith('/') ? json.url : `${json.url}/` }
}

/** start.sh's exit 3: this machine can't have WordPress. */
class Unavailable extends Error {}

async function script(name: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('bash', [join(scripts, name), ...args], {
      timeout: START_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    })
    return stdout
  } catch (error) {
    const failure = error as ScriptFailure
    const unavailable = /wordpress: unavailable: (.*)/.exec(failure.stderr ?? '')?.[1]
    if (failure.code === 3 && unavailable) throw new Unavailable(unavailable)
    const tail = (failure.stderr ?? '').split('\n').slice(-40).join('\n')
    throw new Error(`${name} ${args.join(' ')} failed (${failure.code}):\n${tail}`)
  }
}

/**
 * Starts a new site (~3–5 s once the packages are installed). Gives `{ unavailable }` with the
 * reason when this machine can't have WordPress (no apt, not root…), so tests report themselves
 * skipped; with `MIDAD_REQUIRE_WORDPRESS=1` (CI) that throws instead. Any other failure throws.
 */
export async function startWordPress(): Promise<WordPressSite | { unavailable: string }> {
  try {
    return parseSite(await script('start.sh', []))
  } catch (error) {
    if (!(error instanceof Unavailable)) throw error
    if (process.env.MIDAD_REQUIRE_WORDPRESS === '1') {
      throw new Error(`WordPress is required (MIDAD_REQUIRE_WORDPRESS=1): ${error.message}`)
    }
    return { unavailable: error.message }
  }
}

/** Stops the site's servers and removes its folder. */
export async function stopWordPress(site: WordPressSite): Promise<void> {
  await script('stop.sh', [site.dir])
}

/** Stops only the web server: requests are refused until {@link startWeb}. */
export async function stopWeb(site: WordPressSite): Promise<void> {
  await script('stop.sh', ['--web-only', site.dir])
}

/** Starts the web server again on the same address; updates `site.pids`. */
export async function startWeb(site: WordPressSite): Promise<void> {
  site.pids = parseSite(await script('start.sh', ['--web-only', site.dir])).pids
}

/** The `Authorization` header value for the site's admin. */
export function basicAuth(site: WordPressSite): string {
  return `Basic ${Buffer.from(`${site.user}:${site.appPassword}`, 'utf8').toString('base64')}`
}

/**
 * GETs `wp-json/<path>` as the admin, independently of Midad's client, to check what the site
 * really holds (`wpGet(site, 'wp/v2/posts/5?context=edit')`). Throws on a non-2xx answer.
 */
export async function wpGet<T = unknown>(site: WordPressSite, path: string): Promise<T> {
  const url = new URL(`wp-json/${path.replace(/^\//, '')}`, site.url)
  const response = await fetch(url, { headers: { Authorization: basicAuth(site) } })
  const text = await response.text()
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 500)}`)
  return JSON.parse(text) as T
}

/**
 * Sends `body` as JSON to `wp-json/<path>` as the admin (POST, or `method`), independently of
 * Midad's client, to set up or change what a test needs. Throws on a non-2xx answer.
 */
export async function wpSend<T = { id: number }>(
  site: WordPressSite,
  path: string,
  body: unknown,
  method = 'POST',
): Promise<T> {
  const url = new URL(`wp-json/${path.replace(/^\//, '')}`, site.url)
  const response = await fetch(url, {
    method,
    headers: { Authorization: basicAuth(site), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok)
    throw new Error(`${method} ${url} answered ${response.status}: ${text.slice(0, 500)}`)
  return JSON.parse(text) as T
}

/** Posts on the site in any state but trash (counted to show an update made no duplicate). */
export const postCount = async (site: WordPressSite): Promise<number> =>
  (await wpGet<unknown[]>(site, 'wp/v2/posts?status=any&per_page=100&_fields=id')).length
