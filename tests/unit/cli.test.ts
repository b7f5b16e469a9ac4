import { spawn, spawnSync } from 'node:child_process'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../electron/api/create-backend'
import { ArticleId, ArticleSummary, summarize } from '../../shared/articles/article-schema'
import { setUpMidadCli } from './fixtures/cli'
import {
  createTempDirs,
  repoRoot,
  sampleArticles,
  sampleIds,
  snapshotDir,
} from './fixtures/data-dir'

const tempDir = createTempDirs()

const cli = setUpMidadCli('midad-cli-home-')
const midad = cli.run

describe('midad list', () => {
  it('prints the sample summaries as JSON', async () => {
    const dataDir = await tempDir()
    const { code, stdout } = midad('list', '--json', '--data-dir', dataDir)
    expect(code).toBe(0)
    const list = ArticleSummary.array().parse(JSON.parse(stdout))
    expect(list.map((a) => a.id).sort()).toEqual(sampleIds)
  })

  it('prints one line per article, newest first', async () => {
    const dataDir = await tempDir()
    const { code, stdout } = midad('list', '--data-dir', dataDir)
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    const time = (a: { updatedAt: string }) => Date.parse(a.updatedAt)
    const newestFirst = [...sampleArticles].sort((a, b) => time(b) - time(a))
    expect(lines).toHaveLength(newestFirst.length)
    lines.forEach((line, i) => {
      const a = newestFirst[i]
      expect(line.split('\t'), line).toEqual([a?.id, a?.status, a?.updatedAt, a?.title])
    })
  })
})

describe('midad import', () => {
  it('imports a .txt file as a new draft and prints its id', async () => {
    const dataDir = await tempDir()
    const file = join(await tempDir(), 'news.txt')
    await writeFile(file, 'عنوان مستورد\r\nالفقرة الأولى من الخبر\r\n')
    const { code, stdout } = midad('import', file, '--data-dir', dataDir)
    expect(code).toBe(0)
    const id = stdout.trim()
    expect(ArticleId.safeParse(id).success).toBe(true)
    const list = JSON.parse(midad('list', '--json', '--data-dir', dataDir).stdout)
    expect(list).toHaveLength(sampleIds.length + 1)
    expect(list).toContainEqual(
      expect.objectContaining({ id, title: 'عنوان مستورد', status: 'draft' }),
    )
    const stored = await readFile(join(dataDir, 'articles', `${id}.json`), 'utf8')
    expect(stored).toContain('الفقرة الأولى من الخبر')
  })

  it('imports an .html file without its script', async () => {
    const dataDir = await tempDir()
    const file = join(await tempDir(), 'page.html')
    const html = '<h1>خبر من صفحة</h1><p>المتن</p><script>alert("x")</script>'
    await writeFile(file, html)
    const { code, stdout } = midad('import', file, '--data-dir', dataDir)
    expect(code).toBe(0)
    const id = stdout.trim()
    const list = JSON.parse(midad('list', '--json', '--data-dir', dataDir).stdout)
    expect(list).toContainEqual(expect.objectContaining({ id, title: 'خبر من صفحة' }))
    const article = JSON.parse(await readFile(join(dataDir, 'articles', `${id}.json`), 'utf8'))
    const body = JSON.stringify(article.body)
    expect(body).toContain('المتن')
    expect(body).not.toContain('script')
    expect(body).not.toContain('alert')
  })
})

describe('wrong usage', () => {
  const cases: [string, string[]][] = [
    ['no command', []],
    ['an unknown command', ['frobnicate']],
    ['an unknown flag', ['list', '--bogus']],
    ['a flag of another command', ['list', '--port', '3000']],
    ['import without a file', ['import']],
    ['restore without a backup', ['restore']],
    ['backup with an argument', ['backup', 'now']],
    ['backup with --yes', ['backup', '--yes']],
  ]
  it.each(cases)('%s exits 1 with the usage text and touches no data', async (_, args) => {
    const dataDir = await tempDir()
    const { code, stdout, stderr } = midad(...args, '--data-dir', dataDir)
    expect(code).toBe(1)
    expect(stderr).toContain('Usage:')
    expect(stdout).toBe('')
    expect(await readdir(dataDir)).toEqual([])
  })

  it('prints the usage on --help and exits 0', () => {
    const { code, stdout } = midad('--help')
    expect(code).toBe(0)
    expect(stdout).toContain('Usage:')
  })
})

describe('bad input', () => {
  const cases: [string, string | Buffer | null, RegExp][] = [
    ['missing.txt', null, /missing\.txt.*no such file/],
    ['report.pdf', '%PDF-1.7 عنوان', /\.txt or \.html/],
    ['empty.txt', '', /no text/],
    ['blank.html', '<html><body><p>  </p><script>x()</script></body></html>', /no text/],
    ['latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a, 0xc3, 0x28]), /not UTF-8/],
    ['huge.txt', `عنوان\n${'كلمة '.repeat(600_000)}`, /larger than 5 MiB/],
  ]
  it.each(cases)('%s exits 2 with a clear message and no partial article', async (...c) => {
    const [name, content, message] = c
    const dataDir = await tempDir()
    expect(midad('list', '--data-dir', dataDir).code).toBe(0)
    const before = await snapshotDir(dataDir)
    const file = join(await tempDir(), name)
    if (content !== null) await writeFile(file, content)

    const { code, stdout, stderr } = midad('import', file, '--data-dir', dataDir)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^midad: /)
    expect(stderr).toMatch(message)
    expect(stderr).not.toContain('Usage:')
    expect(await snapshotDir(dataDir)).toEqual(before)
  })
})

describe('a broken data directory', () => {
  it('is reported with exit 2 and left as it is', async () => {
    const dataDir = await tempDir()
    expect(midad('list', '--data-dir', dataDir).code).toBe(0)
    const meta = JSON.stringify({
      format: 'midad-data',
      schemaVersion: 99,
      createdAt: '2030-01-01T00:00:00.000Z',
    })
    await writeFile(join(dataDir, 'midad.json'), meta)
    const before = await snapshotDir(dataDir)
    const { code, stderr } = midad('list', '--data-dir', dataDir)
    expect(code).toBe(2)
    expect(stderr).toMatch(/newer Midad/)
    expect(await snapshotDir(dataDir)).toEqual(before)
  })
})

describe('the build', () => {
  it('ships React production code even when NODE_ENV is inherited from a test runner', async () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 180_000,
      env: { ...process.env, NODE_ENV: 'test' },
    })
    expect(build.status, build.stderr).toBe(0)
    const assets = join(repoRoot, 'dist', 'renderer', 'assets')
    const scripts = (await readdir(assets)).filter((f) => f.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(0)
    for (const file of scripts)
      expect(await readFile(join(assets, file), 'utf8')).not.toContain('jsxDEV')
  })
})

describe('rough edges a newcomer hit', () => {
  it('stops quietly when its output is cut short (midad list | head -1)', async () => {
    const dataDir = await tempDir()
    midad('list', '--data-dir', dataDir) // seed first, so the piped run only lists
    const result = spawnSync(
      'sh',
      ['-c', `node bin/midad.mjs list --data-dir '${dataDir}' | head -1`],
      {
        cwd: repoRoot,
        env: cli.env(),
        encoding: 'utf8',
      },
    )
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(1)
    expect(result.stderr).not.toContain('EPIPE')
  })

  it('says plainly that a data directory which is a file cannot be used, with exit 2', async () => {
    const dir = await tempDir()
    const file = join(dir, 'not-a-folder')
    await writeFile(file, 'x')
    const { code, stderr } = midad('list', '--data-dir', file)
    expect(code).toBe(2)
    expect(stderr).toContain('cannot use')
    expect(stderr).not.toContain('    at ')
  })

  it('answers --version and help, and treats a bad --port as wrong usage', async () => {
    const pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'))
    expect(midad('--version').stdout.trim()).toBe(`midad ${pkg.version}`)
    expect(midad('help')).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage:') })
    const badPort = midad('serve', '--port', 'abc', '--data-dir', await tempDir())
    expect(badPort.code).toBe(1)
    expect(badPort.stderr).toContain('Usage:')
  })
})

/** A lock file held by a live process (a sleeping child), as the running app would hold it. */
function holdLock(dataDir: string) {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], {
    stdio: 'ignore',
  })
  const info = { pid: child.pid, host: hostname(), app: 'Midad', since: new Date().toISOString() }
  return {
    pid: child.pid,
    ready: writeFile(join(dataDir, 'midad.lock'), JSON.stringify(info)),
    release: async () => {
      child.kill()
      await rm(join(dataDir, 'midad.lock'), { force: true })
    },
  }
}

/** Runs `midad` on a terminal (a pty from util-linux `script`), typing `answer` at the prompt. */
function midadOnTerminal(answer: string, ...args: string[]) {
  const quoted = ['node', 'bin/midad.mjs', ...args].map((a) => `'${a}'`).join(' ')
  const result = spawnSync('script', ['-qec', quoted, '/dev/null'], {
    cwd: repoRoot,
    env: cli.env(),
    input: `${answer}\n`,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: result.status, output: result.stdout }
}
const hasScript = process.platform === 'linux' && spawnSync('script', ['--version']).status === 0

/** A data directory with one imported article on top of the samples, and its backup. */
async function backedUpNewsroom() {
  const dataDir = await tempDir()
  const file = join(await tempDir(), 'news.txt')
  await writeFile(file, 'خبر قبل النسخة\nالمتن\n')
  const imported = midad('import', file, '--data-dir', dataDir).stdout.trim()
  const { code, stdout } = midad('backup', '--data-dir', dataDir)
  expect(code).toBe(0)
  const match = /^Backed up (\d+) articles to (.+)$/m.exec(stdout)
  expect(match, stdout).not.toBeNull()
  const dir = match?.[2] ?? ''
  return { dataDir, imported, dir, name: dir.slice(dir.lastIndexOf('/') + 1) }
}

/** Changes the live data after the backup: one article deleted, one imported. */
async function changeNewsroom(dataDir: string) {
  const file = join(await tempDir(), 'later.txt')
  await writeFile(file, 'خبر بعد النسخة\nالمتن\n')
  const later = midad('import', file, '--data-dir', dataDir).stdout.trim()
  const opened = await createBackend({ dataDir, dailyBackup: false })
  const water = await opened.articles.get('sample-water')
  await opened.articles.delete(water.id, water.revision)
  await opened.close()
  return later
}

/** The ids listed by the CLI, after checking the index agrees with every article file. */
async function consistentIds(dataDir: string): Promise<string[]> {
  const files = (await readdir(join(dataDir, 'articles')))
    .filter((f) => f.endsWith('.json') && !f.startsWith('.'))
    .map((f) => f.slice(0, -5))
    .sort()
  const opened = await createBackend({ dataDir, dailyBackup: false })
  const listed = opened.articles.list()
  expect(listed.map((a) => a.id).sort()).toEqual(files)
  for (const summary of listed)
    expect(summary).toEqual(summarize(await opened.articles.get(summary.id)))
  await opened.close()
  return files
}

describe('midad backup', () => {
  it('backs up now, prints where and how many articles, and keeps one backup a day', async () => {
    const { dataDir, dir, name } = await backedUpNewsroom()
    expect(dir).toBe(join(dataDir, 'backups', name))
    expect(name).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const manifest = JSON.parse(await readFile(join(dir, 'backup.json'), 'utf8'))
    expect(manifest).toMatchObject({ articleCount: sampleIds.length + 1, consistent: true })
    expect(midad('backup', '--data-dir', dataDir).code).toBe(0)
    expect(await readdir(join(dataDir, 'backups'))).toEqual([name])
    expect(await readdir(dataDir)).not.toContain('midad.lock')
  })

  it('refuses a folder that holds no Midad data, creating nothing', async () => {
    const empty = await tempDir()
    const missing = join(empty, 'nowhere')
    for (const dataDir of [empty, missing]) {
      const { code, stderr } = midad('backup', '--data-dir', dataDir)
      expect(code).toBe(2)
      expect(stderr).toMatch(/^midad: .*no Midad data.*--data-dir/)
    }
    expect(await readdir(empty)).toEqual([])
  })

  it('still backs up while the app holds the data directory, and says so', async () => {
    const dataDir = await tempDir()
    midad('list', '--data-dir', dataDir)
    const lock = holdLock(dataDir)
    await lock.ready
    try {
      const { code, stdout } = midad('backup', '--data-dir', dataDir)
      expect(code).toBe(0)
      expect(stdout).toContain(`Midad (process ${lock.pid}) has this data directory open`)
      const [name] = await readdir(join(dataDir, 'backups'))
      const manifest = JSON.parse(
        await readFile(join(dataDir, 'backups', name ?? '', 'backup.json'), 'utf8'),
      )
      expect(manifest).toMatchObject({ articleCount: sampleIds.length, consistent: false })
      expect(JSON.parse(await readFile(join(dataDir, 'midad.lock'), 'utf8')).pid).toBe(lock.pid)
    } finally {
      await lock.release()
    }
  })
})

describe('midad restore', () => {
  it('with --yes puts the backup back, rebuilds the index, and keeps a copy to undo it', async () => {
    const { dataDir, imported, name } = await backedUpNewsroom()
    const later = await changeNewsroom(dataDir)
    const before = await consistentIds(dataDir)

    const { code, stdout, stderr } = midad('restore', name, '--yes', '--data-dir', dataDir)
    expect(code, stderr).toBe(0)
    expect(stdout).toContain(`Restored ${sampleIds.length + 1} articles from backup ${name}`)
    const restored = await consistentIds(dataDir)
    expect(restored).toEqual([...sampleIds, imported].sort())
    expect(restored).not.toContain(later)
    const list = ArticleSummary.array().parse(
      JSON.parse(midad('list', '--json', '--data-dir', dataDir).stdout),
    )
    expect(list.map((a) => a.id).sort()).toEqual(restored)
    expect((await readdir(dataDir)).filter((f) => f.startsWith('.'))).toEqual([])

    const safety = (await readdir(join(dataDir, 'backups'))).find((f) =>
      f.startsWith('pre-restore-'),
    )
    expect(safety).toBeDefined()
    expect(stdout).toContain(`to undo: midad restore ${safety}`)
    const undo = midad('restore', safety ?? '', '--yes', '--data-dir', dataDir)
    expect(undo.code, undo.stderr).toBe(0)
    expect(await consistentIds(dataDir)).toEqual(before)
  })

  it('without --yes and without a terminal refuses and changes nothing', async () => {
    const { dataDir, name } = await backedUpNewsroom()
    await changeNewsroom(dataDir)
    const before = await snapshotDir(dataDir)
    const { code, stdout, stderr } = midad('restore', name, '--data-dir', dataDir)
    expect(code).toBe(2)
    expect(stdout).toContain(`Backup ${name}: ${sampleIds.length + 1} articles`)
    expect(stderr).toMatch(/^midad: Not restoring: .*--yes.*Nothing was changed\.\n$/)
    expect(await snapshotDir(dataDir)).toEqual(before)
  })

  it.skipIf(!hasScript)('on a terminal asks first, and "n" changes nothing', async () => {
    const { dataDir, name, imported } = await backedUpNewsroom()
    const later = await changeNewsroom(dataDir)
    const before = await snapshotDir(dataDir)
    const declined = midadOnTerminal('n', 'restore', name, '--data-dir', dataDir)
    expect(declined.output).toMatch(/Replace the \d+ articles in .* with the \d+ articles from/)
    expect(declined.output).toContain('[y/N]')
    expect(declined.output).toContain('Restore cancelled. Nothing was changed.')
    expect(declined.code).toBe(2)
    expect(await snapshotDir(dataDir)).toEqual(before)

    const accepted = midadOnTerminal('y', 'restore', name, '--data-dir', dataDir)
    expect(accepted.code, accepted.output).toBe(0)
    const ids = await consistentIds(dataDir)
    expect(ids).toContain(imported)
    expect(ids).not.toContain(later)
  })

  it('refuses a damaged backup, even with --yes, and changes nothing', async () => {
    const { dataDir, dir, name } = await backedUpNewsroom()
    // Replaced, not written in place: the live file shares the backup's inode.
    await rm(join(dir, 'articles', 'sample-economy.json'))
    await writeFile(join(dir, 'articles', 'sample-economy.json'), '{"id": "sample-economy"')
    const before = await snapshotDir(dataDir)
    const { code, stderr } = midad('restore', name, '--yes', '--data-dir', dataDir)
    expect(code).toBe(2)
    expect(stderr).toMatch(/cannot be restored: articles\/sample-economy\.json is not valid JSON/)
    expect(stderr).toContain('Nothing was changed.')
    expect(stderr).not.toContain('    at ')
    expect(await snapshotDir(dataDir)).toEqual(before)
  })

  it('refuses while the app holds the data directory, and changes nothing', async () => {
    const { dataDir, name } = await backedUpNewsroom()
    const lock = holdLock(dataDir)
    await lock.ready
    try {
      const before = await snapshotDir(dataDir)
      const { code, stderr } = midad('restore', name, '--yes', '--data-dir', dataDir)
      expect(code).toBe(2)
      expect(stderr).toContain(`is open in Midad (process ${lock.pid}). Close it`)
      expect(await snapshotDir(dataDir)).toEqual(before)
    } finally {
      await lock.release()
    }
  })

  it('names the backups there are when asked for one that does not exist', async () => {
    const { dataDir, name } = await backedUpNewsroom()
    const { code, stderr } = midad('restore', '1999-01-01', '--yes', '--data-dir', dataDir)
    expect(code).toBe(2)
    expect(stderr).toContain(`There is no backup "1999-01-01"`)
    expect(stderr).toContain(`it has ${name}`)
  })

  it('restores a backup folder into a new data directory without asking', async () => {
    const { dir, imported } = await backedUpNewsroom()
    const fresh = join(await tempDir(), 'new-machine')
    const { code, stderr } = midad('restore', dir, '--data-dir', fresh)
    expect(code, stderr).toBe(0)
    expect(await consistentIds(fresh)).toEqual([...sampleIds, imported].sort())
    expect(await readdir(fresh)).not.toContain('backups')
  })
})
