import { readdir, stat } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { ApiError } from '../../../shared/api/errors'
import { fsProblem } from '../../store/fs-problems'
import { MANIFEST_FILE, readManifest, type SiteManifest } from './site-manifest'

/** The folder a site export writes to, checked, with what the last export there left. */
export interface SiteTarget {
  outDir: string
  /** The last export's manifest; null for a new or empty folder, or when it was damaged. */
  manifest: SiteManifest | null
}

const refuse = (message: string) => new ApiError('invalid_argument', message)

/** True when `inner` is `outer` or inside it. */
const within = (inner: string, outer: string) => {
  const path = relative(outer, inner)
  return path === '' || (!path.startsWith('..') && !isAbsolute(path))
}

/**
 * Checks where a site export may write, before it starts: an absolute path, outside the data
 * directory (and not holding it, since the export replaces the folder whole), in a folder that
 * exists, and either new, empty, or made by an earlier Midad site export. A folder with someone
 * else's files is refused rather than replaced.
 */
export async function checkSiteTarget(rawOutDir: string, dataDir: string): Promise<SiteTarget> {
  if (!isAbsolute(rawOutDir))
    throw refuse(
      `The site folder must be a full path, such as /home/me/site; "${rawOutDir}" is not.`,
    )
  const outDir = resolve(rawOutDir)
  const data = resolve(dataDir)
  if (within(outDir, data) || within(data, outDir))
    throw refuse(
      `The site cannot be exported into ${outDir}: it holds or is inside Midad's data directory (${data}). Choose another folder.`,
    )
  const parent = await stat(dirname(outDir)).catch(() => null)
  if (!parent?.isDirectory())
    throw refuse(`The site cannot be exported into ${outDir}: ${dirname(outDir)} does not exist.`)
  let names: string[]
  try {
    names = await readdir(outDir)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { outDir, manifest: null }
    throw refuse(`The site cannot be exported into ${outDir}: ${fsProblem(error) ?? code}.`)
  }
  if (names.length === 0) return { outDir, manifest: null }
  if (!names.includes(MANIFEST_FILE))
    throw refuse(
      `${outDir} is not empty and was not made by Midad's site export, so it is not replaced. Choose an empty or new folder.`,
    )
  const manifest = await readManifest(outDir)
  return { outDir, manifest: manifest === 'damaged' ? null : manifest }
}
