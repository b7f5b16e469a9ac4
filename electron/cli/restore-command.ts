import { mkdir, stat } from 'node:fs/promises'
import { basename, isAbsolute, join, relative, resolve } from 'node:path'
import { createInterface } from 'node:readline/promises'
import { articleFiles } from '../backup/article-files'
import { BackupError } from '../backup/backup-error'
import { backupsDir, dayName } from '../backup/backup-layout'
import { listBackups } from '../backup/backup-list'
import { checkBackup } from '../backup/check-backup'
import { holdsData, restoreBackup } from '../backup/restore-backup'
import { lockDataDir } from '../store/data-dir-lock'
import { dataLayout } from '../store/data-layout'
import { articles } from './backup-command'
import { type CliIo, dataDirOf } from './cli-context'

const UNCHANGED = 'Nothing was changed.'

/** Reads one answer from the terminal; end of input or Ctrl-C count as "no". */
async function askOnTerminal(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  try {
    return await new Promise<string>((done) => {
      rl.once('close', () => done(''))
      rl.once('SIGINT', () => rl.close())
      rl.question(question).then(done, () => done(''))
    })
  } finally {
    rl.close()
  }
}

/** Asks before replacing data; without a terminal (CI, a pipe) there is no one to ask: refuse. */
async function confirm(question: string, io: CliIo): Promise<boolean> {
  const ask = io.ask ?? (process.stdin.isTTY ? askOnTerminal : undefined)
  if (!ask)
    throw new BackupError(
      `Not restoring: this replaces the current data, and there is no terminal to confirm it. Run it in a terminal, or add --yes. ${UNCHANGED}`,
    )
  return /^y(es)?$/i.test((await ask(question)).trim())
}

const isFolder = (path: string) =>
  stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  )

/** Whether `path` lies strictly inside `dir`. */
function within(dir: string, path: string): boolean {
  const rel = relative(dir, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/** BACKUP is a backup folder, or the name of one in the data directory's backups/ (a day). */
async function findBackup(arg: string, root: string): Promise<string> {
  const named = join(backupsDir(root), arg)
  const isName = !/[\\/]/.test(arg) && arg !== '.' && arg !== '..'
  let dir: string
  if (isName && (await isFolder(named))) dir = named
  else if (await isFolder(resolve(arg))) dir = resolve(arg)
  else {
    const known = await listBackups(root)
    const there = known.length ? `; it has ${known.join(', ')}` : '; it has none'
    throw new BackupError(
      `There is no backup "${arg}": no such folder, and no backup of that name in ${backupsDir(root)}${there}. ${UNCHANGED}`,
    )
  }
  if ((dir === root || within(root, dir)) && !within(backupsDir(root), dir))
    throw new BackupError(`${dir} is part of the data directory, not a backup. ${UNCHANGED}`)
  return dir
}

/** A manifest time as the local "2026-11-24 09:05". */
function localTime(iso: string): string {
  const date = new Date(iso)
  const hm = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`
  return `${dayName(date)} ${hm}`
}

/**
 * `midad restore BACKUP`: checks the whole backup first (a damaged one is refused, nothing
 * changed), takes the data directory's lock (refused while the app has it open), says what will
 * be replaced and asks `[y/N]` (`--yes` skips; with no terminal and no `--yes` it refuses), then
 * restores, keeping the current data in `backups/pre-restore-…` so the restore can be undone.
 */
export async function restoreCommand(
  backupArg: string,
  flags: { 'data-dir'?: string; yes?: boolean },
  io: CliIo,
): Promise<void> {
  const root = dataDirOf(flags['data-dir'], io)
  const dir = await findBackup(backupArg, root)
  const backup = await checkBackup(dir).catch((error: unknown) => {
    if (error instanceof BackupError) throw new BackupError(`${error.message} ${UNCHANGED}`)
    throw error
  })
  const label = basename(dir)
  const replacing = await holdsData(root)
  if (!replacing) await mkdir(root, { recursive: true })
  const lock = await lockDataDir(dataLayout(root).lock, 'midad restore')
  if (!lock.held) {
    const { app, pid } = lock.holder
    throw new BackupError(
      `${root} is open in ${app} (process ${pid}). Close it, then run the restore again. ${UNCHANGED}`,
    )
  }
  try {
    const incoming = articles(backup.manifest.articleCount)
    if (replacing && !flags.yes) {
      const current = articles((await articleFiles(dataLayout(root).articlesDir)).length)
      io.out(`Backup ${label}: ${incoming}, made ${localTime(backup.manifest.createdAt)}.`)
      io.out(`Data directory ${root}: ${current} now.`)
      io.out('The current data is kept in backups/pre-restore-<time> first, so this can be undone.')
      const question = `Replace the ${current} in ${root} with the ${incoming} from backup ${label}? [y/N] `
      if (!(await confirm(question, io))) throw new BackupError(`Restore cancelled. ${UNCHANGED}`)
    }
    const result = await restoreBackup(root, backup, new Date())
    io.out(`Restored ${articles(result.articleCount)} from backup ${label} into ${root}.`)
    if (result.safetyBackup) {
      const { name } = result.safetyBackup
      io.out(
        `The data from before is in ${result.safetyBackup.dir}; to undo: midad restore ${name} --data-dir ${root}`,
      )
    }
  } finally {
    await lock.release()
  }
}
