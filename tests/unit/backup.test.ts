import { spawn } from 'node:child_process'
import { mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createBackend, type OpenBackend } from '../../electron/api/create-backend'
import { listBackups, pruneDailyBackups } from '../../electron/backup/backup-list'
import { BackupManifest } from '../../electron/backup/backup-manifest'
import { checkBackup } from '../../electron/backup/check-backup'
import { makeBackup } from '../../electron/backup/make-backup'
import { summarize } from '../../shared/articles/article-schema'
import { value } from './fixtures/api'
import { createTempDirs, sampleDir, sampleIds, snapshotDir } from './fixtures/data-dir'

const tempDir = createTempDirs()

/** Local noon of a day in November 2030 (local, as backup folder names are). */
const day = (d: number, hour = 12) => new Date(2030, 10, d, hour)

/** A seeded data directory with history: every sample saved twice, settings changed. */
async function newsroom(options: { now?: () => Date } = {}) {
  const dataDir = await tempDir()
  const opened = await createBackend({ dataDir, sampleDir, dailyBackup: false, ...options })
  for (const id of sampleIds) {
    let article = await opened.articles.get(id)
    for (const n of [1, 2])
      article = await opened.articles.save(id, article.revision, { title: `${article.title} ${n}` })
  }
  await value(opened.backend, 'settings.update', { language: 'en' })
  return { dataDir, opened }
}

/** The data directory as a backup should hold it: everything but the backups and the lock. */
async function liveFiles(dataDir: string) {
  const all = await snapshotDir(dataDir)
  return Object.fromEntries(
    Object.entries(all).filter(([path]) => !path.startsWith('backups') && path !== 'midad.lock'),
  )
}

async function backupFiles(dir: string) {
  const { 'backup.json': _manifest, ...files } = await snapshotDir(dir)
  return files
}

const inode = async (path: string) => (await stat(path)).ino

const backupNow = (dataDir: string, opened: OpenBackend, name = '2030-11-24', now = day(24)) =>
  makeBackup({
    root: dataDir,
    name,
    now,
    consistent: true,
    exclusive: (task) => opened.articles.exclusive(task),
    replace: true,
  })

describe('a backup', () => {
  it('holds every article, revision and setting byte for byte, hard-linked where safe', async () => {
    const { dataDir, opened } = await newsroom()
    const backup = await backupNow(dataDir, opened)
    expect(backup.dir).toBe(join(dataDir, 'backups', '2030-11-24'))
    const files = await backupFiles(backup.dir)
    expect(files).toEqual(await liveFiles(dataDir))
    expect(Object.keys(files).filter((f) => f.startsWith('revisions/')).length).toBeGreaterThan(10)
    expect(files['settings.json']).toBeDefined()

    const manifest = BackupManifest.parse(
      JSON.parse(await readFile(join(backup.dir, 'backup.json'), 'utf8')),
    )
    expect(manifest).toMatchObject({ articleCount: sampleIds.length, schemaVersion: 2 })
    expect(manifest.consistent).toBe(true)

    // Replaced-by-rename files share the inode; the appended journal is a copy.
    for (const path of ['articles/sample-water.json', 'settings.json', 'midad.json'])
      expect(await inode(join(backup.dir, path)), path).toBe(await inode(join(dataDir, path)))
    const revisions = await readdir(join(dataDir, 'revisions', 'sample-water'))
    const revision = join('revisions', 'sample-water', revisions[0] ?? '')
    expect(await inode(join(backup.dir, revision))).toBe(await inode(join(dataDir, revision)))
    expect(await inode(join(backup.dir, 'index.journal'))).not.toBe(
      await inode(join(dataDir, 'index.journal')),
    )
    // The comments' journal and audit log grow in place too, so they are copied, as is the rest
    // of comments/ (the sample newsroom seeds its journal, audit log and rules).
    expect(await inode(join(backup.dir, 'comments', 'journal.ndjson'))).not.toBe(
      await inode(join(dataDir, 'comments', 'journal.ndjson')),
    )
    const comments = Object.keys(files).filter((f) => f.startsWith('comments/'))
    expect(comments).toContain('comments/journal.ndjson')
    expect(backup.files.copied).toBe(1 + comments.length)
  })

  it('is not changed by later saves, deletes or settings changes to the live data', async () => {
    const { dataDir, opened } = await newsroom()
    const backup = await backupNow(dataDir, opened)
    const before = await snapshotDir(backup.dir)
    const water = await opened.articles.get('sample-water')
    await opened.articles.save(water.id, water.revision, { title: 'عنوان بعد النسخة الاحتياطية' })
    const fair = await opened.articles.get('sample-book-fair')
    await opened.articles.delete(fair.id, fair.revision)
    await opened.articles.create({ title: 'خبر جديد' })
    await value(opened.backend, 'settings.update', { language: 'ar' })

    expect(await snapshotDir(backup.dir)).toEqual(before)
    const path = 'articles/sample-water.json'
    expect(await inode(join(dataDir, path))).not.toBe(await inode(join(backup.dir, path)))
    expect(await readFile(join(dataDir, path), 'utf8')).toContain('بعد النسخة')
  })

  it('holds articles and index from one moment even while saves go on', async () => {
    const { dataDir, opened } = await newsroom()
    const water = await opened.articles.get('sample-water')
    const saves = (async () => {
      let revision = water.revision
      for (let n = 0; n < 30; n++)
        revision = (await opened.articles.save(water.id, revision, { standfirst: `نسخة ${n}` }))
          .revision
    })()
    const backup = await backupNow(dataDir, opened)
    await saves
    // Opened read-only, the backup's own index is used as is: it must agree with its files.
    const copy = await createBackend({ dataDir: backup.dir, dailyBackup: false, app: 'test' })
    for (const summary of copy.articles.list())
      expect(summary).toEqual(summarize(await copy.articles.get(summary.id)))
    await copy.close()
  })

  it('is copied instead of linked when the backups folder is on another file system', async ({
    skip,
  }) => {
    const shm = await stat('/dev/shm').catch(() => null)
    const { dataDir, opened } = await newsroom()
    if (!shm?.isDirectory() || shm.dev === (await stat(dataDir)).dev) skip('no second file system')
    const elsewhere = join('/dev/shm', `midad-backups-${process.pid}-${Date.now()}`)
    await mkdir(elsewhere)
    try {
      await symlink(elsewhere, join(dataDir, 'backups'))
      const backup = await backupNow(dataDir, opened)
      expect(backup.files.linked).toBe(0)
      const copied = await backupFiles(backup.dir)
      await rm(join(dataDir, 'backups'))
      expect(copied).toEqual(await liveFiles(dataDir))
    } finally {
      await rm(elsewhere, { recursive: true, force: true })
    }
  })

  it('never leaves a half backup that looks complete, and clears those of dead processes', async () => {
    const { dataDir, opened } = await newsroom()
    const dead = spawn(process.execPath, ['-e', ''])
    await new Promise((done) => dead.once('exit', done))
    const abandoned = join(dataDir, 'backups', `.tmp-${dead.pid}-0badc0de`)
    await mkdir(join(abandoned, 'articles'), { recursive: true })
    await writeFile(join(abandoned, 'articles', 'x.json'), '{}')
    expect(await listBackups(dataDir)).toEqual([])

    await backupNow(dataDir, opened)
    expect(await readdir(join(dataDir, 'backups'))).toEqual(['2030-11-24'])
  })

  it('made again on the same day replaces that day’s backup', async () => {
    const { dataDir, opened } = await newsroom()
    await backupNow(dataDir, opened, '2030-11-24', day(24, 9))
    await opened.articles.create({ title: 'خبر الظهيرة' })
    const again = await backupNow(dataDir, opened, '2030-11-24', day(24, 13))
    expect(again.manifest.articleCount).toBe(sampleIds.length + 1)
    expect(await readdir(join(dataDir, 'backups'))).toEqual(['2030-11-24'])
  })
})

describe('pruning', () => {
  it('keeps the newest seven daily backups and every pre-restore copy', async () => {
    const { dataDir, opened } = await newsroom()
    for (const d of [3, 5, 6, 8, 9, 10, 14, 15, 20, 21]) {
      const date = day(d)
      await backupNow(dataDir, opened, `2030-11-${String(d).padStart(2, '0')}`, date)
      await pruneDailyBackups(dataDir)
    }
    await backupNow(dataDir, opened, 'pre-restore-2030-11-01-120000', day(1))
    await pruneDailyBackups(dataDir)
    expect((await readdir(join(dataDir, 'backups'))).sort()).toEqual([
      '2030-11-08',
      '2030-11-09',
      '2030-11-10',
      '2030-11-14',
      '2030-11-15',
      '2030-11-20',
      '2030-11-21',
      'pre-restore-2030-11-01-120000',
    ])
    expect((await listBackups(dataDir))[0]).toBe('2030-11-21')
  })
})

describe('the daily backup', () => {
  const waitForCheck = (opened: OpenBackend) =>
    vi.waitFor(
      () => {
        const check = opened.backups?.lastCheck
        if (!check) throw new Error('no check yet')
        return check
      },
      { timeout: 10_000 },
    )

  it('is made shortly after opening, once a day', async () => {
    const dataDir = await tempDir()
    const first = await createBackend({
      dataDir,
      sampleDir,
      now: () => day(24, 9),
      dailyBackup: { firstCheckMs: 0 },
    })
    expect(await waitForCheck(first)).toMatchObject({ made: '2030-11-24', error: null })
    await first.close()
    const made = await readFile(join(dataDir, 'backups', '2030-11-24', 'backup.json'), 'utf8')

    const later = await createBackend({
      dataDir,
      now: () => day(24, 17),
      dailyBackup: { firstCheckMs: 0 },
    })
    expect(await waitForCheck(later)).toMatchObject({ made: null, error: null })
    await later.close()
    expect(await readFile(join(dataDir, 'backups', '2030-11-24', 'backup.json'), 'utf8')).toBe(made)

    const tomorrow = await createBackend({
      dataDir,
      now: () => day(25, 8),
      dailyBackup: { firstCheckMs: 0 },
    })
    expect(await waitForCheck(tomorrow)).toMatchObject({ made: '2030-11-25' })
    await tomorrow.close()
    expect((await readdir(join(dataDir, 'backups'))).sort()).toEqual(['2030-11-24', '2030-11-25'])
  })

  it('is made every day for an app left open, until it closes', async () => {
    const dataDir = await tempDir()
    let now = day(24, 23)
    const opened = await createBackend({
      dataDir,
      sampleDir,
      now: () => now,
      dailyBackup: { firstCheckMs: 0, everyMs: 10 },
    })
    const backups = () => readdir(join(dataDir, 'backups')).catch(() => [])
    await vi.waitFor(async () => expect(await backups()).toEqual(['2030-11-24']))
    now = day(25, 1)
    await vi.waitFor(async () => expect((await backups()).sort()).toContain('2030-11-25'))
    await opened.close()
    now = day(26, 1)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect((await readdir(join(dataDir, 'backups'))).sort()).toEqual(['2030-11-24', '2030-11-25'])
  })

  it('waits by default, so opening is never slowed', async () => {
    const dataDir = await tempDir()
    const opened = await createBackend({ dataDir, sampleDir })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(opened.backups?.lastCheck).toBeNull()
    await opened.close()
    expect(await readdir(dataDir)).not.toContain('backups')
  })

  it('is left to the process holding the data directory', async () => {
    const dataDir = await tempDir()
    await mkdir(dataDir, { recursive: true })
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], {
      stdio: 'ignore',
    })
    try {
      const holder = {
        pid: child.pid,
        host: hostname(),
        app: 'Midad',
        since: day(24).toISOString(),
      }
      await writeFile(join(dataDir, 'midad.lock'), JSON.stringify(holder))
      const opened = await createBackend({ dataDir, dailyBackup: { firstCheckMs: 0 } })
      expect(opened.backups).toBeNull()
    } finally {
      child.kill()
    }
  })

  it('reports a failure without stopping the app', async () => {
    const dataDir = await tempDir()
    const warnings: string[] = []
    const opened = await createBackend({
      dataDir,
      sampleDir,
      dailyBackup: { firstCheckMs: 0, warn: (message) => warnings.push(message) },
    })
    await writeFile(join(dataDir, 'backups'), 'a file where the backups folder should be')
    const check = await waitForCheck(opened)
    expect(check.made).toBeNull()
    expect(check.error).toBeTruthy()
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('daily backup')
    // The UI learns of it through store.status, and shows it.
    expect(await value(opened.backend, 'store.status', {})).toMatchObject({
      backupError: check.error,
    })
    expect(await opened.articles.create({ title: 'ما زال يعمل' })).toMatchObject({ revision: 1 })
    await opened.close()
  })
})

describe('checking a backup before restoring it', () => {
  async function backedUp() {
    const { dataDir, opened } = await newsroom()
    const backup = await backupNow(dataDir, opened)
    await opened.close()
    // Each breakage replaces files (new inodes), so the live files linked to them stay intact.
    return { dataDir, dir: backup.dir }
  }

  it('accepts a whole backup', async () => {
    const { dir } = await backedUp()
    expect((await checkBackup(dir)).manifest.articleCount).toBe(sampleIds.length)
  })

  const breakages: [string, (dir: string) => Promise<void>, RegExp][] = [
    [
      'a damaged article',
      async (dir) => {
        await rm(join(dir, 'articles', 'sample-water.json'))
        await writeFile(join(dir, 'articles', 'sample-water.json'), '{"title": "نصف')
      },
      /sample-water\.json is not valid JSON/,
    ],
    ['a missing article', (dir) => rm(join(dir, 'articles', 'sample-water.json')), /incomplete/],
    [
      'an article under another name',
      async (dir) => {
        const text = await readFile(join(dir, 'articles', 'sample-water.json'), 'utf8')
        await rm(join(dir, 'articles', 'sample-economy.json'))
        await writeFile(join(dir, 'articles', 'sample-economy.json'), text)
      },
      /holds the article "sample-water"/,
    ],
    [
      'a newer schema',
      async (dir) => {
        const meta = { format: 'midad-data', schemaVersion: 99, createdAt: day(1).toISOString() }
        await rm(join(dir, 'midad.json'))
        await writeFile(join(dir, 'midad.json'), JSON.stringify(meta))
      },
      /newer Midad/,
    ],
    ['no manifest', (dir) => rm(join(dir, 'backup.json')), /not a Midad backup/],
  ]
  it.each(breakages)('refuses %s', async (_, breakIt, message) => {
    const { dir } = await backedUp()
    await breakIt(dir)
    await expect(checkBackup(dir)).rejects.toThrow(message)
  })
})
