import { access, mkdir, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { ArticleStore } from '../articles/article-store'
import { dataLayout } from '../store/data-layout'
import { openDataDir } from '../store/open-data-dir'
import { articleFiles } from './article-files'
import { backupsDir, KEPT_ON_RESTORE, LINK_SAFE, NOT_RESTORED, stampName } from './backup-layout'
import type { CheckedBackup } from './check-backup'
import { type BackupInfo, makeBackup, syncDir } from './make-backup'
import { TreeCopier } from './tree-copier'

/** What a restore replaced and where the replaced data went. */
export interface RestoreResult {
  /** Articles in the data directory now, counted by the rebuilt index. */
  articleCount: number
  /** The copy of the data from before the restore, or null when there was none to keep. */
  safetyBackup: BackupInfo | null
}

const names = dataLayout('')

/** Root entries in swap order: the index goes first (so a crash mid-swap rebuilds it), the marker last. */
function swapOrder(entries: Set<string>): string[] {
  const first = [names.index, names.journal, names.revisionsDir, names.quarantineDir]
  const last = [names.settings, names.articlesDir, names.meta]
  const middle = [...entries].filter((e) => !first.includes(e) && !last.includes(e)).sort()
  return [...first, ...middle, ...last].filter((e) => entries.has(e))
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  )

/** Whether a data directory holds anything a restore would replace. */
export async function holdsData(root: string): Promise<boolean> {
  const layout = dataLayout(root)
  return (await exists(layout.meta)) || (await articleFiles(layout.articlesDir)).length > 0
}

/** `pre-restore-<day>-<time>`, with a suffix if a restore in the same second already took it. */
async function safetyName(root: string, now: Date): Promise<string> {
  const base = `pre-restore-${stampName(now)}`
  let name = base
  for (let n = 2; await exists(join(backupsDir(root), name)); n++) name = `${base}-${n}`
  return name
}

/**
 * Replaces a data directory's contents with a checked backup. The caller must hold the data
 * directory's lock. In order, so that a crash at any point loses nothing:
 *
 * 1. the current data is backed up to `backups/pre-restore-…` (a restore can be undone);
 * 2. the backup is linked or copied into `.restore-tmp/` (the slow part; nothing live changes);
 * 3. each root entry is renamed out to `.restore-old/` and its replacement renamed in, index first
 *    and `midad.json` last;
 * 4. the index is rebuilt from the restored article files, and the two temp folders removed.
 *
 * A crash during step 3 leaves a mix that still opens; running the restore again finishes it.
 */
export async function restoreBackup(
  root: string,
  backup: CheckedBackup,
  now: Date,
): Promise<RestoreResult> {
  const staging = join(root, '.restore-tmp')
  const old = join(root, '.restore-old')
  // Leftovers of an interrupted restore: its safety copy already holds their data.
  await rm(staging, { recursive: true, force: true })
  await rm(old, { recursive: true, force: true })
  const safetyBackup = (await holdsData(root))
    ? await makeBackup({
        root,
        name: await safetyName(root, now),
        now,
        consistent: true,
        replace: false,
      })
    : null

  await mkdir(staging)
  const copier = new TreeCopier()
  const incoming = (await readdir(backup.dir)).filter(
    (n) => !n.startsWith('.') && !NOT_RESTORED.has(n) && !KEPT_ON_RESTORE.has(n),
  )
  for (const entry of incoming) {
    const mode = LINK_SAFE.has(entry) ? 'link' : 'copy'
    await copier.copy(join(backup.dir, entry), join(staging, entry), mode)
  }

  await mkdir(old)
  const current = (await readdir(root)).filter((n) => !n.startsWith('.') && !KEPT_ON_RESTORE.has(n))
  for (const entry of swapOrder(new Set([...current, ...incoming]))) {
    if (current.includes(entry)) await rename(join(root, entry), join(old, entry))
    if (incoming.includes(entry)) await rename(join(staging, entry), join(root, entry))
  }
  await syncDir(root)

  // No index.json: the store rebuilds the index from the article files as it opens.
  const layout = await openDataDir(root, { writable: true })
  const store = await ArticleStore.open(layout)
  const articleCount = store.list().length
  await rm(old, { recursive: true, force: true })
  await rm(staging, { recursive: true, force: true })
  return { articleCount, safetyBackup }
}
