import { join } from 'node:path'
import { dataLayout } from '../store/data-layout'

const names = dataLayout('')

/**
 * `<dataDir>/backups/`: every backup of a data directory, one folder each. Kept here rather than
 * in `dataLayout` because the store never reads it; only backup and restore do.
 */
export function backupsDir(root: string): string {
  return join(root, 'backups')
}

/** Every backup folder holds this manifest; a folder without a valid one is not a backup. */
export const MANIFEST_FILE = 'backup.json'

/** How many daily backups are kept: the newest seven, whatever days they were made on. */
export const KEEP_DAILY = 7

/** A daily backup's folder name, e.g. `2026-11-24`. */
export const DAILY_NAME = /^\d{4}-\d{2}-\d{2}$/

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** The local calendar day of `date` as `YYYY-MM-DD`: a newsroom's "today", not UTC's. */
export function dayName(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** `YYYY-MM-DD-HHMMSS` in local time, for names that must sort by time (safety copies). */
export function stampName(date: Date): string {
  const time = `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  return `${dayName(date)}-${time}`
}

/** Root entries a backup leaves out: the backups themselves and the live process's lock. */
export const NOT_BACKED_UP: ReadonlySet<string> = new Set([backupsDir(''), names.lock])

/**
 * Root entries whose files are never changed in place, so a hard link to them is a true snapshot:
 * article, settings, index and marker files are replaced by rename (`atomicWriteFile`, a new inode
 * each time), revision files are written once and never touched again, and quarantined files are
 * only moved there. Anything else (e.g. `index.journal`, which every save appends to) is copied.
 */
export const LINK_SAFE: ReadonlySet<string> = new Set([
  names.meta,
  names.settings,
  names.index,
  names.articlesDir,
  names.revisionsDir,
  names.quarantineDir,
  // Named by their content hash and never rewritten.
  names.mediaDir,
])

/**
 * Root entries copied while saves are paused, so articles and their index are from one moment.
 * Revisions and the quarantine are copied afterwards, with saves running again: they are large,
 * only ever gain files, and a revision newer than its article is a state the store handles.
 */
export const SNAPSHOT_FIRST: readonly string[] = [
  names.meta,
  names.settings,
  names.index,
  names.journal,
  names.articlesDir,
]

/** The root entries restore never touches: the backups and the lock of the restoring process. */
export const KEPT_ON_RESTORE = NOT_BACKED_UP

/** Entries of a backup folder that restore leaves out: the index is rebuilt from the articles. */
export const NOT_RESTORED: ReadonlySet<string> = new Set([
  MANIFEST_FILE,
  names.index,
  names.journal,
])
