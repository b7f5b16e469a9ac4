import { randomUUID } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createBackend, type OpenBackend } from '../../electron/api/create-backend'
import { dispatch } from '../../electron/api/dispatch'
import {
  exportSite,
  type SiteExportOptions,
  type SiteSource,
} from '../../electron/export/site/export-site'
import { MANIFEST_FILE } from '../../electron/export/site/site-manifest'
import { dataLayout } from '../../electron/store/data-layout'
import { ApiError } from '../../shared/api/errors'
import type { Article } from '../../shared/articles/article-schema'
import {
  type ApiCaller,
  buildNewsroom,
  changedFiles,
  exportLeftovers,
  fileIdentities,
  RESERVED_TAG,
  runSiteJob,
  SHARED_TAG,
  siteFiles,
} from '../support/site-fixtures'
import { failure, value } from './fixtures/api'
import { setUpMidadCli } from './fixtures/cli'
import { steppingClock } from './fixtures/clock'
import { createTempDirs, sampleDir, snapshotDir } from './fixtures/data-dir'

/**
 * How a whole-site export behaves over time and at its edges: incremental re-exports, what it
 * keeps and removes, the folders it refuses, cancelling, the job API and `midad export --all`.
 */

const tempDir = createTempDirs()
const opened: OpenBackend[] = []
// Registered after the temp folders' cleanup, so it runs before it: close, then remove.
afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => o.close()))
})

const SETTINGS = {
  digits: 'arabic',
  siteTitle: 'أخبار الواحة',
  siteUrl: 'https://news.example/',
} as const
const delay = (ms: number) => new Promise((done) => setTimeout(done, ms))

/**
 * A fresh data directory (the sample newsroom plus the test newsroom, with `fillers` small
 * articles), a new folder to export into, and an exporter over the real store.
 */
async function newsroom(fillers = 6, options: { reservedTag?: boolean } = {}) {
  const dataDir = await tempDir('midad-site-data-')
  const backend = await createBackend({
    dataDir,
    sampleDir,
    dailyBackup: false,
    now: steppingClock(),
  })
  opened.push(backend)
  const call: ApiCaller = (name, args) => value(backend.backend, name, args)
  const room = await buildNewsroom(call, { fillers, ...options })
  const parent = await tempDir('midad-site-out-')
  const outDir = join(parent, 'site')
  const { mediaDir } = dataLayout(dataDir)
  const run = (extra: Partial<SiteExportOptions> = {}) =>
    exportSite({
      articles: backend.articles,
      dataDir,
      mediaDir,
      outDir,
      selection: 'all',
      settings: SETTINGS,
      timeZone: 'UTC',
      ...extra,
    })
  /** The latest revision of an article, for a save or delete on top of it. */
  const latest = (article: Article) => call('articles.get', { id: article.id })
  return { dataDir, backend, call, room, parent, outDir, run, latest }
}

/** The error a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (result) => expect.fail(`expected a failure, got ${JSON.stringify(result)}`),
    (error: unknown) => error,
  )
}

describe('re-exporting a site', () => {
  it('with nothing changed writes nothing: up to date, every file as it was, no staging folder', async () => {
    const { run, outDir, parent } = await newsroom()
    const first = await run()
    expect(first.upToDate).toBe(false)
    const files = await siteFiles(outDir)
    // Every file but the manifest counted as written.
    expect(first.written).toBe(files.length - 1)
    expect(first.rendered).toBe(first.articles)
    const before = await fileIdentities(outDir)
    const folder = (await stat(outDir)).ino

    const second = await run()
    expect(second).toMatchObject({
      upToDate: true,
      articles: first.articles,
      rendered: 0,
      written: 0,
      removed: 0,
      unchanged: first.written,
    })
    expect(changedFiles(before, await fileIdentities(outDir))).toEqual([])
    // Not even swapped for an identical copy.
    expect((await stat(outDir)).ino).toBe(folder)
    expect(await readdir(parent)).toEqual(['site'])
  })

  it('after one article is edited renders only it, and rewrites only the files that show it', async () => {
    const { run, outDir, parent, call, room, latest } = await newsroom()
    await run()
    const before = await fileIdentities(outDir)
    const edited = room.fillers[2] as Article
    const current = await latest(edited)
    await call('articles.save', {
      id: edited.id,
      baseRevision: current.revision,
      changes: { title: 'عنوان جديد بعد التحرير' },
    })

    const result = await run()
    expect(result).toMatchObject({ upToDate: false, rendered: 1, removed: 0 })
    const after = await fileIdentities(outDir)
    const changed = changedFiles(before, after)
    const page = `articles/${edited.slug}.html`
    expect(changed).toContain(page)
    expect(changed).toContain(MANIFEST_FILE)
    // Its page, and the lists, feed and sitemap that show its title or date; nothing else.
    const showIt = [
      page,
      MANIFEST_FILE,
      'index.html',
      'feed.xml',
      'sitemap.xml',
      `tags/${SHARED_TAG}.html`,
    ]
    expect(changed.filter((path) => !showIt.includes(path))).toEqual([])
    expect(result.written).toBe(changed.length - 1)
    expect(result.written + result.unchanged).toBe(after.size - 1)
    // The other pages were carried over by hard link: the very same files.
    const others = [...before.keys()].filter((p) => p.startsWith('articles/') && p !== page)
    expect(others.length).toBeGreaterThan(10)
    for (const path of others) expect(after.get(path)?.ino, path).toBe(before.get(path)?.ino)
    expect(await readFile(join(outDir, page), 'utf8')).toContain('عنوان جديد بعد التحرير')
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toContain('عنوان جديد بعد التحرير')
    expect(await exportLeftovers(outDir)).toEqual([])
    expect(await readdir(parent)).toEqual(['site'])
  })

  it('after an article is deleted removes its page and the tag page only it had', async () => {
    const { run, outDir, call, room, latest } = await newsroom()
    await run()
    const page = `articles/${room.mixed.slug}.html`
    const onlyTag = 'tags/لغات.html'
    expect(existsSync(join(outDir, page))).toBe(true)
    expect(existsSync(join(outDir, onlyTag))).toBe(true)
    const before = await fileIdentities(outDir)
    await call('articles.delete', {
      id: room.mixed.id,
      baseRevision: (await latest(room.mixed)).revision,
    })

    const result = await run()
    expect(result.rendered).toBe(0)
    expect(result.removed).toBeGreaterThanOrEqual(2)
    const pagesBefore = [...before.keys()].filter((p) => p.startsWith('articles/'))
    expect(result.articles).toBe(pagesBefore.length - 1)
    // The other pages were kept, not written again.
    for (const path of pagesBefore.filter((p) => p !== page))
      expect((await stat(join(outDir, path))).ino, path).toBe(before.get(path)?.ino)
    expect(existsSync(join(outDir, page))).toBe(false)
    expect(existsSync(join(outDir, onlyTag))).toBe(false)
    const index = await readFile(join(outDir, 'index.html'), 'utf8')
    expect(index).not.toContain(room.mixed.title)
    const manifest = JSON.parse(await readFile(join(outDir, MANIFEST_FILE), 'utf8'))
    expect(Object.keys(manifest.files)).not.toContain(page)
    expect(Object.keys(manifest.articles)).not.toContain(room.mixed.id)
  })

  it('keeps the files someone added to the site folder (a CNAME, a folder of their own)', async () => {
    const { run, outDir, call, room, latest } = await newsroom()
    await run()
    await writeFile(join(outDir, 'CNAME'), 'news.example\n')
    await mkdir(join(outDir, '.well-known'))
    await writeFile(
      join(outDir, '.well-known', 'security.txt'),
      'Contact: mailto:desk@example.com\n',
    )
    const added = ['.well-known/security.txt', 'CNAME']
    const expectKept = async () => {
      expect(await readFile(join(outDir, 'CNAME'), 'utf8')).toBe('news.example\n')
      expect(await readFile(join(outDir, '.well-known', 'security.txt'), 'utf8')).toContain(
        'Contact:',
      )
    }
    expect((await run()).upToDate).toBe(true)
    await expectKept()
    const edited = room.fillers[0] as Article
    await call('articles.save', {
      id: edited.id,
      baseRevision: (await latest(edited)).revision,
      changes: { standfirst: 'ملخص جديد' },
    })
    expect((await run()).rendered).toBe(1)
    await expectKept()
    await call('articles.delete', {
      id: edited.id,
      baseRevision: (await latest(edited)).revision,
    })
    expect((await run()).removed).toBeGreaterThanOrEqual(1)
    await expectKept()
    // Also when every page is rendered again (another site name).
    expect(
      (await run({ settings: { ...SETTINGS, siteTitle: 'اسم آخر' } })).rendered,
    ).toBeGreaterThan(10)
    await expectKept()
    // They are the user's, not Midad's: the manifest does not claim them.
    const manifest = JSON.parse(await readFile(join(outDir, MANIFEST_FILE), 'utf8'))
    for (const path of added) expect(Object.keys(manifest.files)).not.toContain(path)
  })
})

describe("a tag named like one of the site's own pages", () => {
  it(`("${RESERVED_TAG}") leaves the tag index in place, and a re-export finds the site up to date`, async () => {
    const { run, outDir } = await newsroom(2, { reservedTag: true })
    await run()
    const first = await readFile(join(outDir, 'tags', 'index.html'), 'utf8')
    expect(first).toContain('<h1>الوسوم</h1>')
    const again = await run()
    expect(await readFile(join(outDir, 'tags', 'index.html'), 'utf8')).toBe(first)
    expect(again).toMatchObject({ upToDate: true, written: 0 })
  })
})

describe('a folder the export must not write to', () => {
  it('is refused when it is not empty and not made by Midad, and left untouched', async () => {
    const { run } = await newsroom(1)
    const dir = await tempDir('midad-not-a-site-')
    await writeFile(join(dir, 'notes.txt'), 'not a site')
    await mkdir(join(dir, 'photos'))
    await writeFile(join(dir, 'photos', 'a.png'), 'png')
    const before = await snapshotDir(dir)
    const ids = await fileIdentities(dir)
    const error = await rejection(run({ outDir: dir }))
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'invalid_argument', details: { problem: 'not_empty' } })
    expect((error as Error).message).toMatch(/not empty and was not made by Midad/)
    expect(await snapshotDir(dir)).toEqual(before)
    expect(changedFiles(ids, await fileIdentities(dir))).toEqual([])
    expect(await exportLeftovers(dir)).toEqual([])
  })

  it('is refused inside the data directory, or holding it, and the data directory is left as it was', async () => {
    const { run, dataDir } = await newsroom(1)
    const before = await snapshotDir(dataDir)
    for (const outDir of [
      join(dataDir, 'site'),
      join(dataDir, 'media', 'site'),
      dataDir,
      dirname(dataDir),
    ]) {
      const error = await rejection(run({ outDir }))
      expect(error, outDir).toMatchObject({
        code: 'invalid_argument',
        details: { problem: 'inside_data' },
      })
      expect((error as Error).message, outDir).toMatch(/data directory/)
    }
    expect(await snapshotDir(dataDir)).toEqual(before)
  })

  it('is refused as a relative path, and nothing is made relative to the working folder', async () => {
    const { run } = await newsroom(1)
    const name = `midad-relative-site-${randomUUID()}`
    for (const outDir of [name, `./${name}`, `${name}/../${name}`]) {
      const error = await rejection(run({ outDir }))
      expect(error, outDir).toMatchObject({
        code: 'invalid_argument',
        details: { problem: 'relative_path' },
      })
      expect((error as Error).message).toMatch(/full path/)
    }
    expect(existsSync(resolve(name))).toBe(false)
  })

  const isRoot = process.getuid?.() === 0
  if (isRoot)
    console.info(
      'Skipped "an unwritable parent folder" test: running as root, which ignores file permissions.',
    )
  it.skipIf(isRoot)(
    'fails clearly when its parent cannot be written, and leaves nothing',
    async () => {
      const { run, call } = await newsroom(1)
      const parent = await tempDir('midad-read-only-')
      await chmod(parent, 0o555)
      try {
        const error = await rejection(run({ outDir: join(parent, 'site') }))
        expect((error as NodeJS.ErrnoException).code).toBe('EACCES')
        const job = await runSiteJob(call, { outDir: join(parent, 'site'), articles: 'all' })
        expect(job.state).toBe('failed')
        expect(job.error).toMatch(/could not be written to .*permission denied.*left as it was/)
        expect(job.problem).toBe('permission')
        expect(job.result).toBeNull()
        expect(await readdir(parent)).toEqual([])
      } finally {
        await chmod(parent, 0o755)
      }
    },
  )
})

describe('cancelling an export', () => {
  it('leaves the previous site byte for byte as it was, and no staging folder', async () => {
    const { run, outDir, parent } = await newsroom()
    await run()
    const before = await snapshotDir(outDir)
    const ids = await fileIdentities(outDir)
    const controller = new AbortController()
    let staged = false
    // Another site name, so every page would be rendered again: the cancel has work to undo.
    const attempt = run({
      settings: { ...SETTINGS, siteTitle: 'اسم جديد' },
      signal: controller.signal,
      onProgress: ({ phase, done }) => {
        if (phase !== 'articles' || done < 3 || controller.signal.aborted) return
        staged = readdirSync(parent).some((name) => name.includes('midad-staging'))
        controller.abort()
      },
    })
    const error = await rejection(attempt)
    expect((error as Error).name).toBe('AbortError')
    expect(staged, 'the new site was being staged when it was cancelled').toBe(true)
    expect(await snapshotDir(outDir)).toEqual(before)
    expect(changedFiles(ids, await fileIdentities(outDir))).toEqual([])
    expect(await readdir(parent)).toEqual(['site'])
    // Still so once anything that was under way has had time to finish.
    await delay(300)
    expect(await readdir(parent)).toEqual(['site'])
    expect(await snapshotDir(outDir)).toEqual(before)
  })

  it('leaves no staging folder behind even when articles were still being read at the cancel', async () => {
    const { backend, run, outDir, parent } = await newsroom()
    await run()
    const before = await snapshotDir(outDir)
    // The real store on a slow disk: reading the 2nd to 4th articles (those read alongside the
    // first) takes 200 ms, so they are still being read when the export is cancelled.
    const slow = new Set(
      backend.articles
        .list()
        .slice(1, 4)
        .map((a) => a.id),
    )
    const slowDisk: SiteSource = {
      list: (status) => backend.articles.list(status),
      get: async (id) => {
        if (slow.has(id)) await delay(200)
        return backend.articles.get(id)
      },
    }
    const controller = new AbortController()
    const error = await rejection(
      run({
        articles: slowDisk,
        settings: { ...SETTINGS, siteTitle: 'اسم جديد' },
        signal: controller.signal,
        onProgress: ({ phase, done }) => {
          if (phase === 'articles' && done >= 1) controller.abort()
        },
      }),
    )
    expect((error as Error).name).toBe('AbortError')
    // The reads that were under way end 200 ms later; whatever they lead to must not outlive
    // the cancelled export.
    await delay(500)
    expect(await readdir(parent)).toEqual(['site'])
    expect(await snapshotDir(outDir)).toEqual(before)
  })
})

describe('the site export job through the dispatcher', () => {
  it('refuses invalid calls and leaves the data directory as it was', async () => {
    const { backend, dataDir } = await newsroom(1)
    const site = join(await tempDir('midad-site-out-'), 'site')
    const before = await snapshotDir(dataDir)
    const cases: [string, unknown, string][] = [
      ['export.siteStart', { outDir: 'relative/site' }, 'invalid_argument'],
      ['export.siteStart', { outDir: site, articles: 'drafts' }, 'invalid_argument'],
      ['export.siteStart', { outDir: site, articles: 'all', extra: true }, 'invalid_argument'],
      ['export.siteStart', { outDir: '   ' }, 'invalid_argument'],
      ['export.siteStart', {}, 'invalid_argument'],
      ['export.siteStart', { outDir: join(dataDir, 'site') }, 'invalid_argument'],
      ['export.siteJob', { jobId: randomUUID() }, 'not_found'],
      ['export.siteJob', { jobId: '../../etc/passwd' }, 'invalid_argument'],
      ['export.siteJob', { jobId: randomUUID(), extra: 1 }, 'invalid_argument'],
      ['export.siteJob', {}, 'invalid_argument'],
      ['export.siteCancel', { jobId: randomUUID() }, 'not_found'],
    ]
    for (const [name, args, code] of cases)
      expect((await failure(backend.backend, name, args)).code, JSON.stringify(args)).toBe(code)
    expect(await snapshotDir(dataDir)).toEqual(before)
    expect(existsSync(site)).toBe(false)
    expect(existsSync(resolve('relative'))).toBe(false)
  })

  it('runs as a job: start, poll until done, and the result counts match the site on disk', async () => {
    const { backend, call, outDir } = await newsroom()
    const job = await runSiteJob(call, { outDir, articles: 'all' })
    expect(job).toMatchObject({ state: 'done', error: null })
    const result = job.result as NonNullable<typeof job.result>
    const all = backend.articles.list()
    const files = await siteFiles(outDir)
    const manifest = JSON.parse(await readFile(join(outDir, MANIFEST_FILE), 'utf8'))
    expect(result).toMatchObject({
      outDir,
      articles: all.length,
      rendered: all.length,
      written: files.length - 1,
      unchanged: 0,
      removed: 0,
      upToDate: false,
      // No address is set in this data directory.
      warnings: ['no_site_address'],
    })
    expect(files.filter((f) => f.startsWith('articles/'))).toHaveLength(all.length)
    expect(Object.keys(manifest.files).sort()).toEqual(files.filter((f) => f !== MANIFEST_FILE))
    expect(job.done).toBe(all.length)
    expect(job.total).toBe(all.length)
    // The folder is remembered for next time.
    expect((await call('export.siteDefaults', {})).outDir).toBe(outDir)

    // Published only, into the same folder: the others' pages go.
    const again = await runSiteJob(call, { outDir })
    const publishedCount = backend.articles.list('published').length
    expect(again.result).toMatchObject({ articles: publishedCount, rendered: 0, upToDate: false })
    expect(again.result?.removed).toBeGreaterThanOrEqual(all.length - publishedCount)
    const now = await siteFiles(outDir)
    expect(now.filter((f) => f.startsWith('articles/'))).toHaveLength(publishedCount)
    expect((again.result?.written ?? 0) + (again.result?.unchanged ?? 0)).toBe(now.length - 1)
  })

  it('refuses a second start while one is running, with conflict', async () => {
    const { backend, call, outDir, parent } = await newsroom(30)
    const first = await call('export.siteStart', { outDir, articles: 'all' })
    expect(first.state).toBe('running')
    const other = join(parent, 'other')
    const second = await failure(backend.backend, 'export.siteStart', {
      outDir: other,
      articles: 'all',
    })
    expect(second.code).toBe('conflict')
    let job = first
    while (job.state === 'running') {
      await delay(20)
      job = await call('export.siteJob', { jobId: first.jobId })
    }
    expect(job.state).toBe('done')
    expect(existsSync(other)).toBe(false)
    // Once it has ended, another may start.
    expect((await runSiteJob(call, { outDir: other, articles: 'all' })).state).toBe('done')
  })

  it('lets only one of two starts made at the same moment run; the other gets conflict', async () => {
    const { backend, call, parent } = await newsroom(30)
    const outDirs = [join(parent, 'one'), join(parent, 'two')]
    const envelopes = await Promise.all(
      outDirs.map((outDir) =>
        dispatch(backend.backend, 'export.siteStart', { outDir, articles: 'all' }),
      ),
    )
    const started = envelopes.filter((e) => e.ok)
    const refused = envelopes.flatMap((e) => (e.ok ? [] : [e.error.code]))
    // Wait for whatever did start, so the folders can be compared.
    for (const envelope of started) {
      let job = envelope.value as Awaited<ReturnType<typeof call<'export.siteJob'>>>
      while (job.state === 'running') {
        await delay(20)
        job = await call('export.siteJob', { jobId: job.jobId })
      }
    }
    expect(refused).toEqual(['conflict'])
    expect(started).toHaveLength(1)
    expect(outDirs.filter((dir) => existsSync(dir))).toHaveLength(1)
  })
})

describe('midad export --all', () => {
  const cli = setUpMidadCli('midad-site-cli-home-')
  let dataDir = ''
  let counts = { all: 0, published: 0 }
  beforeAll(async () => {
    dataDir = join(cli.home(), 'data')
    const backend = await createBackend({
      dataDir,
      sampleDir,
      dailyBackup: false,
      now: steppingClock(),
    })
    try {
      // Enough articles that the export lasts several of the command's progress polls.
      await buildNewsroom((name, args) => value(backend.backend, name, args), { fillers: 300 })
      counts = {
        all: backend.articles.list().length,
        published: backend.articles.list('published').length,
      }
    } finally {
      await backend.close()
    }
  }, 60_000)

  it('exports every article, with progress on stderr and a summary on stdout', () => {
    const out = join(cli.home(), 'site-all')
    const { code, stdout, stderr } = cli.run('export', '--all', '--out', out, '--data-dir', dataDir)
    expect(stderr).not.toMatch(/\n\s+at /)
    expect(code).toBe(0)
    const lines = stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      new RegExp(
        `^${regexText(out)}: ${counts.all} articles \\(${counts.all} rendered\\); \\d+ files written, 0 unchanged, 0 removed\\.$`,
      ),
    )
    expect(stderr).toMatch(new RegExp(`Exporting articles: \\d+/${counts.all}`))
    expect(stderr).toMatch(/midad: warning: no site address is set/)
    expect(readdirSync(join(out, 'articles'))).toHaveLength(counts.all)
  })

  it('--status published exports only the published articles; a second run is up to date', () => {
    const out = join(cli.home(), 'site-published')
    const args = ['export', '--all', '--out', out, '--status', 'published', '--data-dir', dataDir]
    const site = ['--site-url', 'https://news.example', '--site-title', 'أخبار الواحة']
    const first = cli.run(...args, ...site)
    expect(first.stderr).not.toMatch(/warning|\n\s+at /)
    expect(first.code).toBe(0)
    expect(first.stdout).toContain(
      `${out}: ${counts.published} articles (${counts.published} rendered)`,
    )
    const pages = readdirSync(join(out, 'articles'))
    expect(pages).toHaveLength(counts.published)
    expect(pages).not.toContain('draft-only.html')
    expect(pages).not.toContain('in-review-only.html')
    expect(counts.published).toBeLessThan(counts.all)

    const second = cli.run(...args)
    expect(second.code).toBe(0)
    expect(second.stdout.trim()).toBe(
      `${out}: up to date (${counts.published} articles); nothing was written.`,
    )
  })
})

/** Text made safe to put in a regular expression. */
const regexText = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
