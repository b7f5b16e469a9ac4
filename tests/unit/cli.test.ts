import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ArticleId, ArticleSummary } from '../../shared/articles/article-schema'
import {
  createTempDirs,
  repoRoot,
  sampleArticles,
  sampleIds,
  snapshotDir,
} from './fixtures/data-dir'

const tempDir = createTempDirs()

/** An environment that can point at no real data directory: no MIDAD_DATA_DIR, a fake home. */
let env: NodeJS.ProcessEnv
let home = ''

/** Runs the real `midad` command as a user would, from the repository root. */
function midad(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/midad.mjs', ...args], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  })
  if (result.error) throw result.error
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(async () => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-needed'], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 180_000,
  })
  expect(build.status, build.stderr).toBe(0)
  const { MIDAD_DATA_DIR: _ignored, ...rest } = process.env
  home = await mkdtemp(join(tmpdir(), 'midad-cli-home-'))
  env = { ...rest, HOME: home, XDG_CONFIG_HOME: join(home, '.config') }
}, 200_000)

afterAll(async () => {
  if (home) await rm(home, { recursive: true, force: true })
})

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
        env,
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
