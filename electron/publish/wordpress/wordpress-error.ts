/**
 * Why a WordPress request failed, in the terms the publish queue acts on: `retryable` says
 * whether trying again later can help (the site was down, slow or busy), `code` is WordPress's
 * own error code (`rest_not_logged_in`, `rest_cannot_create`, …) or one of ours (`unreachable`,
 * `not_wordpress`, `redirected`), and `message` is WordPress's message as it gave it, so the
 * editor sees what the site said. Match on `code`: WordPress's messages may be in any language.
 */
export class WordPressError extends Error {
  override readonly name = 'WordPressError'
  readonly code: string
  /** The HTTP status of WordPress's answer; absent when there was no answer. */
  readonly status?: number
  readonly retryable: boolean
  /** The `data` of WordPress's error (e.g. `term_exists` gives the existing `term_id`). */
  readonly data?: unknown

  constructor(
    code: string,
    message: string,
    options: { status?: number; retryable?: boolean; data?: unknown } = {},
  ) {
    super(message)
    this.code = code
    if (options.status !== undefined) this.status = options.status
    this.retryable = options.retryable ?? false
    if (options.data !== undefined) this.data = options.data
  }
}

/** The failure a network error (refused, reset, DNS, timeout) means: worth retrying later. */
export function networkError(error: unknown, url: URL, timeoutMs: number): WordPressError {
  const where = url.origin
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new WordPressError(
      'unreachable',
      `${where} did not answer within ${Math.round(timeoutMs / 1000)} s.`,
      { retryable: true },
    )
  }
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause
  const detail =
    typeof cause?.code === 'string'
      ? cause.code
      : typeof cause?.message === 'string'
        ? cause.message
        : error instanceof Error
          ? error.message
          : String(error)
  return new WordPressError('unreachable', `Could not reach ${where} (${detail}).`, {
    retryable: true,
  })
}

/** The `{code, message}` of a WordPress REST error body, when it is one. */
function restError(body: unknown): { code: string; message: string; data: unknown } | null {
  if (typeof body !== 'object' || body === null) return null
  const { code, message, data } = body as { code?: unknown; message?: unknown; data?: unknown }
  if (typeof code !== 'string' || !code) return null
  return { code, message: typeof message === 'string' && message ? message : code, data }
}

/**
 * The error for an HTTP answer that is not a success. `body` is the parsed JSON, or `undefined`
 * when the answer was not JSON (a web server's own error page, a site that is not WordPress).
 */
export function httpError(status: number, body: unknown, url: URL): WordPressError {
  const rest = restError(body)
  const retryable = status >= 500 || status === 429
  if (rest)
    return new WordPressError(rest.code, rest.message, { status, retryable, data: rest.data })
  if (retryable) {
    return new WordPressError('unreachable', `${url.origin} answered HTTP ${status}.`, {
      status,
      retryable,
    })
  }
  return notWordPress(url, status)
}

/** The error for an answer that is not what a WordPress REST API gives. */
export function notWordPress(url: URL, status: number): WordPressError {
  return new WordPressError(
    'not_wordpress',
    `${url.origin}${url.pathname} does not look like a WordPress REST API (HTTP ${status}, no ` +
      'WordPress JSON). Check the site address.',
    { status },
  )
}
