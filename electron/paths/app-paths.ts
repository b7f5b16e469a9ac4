import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Finds the app's root folder (the one holding Midad's package.json) by walking up from this
 * module, so the same code works from the TypeScript sources, from `dist/` bundles and from a
 * packaged app.
 */
export function findAppRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from
  for (;;) {
    const pkg = join(dir, 'package.json')
    if (
      existsSync(pkg) &&
      (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'midad'
    )
      return dir
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`Cannot find Midad's package.json above ${from}.`)
    dir = parent
  }
}

/** Folders the app reads its own files from. */
export function appPaths(root: string = findAppRoot()) {
  return {
    root,
    /** The built renderer (`npm run build`). */
    renderer: join(root, 'dist', 'renderer'),
    /** The sample newsroom a new data directory starts with. */
    samples: join(root, 'data'),
    /** Bundled Hunspell dictionaries (`ar.aff`, `ar.dic`), shipped with the app, never downloaded. */
    dictionaries: join(root, 'data', 'dictionaries'),
  }
}
