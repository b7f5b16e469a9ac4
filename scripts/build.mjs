// Builds everything the app runs: the renderer (Vite) and the Node/Electron bundles (esbuild).
// `node scripts/build.mjs` builds unconditionally; ensureBuilt() only when sources changed.
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const stampFile = join(root, 'dist', '.build-stamp')
const SOURCES = [
  'electron',
  'renderer',
  'shared',
  'data',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
  'scripts/build.mjs',
]

async function* files(path) {
  const info = await stat(path).catch(() => null)
  if (!info) return
  if (!info.isDirectory()) {
    yield [path, info]
    return
  }
  for (const entry of await readdir(path)) yield* files(join(path, entry))
}

/** A fingerprint of every source file's path, size and mtime: cheap, and changes with any edit. */
async function sourceStamp() {
  const hash = createHash('sha256')
  for (const source of SOURCES) {
    for await (const [path, info] of files(join(root, source)))
      hash.update(`${path}:${info.size}:${info.mtimeMs}\n`)
  }
  return hash.digest('hex')
}

async function buildNode() {
  const { build } = await import('esbuild')
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    absWorkingDir: root,
  }
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/cli/main.ts'],
      outfile: 'dist/node/cli.mjs',
      format: 'esm',
      packages: 'external',
    }),
    build({
      ...common,
      entryPoints: ['electron/main/main.ts'],
      outfile: 'dist/electron/main.mjs',
      format: 'esm',
      packages: 'external',
    }),
    // The site export's rendering threads, beside each bundle that may start them.
    ...['node', 'electron'].map((folder) =>
      build({
        ...common,
        entryPoints: { [`${folder}/site-render-worker`]: 'electron/export/site/render-worker.ts' },
        outdir: 'dist',
        outExtension: { '.js': '.mjs' },
        format: 'esm',
        packages: 'external',
      }),
    ),
    // A sandboxed preload may require only "electron": everything else is bundled in.
    build({
      ...common,
      entryPoints: ['electron/main/preload.ts'],
      outfile: 'dist/electron/preload.cjs',
      format: 'cjs',
      external: ['electron'],
    }),
  ])
}

async function buildRenderer() {
  const { build } = await import('vite')
  // Vite follows an inherited NODE_ENV (Vitest sets "test"), which would ship React's
  // development build; the app is always built for production.
  const inherited = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      root: join(root, 'renderer'),
      configFile: join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
    })
  } finally {
    if (inherited === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = inherited
  }
}

/** Builds what is missing or out of date. `log` receives one line per step. */
export async function ensureBuilt({
  force = false,
  log = (line) => process.stderr.write(`${line}\n`),
} = {}) {
  const stamp = await sourceStamp()
  const previous = await readFile(stampFile, 'utf8').catch(() => '')
  if (!force && previous === stamp) return false
  log('Building Midad (renderer and app bundles)…')
  await Promise.all([buildNode(), buildRenderer()])
  await mkdir(dirname(stampFile), { recursive: true })
  await writeFile(stampFile, stamp)
  log('Build finished.')
  return true
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await ensureBuilt({ force: !process.argv.includes('--if-needed') })
}
