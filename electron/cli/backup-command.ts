import { dayName } from '../backup/backup-layout'
import { pruneDailyBackups } from '../backup/backup-list'
import { makeBackup } from '../backup/make-backup'
import { holdsData } from '../backup/restore-backup'
import { lockDataDir } from '../store/data-dir-lock'
import { dataLayout } from '../store/data-layout'
import { type CliIo, dataDirOf } from './cli-context'
import { InputError } from './cli-errors'

/** "1 article", "12 articles". */
export const articles = (n: number) => `${n} article${n === 1 ? '' : 's'}`

/**
 * `midad backup`: backs the data directory up now into today's folder (replacing today's earlier
 * backup, so the rolling set stays one per day) and prunes to the newest seven. It never opens the
 * store, so it changes no data: no seeding, no migration. While the app holds the directory it
 * still backs up, without the lock; that backup is crash-consistent (every file whole, articles
 * possibly from moments apart), which restore handles by rebuilding the index.
 */
export async function backupCommand(flags: { 'data-dir'?: string }, io: CliIo): Promise<void> {
  const root = dataDirOf(flags['data-dir'], io)
  if (!(await holdsData(root)))
    throw new InputError(
      `${root} holds no Midad data, so there is nothing to back up. Check --data-dir.`,
    )
  const lock = await lockDataDir(dataLayout(root).lock, 'midad backup')
  try {
    const now = new Date()
    const backup = await makeBackup({
      root,
      name: dayName(now),
      now,
      consistent: lock.held,
      replace: true,
    })
    await pruneDailyBackups(root)
    io.out(`Backed up ${articles(backup.manifest.articleCount)} to ${backup.dir}`)
    if (!lock.held) {
      const { app, pid } = lock.holder
      io.out(
        `Note: ${app} (process ${pid}) has this data directory open, so saves went on during the backup; every file in it is whole, and restoring rebuilds the index.`,
      )
    }
  } finally {
    if (lock.held) await lock.release()
  }
}
