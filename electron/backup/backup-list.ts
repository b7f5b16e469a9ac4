import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { backupsDir, DAILY_NAME, KEEP_DAILY } from './backup-layout'
import { readManifest } from './backup-manifest'

async function folderNames(root: string): Promise<string[]> {
  try {
    const entries = await readdir(backupsDir(root), { withFileTypes: true })
    return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return []
    throw error
  }
}

/** The names of the backups in a data directory, newest first, for messages that list them. */
export async function listBackups(root: string): Promise<string[]> {
  const names: string[] = []
  for (const name of await folderNames(root)) {
    if (await readManifest(join(backupsDir(root), name)).catch(() => null)) names.push(name)
  }
  // Daily names and `pre-restore-<day>-<time>` both sort by date within their kind.
  return names.sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || b.localeCompare(a))
}

const dateOf = (name: string) => name.replace(/^pre-restore-/, '')

/** Whether `backups/<name>/` is a finished backup (its manifest is there and valid). */
export async function hasBackup(root: string, name: string): Promise<boolean> {
  return (await readManifest(join(backupsDir(root), name)).catch(() => null)) !== null
}

/**
 * Deletes all but the newest `keep` daily backups (`YYYY-MM-DD` folders). Counting backups rather
 * than days means a newsroom closed for a week still has its last seven. Safety copies taken
 * before a restore are never pruned: they are the only way back from a restore.
 */
export async function pruneDailyBackups(root: string, keep = KEEP_DAILY): Promise<string[]> {
  const daily = (await folderNames(root)).filter((n) => DAILY_NAME.test(n)).sort()
  const removed = daily.slice(0, Math.max(0, daily.length - keep))
  for (const name of removed)
    await rm(join(backupsDir(root), name), { recursive: true, force: true })
  return removed
}
