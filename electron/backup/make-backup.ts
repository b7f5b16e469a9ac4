import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { MIDAD_VERSION } from '../../shared/app-version'
import { alive } from '../store/data-dir-lock'
import { dataLayout } from '../store/data-layout'
import { StoreMeta } from '../store/store-meta'
import { articleFiles } from './article-files'
import { backupsDir, LINK_SAFE, NOT_BACKED_UP, SNAPSHOT_FIRST } from './backup-layout'
import { type BackupManifest, writeManifest } from './backup-manifest'
import { TreeCopier } from './tree-copier'

/** What to back up and how. */
export interface BackupRequest {
  /** The data directory. */
  root: string
  /** The folder name under `backups/`: a day (`2026-11-24`) or `pre-restore-…`. */
  name: string
  now: Date
  /** True when no other process can write meanwhile (this process holds the lock). */
  consistent: boolean
  /** Runs the article snapshot while saves are paused (`ArticleStore.exclusive` in the app). */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T>
  /** Replace a backup of the same name (the day's backup, made again); otherwise refuse. */
  replace: boolean
}

/** A finished backup. */
export interface BackupInfo {
  name: string
  dir: string
  manifest: BackupManifest
  /** Files shared with the data directory by hard link, and files copied. */
  files: { linked: number; copied: number }
}

const PROCESS_TEMP = /^\.(?:tmp|old)-(\d+)-[0-9a-f]+$/

/** Removes the temp folders of backups whose process died part-way (they never became backups). */
async function removeAbandoned(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    const pid = Number(PROCESS_TEMP.exec(name)?.[1] ?? Number.NaN)
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid))
      await rm(join(dir, name), { recursive: true, force: true })
  }
}

const tempName = (kind: 'tmp' | 'old') =>
  `.${kind}-${process.pid}-${randomBytes(4).toString('hex')}`

/** Moves the finished temp folder to its name; a backup of the same name is swapped out first. */
async function moveIntoPlace(temp: string, final: string, replace: boolean): Promise<void> {
  try {
    await rename(temp, final)
    return
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    if (!replace || !['ENOTEMPTY', 'EEXIST', 'EPERM', 'EACCES'].includes(code)) throw error
  }
  const oldPath = join(dirname(final), tempName('old'))
  await rename(final, oldPath)
  await rename(temp, final)
  await rm(oldPath, { recursive: true, force: true })
}

/** Flushes a folder's entries (a rename) to disk where the platform allows it. */
export async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Windows cannot open a folder for fsync; its renames are durable enough there.
  }
}

async function schemaVersionOf(metaFile: string): Promise<number | null> {
  try {
    return StoreMeta.parse(JSON.parse(await readFile(metaFile, 'utf8'))).schemaVersion
  } catch {
    return null
  }
}

/**
 * Backs up a data directory into `backups/<name>/`: everything but the backups and the lock.
 * Files that are only ever replaced by rename are hard-linked (no data copied); the rest is
 * copied. Work happens in `backups/.tmp-*`, which is renamed into place once the manifest is
 * written, so a crash never leaves a half backup that looks complete.
 *
 * Articles, settings and the index are taken inside `exclusive` (no save in between); revisions
 * and the quarantine after it, so saves wait about a second even for a large newsroom.
 */
export async function makeBackup(request: BackupRequest): Promise<BackupInfo> {
  const { root, name } = request
  const dir = backupsDir(root)
  // Not recursive: a data directory that was removed must not be brought back by its backup.
  await mkdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
  })
  await removeAbandoned(dir)
  const temp = join(dir, tempName('tmp'))
  await mkdir(temp)
  const copier = new TreeCopier()
  const copyEntry = (entry: string) =>
    copier.copy(join(root, entry), join(temp, entry), LINK_SAFE.has(entry) ? 'link' : 'copy')
  try {
    const exclusive = request.exclusive ?? ((task) => task())
    await exclusive(async () => {
      for (const entry of SNAPSHOT_FIRST) await copyEntry(entry)
    })
    for (const entry of (await readdir(root)).sort()) {
      if (entry.startsWith('.') || NOT_BACKED_UP.has(entry) || SNAPSHOT_FIRST.includes(entry))
        continue
      await copyEntry(entry)
    }
    const layout = dataLayout(temp)
    const manifest: BackupManifest = {
      format: 'midad-backup',
      createdAt: request.now.toISOString(),
      appVersion: MIDAD_VERSION,
      schemaVersion: await schemaVersionOf(layout.meta),
      articleCount: (await articleFiles(layout.articlesDir)).length,
      consistent: request.consistent,
    }
    await writeManifest(temp, manifest)
    const final = join(dir, name)
    await moveIntoPlace(temp, final, request.replace)
    await syncDir(dir)
    return { name, dir: final, manifest, files: { ...copier.counts } }
  } catch (error) {
    await rm(temp, { recursive: true, force: true })
    throw error
  }
}
