import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** Name of the session cookie; the port is part of it because cookies ignore ports. */
export const cookieName = (port: number): string => `midad-${port}`

/** Constant-time comparison, so a wrong token's prefix cannot be guessed from timing. */
export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}

export interface Refusal {
  status: 401 | 403
  reason: string
}

/**
 * Host must be this server's loopback address (defeats DNS rebinding), and Origin, when sent,
 * must be this server's own origin (defeats other pages on the machine). Null when allowed.
 */
export function checkOrigin(req: IncomingMessage, port: number): Refusal | null {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  if (!allowedHosts.includes(req.headers.host ?? '')) {
    return { status: 403, reason: 'Unexpected Host header.' }
  }
  const origin = req.headers.origin
  if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
    return { status: 403, reason: 'Cross-origin requests are refused.' }
  }
  return null
}

/**
 * Decides whether a request may be served: {@link checkOrigin}, and the launch token in the
 * session cookie or an `Authorization: Bearer` header. Null when allowed.
 */
export function checkRequest(req: IncomingMessage, port: number, token: string): Refusal | null {
  const refusal = checkOrigin(req, port)
  if (refusal) return refusal
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
  const presented = bearer ?? cookieValue(req.headers.cookie, cookieName(port))
  if (!presented || !sameToken(presented, token)) {
    return {
      status: 401,
      reason: 'Missing or wrong token. Open the address printed when Midad started.',
    }
  }
  return null
}
