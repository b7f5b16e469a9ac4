import { readFile, stat } from 'node:fs/promises'
import { extname, isAbsolute, join, normalize, relative } from 'node:path'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}

export interface StaticFile {
  body: Buffer
  type: string
  /** Hashed build assets never change and may be cached; index.html must not be. */
  immutable: boolean
}

/**
 * Resolves a URL path to a file inside `root`, refusing anything that would escape it. Paths
 * without an extension fall back to index.html (the renderer is a single page).
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const wanted = normalize(join(root, decoded))
  const rel = relative(root, wanted)
  if (rel.startsWith('..') || isAbsolute(rel)) return null
  const candidate = rel === '' || !extname(rel) ? join(root, 'index.html') : wanted
  try {
    if (!(await stat(candidate)).isFile()) return null
    return {
      body: await readFile(candidate),
      type: MIME[extname(candidate)] ?? 'application/octet-stream',
      immutable: relative(root, candidate).startsWith('assets'),
    }
  } catch {
    return null
  }
}
