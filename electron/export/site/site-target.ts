import { readdir, stat } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { ApiError } from '../../../shared/api/errors'
import type { SiteProblem } from '../../../shared/export/site-contract'
import { fsProblem } from '../../store/fs-problems'
import { MANIFEST_FILE, readManifest, type SiteManifest } from './site-manifest'

/** The folder a site export writes to, checked, with what the last export there left. */
export interface SiteTarget {
  outDir: string
  /** The last export's manifest; null for a new or empty folder, or when it was damaged. */
  manifest: SiteManifest | null
}

/** A refusal the UI can word itself: `details.problem` says why. */
const refuse = (message: string, problem: SiteProblem) =>
  new ApiError('invalid_argument', message, { problem })

/** What kind of write failure a file-system error is. */
export function writeProblem(error: unknown): SiteProblem {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? ''
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk_full'
  if (code === 'EROFS') return 'read_only'
  if (code === 'EACCES' || code === 'EPERM') return 'permission'
  if (code === 'EBUSY') return 'busy'
  return 'other'
}

/** True when `inner` is `outer` or inside it. */
const within = (inner: string, outer: string) => {
  const path = relative(outer, inner)
  return path === '' || (!path.startsWith('..') && !isAbsolute(path))
}

/**
 * Checks where a site export may write, before it starts: an absolute path, outside the data
 * directory (and not holding it, since the export replaces the folder whole), in a folder that
 * exists, and either new, empty, or made by an earlier Midad site export (`made` is then true). A
 * folder with someone else's files is refused rather than replaced. Reads no manifest, so it is
 * cheap enough to run before a job starts.
 */
export async function checkSiteFolder(
  rawOutDir: string,
  dataDir: string,
): Promise<{ outDir: string; made: boolean }> {
  if (!isAbsolute(rawOutDir))
    throw refuse(
      `The site folder must be a full path, such as /home/me/site; "${rawOutDir}" is not.`,
      'relative_path',
    )
  const outDir = resolve(rawOutDir)
  const data = resolve(dataDir)
  if (within(outDir, data) || within(data, outDir))
    throw refuse(
      `The site cannot be exported into ${outDir}: it holds or is inside Midad's data directory (${data}). Choose another folder.`,
      'inside_data',
    )
  const parent = await stat(dirname(outDir)).catch(() => null)
  if (!parent?.isDirectory())
    throw refuse(
      `The site cannot be exported into ${outDir}: ${dirname(outDir)} does not exist.`,
      'no_parent',
    )
  let names: string[]
  try {
    names = await readdir(outDir)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { outDir, made: false }
    throw refuse(
      `The site cannot be exported into ${outDir}: ${fsProblem(error) ?? code}.`,
      code === 'ENOTDIR' ? 'not_a_folder' : writeProblem(error),
    )
  }
  if (names.length === 0) return { outDir, made: false }
  if (!names.includes(MANIFEST_FILE))
    throw refuse(
      `${outDir} is not empty and was not made by Midad's site export, so it is not replaced. Choose an empty or new folder.`,
      'not_empty',
    )
  return { outDir, made: true }
}

/** {@link checkSiteFolder}, then what the last export there left: its manifest. */
export async function checkSiteTarget(rawOutDir: string, dataDir: string): Promise<SiteTarget> {
  const { outDir, made } = await checkSiteFolder(rawOutDir, dataDir)
  const manifest = made ? await readManifest(outDir) : null
  return { outDir, manifest: manifest === 'damaged' ? null : manifest }
}
