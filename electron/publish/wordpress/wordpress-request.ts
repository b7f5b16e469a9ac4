import { httpError, networkError, notWordPress, WordPressError } from './wordpress-error'

/** What {@link WordPressRequester.request} sends: a method, query parameters, a JSON or raw body. */
export interface WordPressRequest {
  method?: 'GET' | 'POST' | 'DELETE'
  query?: Record<string, string | number | undefined>
  /** Sent as JSON. */
  json?: unknown
  /** Sent as is (a media upload), with `headers` saying what it is. */
  body?: Uint8Array
  headers?: Record<string, string>
}

/** How the connection is set up; see `WordPressClientOptions`. */
export interface RequesterOptions {
  url: string
  user: string
  appPassword: string
  timeoutMs?: number
  fetch?: typeof fetch
}

/** 30 s: a slow shared host answers within it; a dead one is retried later instead. */
export const DEFAULT_TIMEOUT_MS = 30_000

/**
 * The site root as a URL whose path ends in "/", so `new URL('wp-json/…', root)` stays inside a
 * WordPress installed in a sub-folder (`https://example.com/news/`).
 */
export function siteRoot(url: string): URL {
  const root = URL.canParse(url) ? new URL(url) : null
  if (!root || (root.protocol !== 'http:' && root.protocol !== 'https:')) {
    throw new WordPressError('not_wordpress', `${url} is not an http(s) address.`)
  }
  if (!root.pathname.endsWith('/')) root.pathname += '/'
  root.search = ''
  root.hash = ''
  return root
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return undefined
  }
}

/**
 * Sends authenticated requests to a WordPress REST API and turns every failure into a
 * {@link WordPressError}. Routes go to `wp-json/<route>`; a site without pretty permalinks (where
 * that path is the web server's HTML 404) is reached through `?rest_route=/<route>` instead,
 * which is tried once and then kept for this requester.
 */
export class WordPressRequester {
  readonly root: URL
  private readonly auth: string
  private readonly timeoutMs: number
  private readonly fetch: typeof fetch
  private style: 'pretty' | 'query' | undefined

  constructor(options: RequesterOptions) {
    this.root = siteRoot(options.url)
    const pair = `${options.user}:${options.appPassword}`
    this.auth = `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    // Called unbound: a browser-like fetch refuses another `this`.
    this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  }

  /** The address of a route (`wp/v2/posts/5`) in the given style. */
  routeUrl(route: string, query: WordPressRequest['query'], style: 'pretty' | 'query'): URL {
    const url =
      style === 'pretty' ? new URL(`wp-json/${route}`, this.root) : new URL(this.root.href)
    if (style === 'query') url.searchParams.set('rest_route', `/${route}`)
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value))
    }
    return url
  }

  /** Sends one request and gives WordPress's JSON answer, or throws a {@link WordPressError}. */
  async request(route: string, init: WordPressRequest = {}): Promise<unknown> {
    const style = this.style ?? 'pretty'
    const first = await this.send(this.routeUrl(route, init.query, style), init)
    if (this.style || first.json !== undefined || first.status !== 404) {
      if (first.json !== undefined) this.style = style
      return this.answer(first)
    }
    // An HTML 404 for wp-json/: perhaps a WordPress without pretty permalinks.
    const second = await this.send(this.routeUrl(route, init.query, 'query'), init)
    if (second.json === undefined) return this.answer(first)
    this.style = 'query'
    return this.answer(second)
  }

  private async send(url: URL, init: WordPressRequest): Promise<Answer> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: this.auth,
      ...init.headers,
    }
    let body: BodyInit | undefined
    if (init.json !== undefined) {
      headers['Content-Type'] = 'application/json; charset=utf-8'
      body = JSON.stringify(init.json)
    } else if (init.body) {
      // A copy on an ArrayBuffer of its own, which is what fetch's types take.
      body = new Uint8Array(init.body)
    }
    try {
      const response = await this.fetch(url, {
        method: init.method ?? 'GET',
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      })
      const text = await response.text()
      return {
        url,
        status: response.status,
        location: response.headers.get('location'),
        json: parseJson(text),
      }
    } catch (error) {
      throw networkError(error, url, this.timeoutMs)
    }
  }

  private answer({ url, status, location, json }: Answer): unknown {
    if (status >= 300 && status < 400) {
      const to = location ? new URL(location, url) : null
      throw new WordPressError(
        'redirected',
        `${url.origin} redirects ${to ? `to ${to.origin}${to.pathname}` : 'elsewhere'} ` +
          `(HTTP ${status}). Use the address it redirects to.`,
        { status },
      )
    }
    if (status < 200 || status >= 300) throw httpError(status, json, url)
    if (json === undefined) throw notWordPress(url, status)
    return json
  }
}

interface Answer {
  url: URL
  status: number
  location: string | null
  json: unknown
}
