import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../electron/api/create-backend'
import { dispatch } from '../../electron/api/dispatch'
import { openBackend, value } from './fixtures/api'
import { createTempDirs, sampleDir, sampleIds, snapshotDir } from './fixtures/data-dir'

const tempDir = createTempDirs()
const articleFile = (dataDir: string, id: string) => join(dataDir, 'articles', `${id}.json`)

describe('atomic writes', () => {
  it('leaves no temp files behind after many saves', async () => {
    const dataDir = await tempDir()
    const backend = await openBackend(dataDir)
    let { revision } = await value(backend, 'articles.get', { id: 'sample-water' })
    for (let i = 0; i < 25; i++) {
      const saved = await value(backend, 'articles.save', {
        id: 'sample-water',
        baseRevision: revision,
        changes: { standfirst: `تحديث رقم ${i}` },
      })
      revision = saved.revision
    }
    const isTemp = (name: string) => name.startsWith('.') && name.endsWith('.tmp')
    expect((await readdir(join(dataDir, 'articles'))).filter(isTemp)).toEqual([])
    expect((await readdir(dataDir)).filter(isTemp)).toEqual([])
    expect((await readdir(join(dataDir, 'articles'))).sort()).toEqual(
      sampleIds.map((id) => `${id}.json`).sort(),
    )
  })

  it('replaces the article file by rename instead of rewriting it in place', async () => {
    const dataDir = await tempDir()
    const backend = await openBackend(dataDir)
    const file = articleFile(dataDir, 'sample-economy')
    const before = await stat(file)
    const { revision } = await value(backend, 'articles.get', { id: 'sample-economy' })
    await value(backend, 'articles.save', {
      id: 'sample-economy',
      baseRevision: revision,
      changes: { title: 'عنوان جديد' },
    })
    expect((await stat(file)).ino).not.toBe(before.ino)
    expect(JSON.parse(await readFile(file, 'utf8')).title).toBe('عنوان جديد')
  })

  it('writes only the saved article, its revision and one index journal line', async () => {
    const dataDir = await tempDir()
    const backend = await openBackend(dataDir)
    const others = sampleIds.filter((id) => id !== 'sample-book-fair')
    const mtimes = async () =>
      Promise.all(others.map(async (id) => (await stat(articleFile(dataDir, id))).mtimeMs))
    const before = await mtimes()
    const indexBefore = await stat(join(dataDir, 'index.json'))
    const savedBefore = await stat(articleFile(dataDir, 'sample-book-fair'))
    await sleep(50)
    const { revision } = await value(backend, 'articles.get', { id: 'sample-book-fair' })
    await value(backend, 'articles.save', {
      id: 'sample-book-fair',
      baseRevision: revision,
      changes: { category: 'أدب' },
    })
    expect(await mtimes()).toEqual(before)
    // The index is updated by one appended journal line, not by rewriting index.json.
    expect((await stat(join(dataDir, 'index.json'))).mtimeMs).toBe(indexBefore.mtimeMs)
    expect((await stat(join(dataDir, 'index.journal'))).size).toBeGreaterThan(0)
    const savedAfter = await stat(articleFile(dataDir, 'sample-book-fair'))
    expect(savedAfter.mtimeMs).toBeGreaterThan(savedBefore.mtimeMs)
  })
})

describe('invalid files on disk', () => {
  /** Breaks an article file the way a crash or a hand edit would, after one good save. */
  async function damaged(contents: (article: Record<string, unknown>) => string) {
    const dataDir = await tempDir()
    const backend = await openBackend(dataDir)
    const { revision } = await value(backend, 'articles.get', { id: 'sample-water' })
    const saved = await value(backend, 'articles.save', {
      id: 'sample-water',
      baseRevision: revision,
      changes: { title: 'العراق وسوريا: نسخة جيدة' },
    })
    const file = articleFile(dataDir, 'sample-water')
    const bad = contents(JSON.parse(await readFile(file, 'utf8')))
    await writeFile(file, bad)
    return { dataDir, backend, bad, saved }
  }

  it('moves a file that is not JSON to quarantine/, untouched, and restores the last good revision', async () => {
    const { dataDir, backend, bad, saved } = await damaged(() => '{"broken": ')
    const restored = await value(backend, 'articles.get', { id: 'sample-water' })
    expect(restored).toEqual(saved)
    const [notice] = (await value(backend, 'store.status', {})).recoveries
    expect(notice).toMatchObject({ id: 'sample-water', restoredRevision: saved.revision })
    expect(notice?.reason).toContain(join('articles', 'sample-water.json'))
    expect(await readFile(join(dataDir, notice?.quarantined ?? ''), 'utf8')).toBe(bad)
    expect(JSON.parse(await readFile(articleFile(dataDir, 'sample-water'), 'utf8'))).toEqual(saved)
  })

  it('does the same for a file that fails the schema, naming the bad field', async () => {
    const { dataDir, backend, bad, saved } = await damaged((a) =>
      JSON.stringify({ ...a, title: 42 }),
    )
    const reopened = await openBackend(dataDir)
    expect(await value(reopened, 'articles.get', { id: 'sample-water' })).toEqual(saved)
    const [notice] = (await value(reopened, 'store.status', {})).recoveries
    expect(notice?.reason).toContain('title')
    expect(await readFile(join(dataDir, notice?.quarantined ?? ''), 'utf8')).toBe(bad)
    expect(
      (await value(backend, 'articles.list', {})).find((a) => a.id === 'sample-water'),
    ).toBeDefined()
  })
})

describe('an article file whose id does not match its name', () => {
  it('is refused rather than used to overwrite another article', async () => {
    // E.g. an editor duplicates sample-water.json as water-copy.json in the file manager.
    const dataDir = await tempDir()
    const backend = await openBackend(dataDir)
    const original = articleFile(dataDir, 'sample-water')
    const copy = await readFile(original, 'utf8')
    await writeFile(articleFile(dataDir, 'water-copy'), copy)
    const { revision } = JSON.parse(copy)

    const got = await dispatch(backend, 'articles.get', { id: 'water-copy' })
    if (got.ok) expect((got.value as { id: string }).id).toBe('water-copy')
    else expect(got.error.code).toBe('invalid_data')

    await dispatch(backend, 'articles.save', {
      id: 'water-copy',
      baseRevision: revision,
      changes: { title: 'عنوان النسخة' },
    })
    expect(await readFile(original, 'utf8')).toBe(copy)
  })

  it('is "not found", not quarantined, when the names differ only in case', async () => {
    // On macOS and Windows, articles/SAMPLE-WATER.json opens sample-water.json: a healthy file
    // that must not be set aside because someone asked for an id in the wrong case.
    const dataDir = await tempDir()
    const backend = await openBackend(dataDir)
    await writeFile(
      articleFile(dataDir, 'SAMPLE-WATER'),
      await readFile(articleFile(dataDir, 'sample-water')),
    )
    const before = await snapshotDir(dataDir)
    const got = await dispatch(backend, 'articles.get', { id: 'SAMPLE-WATER' })
    expect(got).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await snapshotDir(dataDir)).toEqual(before)
  })
})

describe('opening a data directory', () => {
  it('rebuilds a missing index.json from the article files', async () => {
    const dataDir = await tempDir()
    const backend = await openBackend(dataDir)
    const extra = await value(backend, 'articles.create', { title: 'مقال إضافي' })
    await rm(join(dataDir, 'index.json'))

    const reopened = await openBackend(dataDir)
    const list = await value(reopened, 'articles.list', {})
    expect(list.map((a) => a.id).sort()).toEqual([...sampleIds, extra.id].sort())
    expect(list.find((a) => a.id === extra.id)?.title).toBe('مقال إضافي')
    const index = JSON.parse(await readFile(join(dataDir, 'index.json'), 'utf8'))
    expect(Object.keys(index.articles).sort()).toEqual([...sampleIds, extra.id].sort())
  })

  it('rebuilds a corrupt index.json (and ignores a torn journal line) from the article files', async () => {
    const dataDir = await tempDir()
    const backend = await openBackend(dataDir)
    const extra = await value(backend, 'articles.create', { title: 'مقال بعد التلف' })
    await writeFile(join(dataDir, 'index.json'), '{"articles": {"sample-wa')
    await writeFile(join(dataDir, 'index.journal'), '{"op":"put","summ', { flag: 'a' })

    const list = await value(await openBackend(dataDir), 'articles.list', {})
    expect(list.map((a) => a.id).sort()).toEqual([...sampleIds, extra.id].sort())
    expect(
      JSON.parse(await readFile(join(dataDir, 'index.json'), 'utf8')).articles[extra.id].title,
    ).toBe('مقال بعد التلف')
  })

  it('refuses a data directory written by a newer Midad, without touching it', async () => {
    const dataDir = await tempDir()
    await openBackend(dataDir)
    const meta = JSON.stringify({
      format: 'midad-data',
      schemaVersion: 99,
      createdAt: '2030-01-01T00:00:00.000Z',
    })
    await writeFile(join(dataDir, 'midad.json'), meta)
    await expect(createBackend({ dataDir, sampleDir })).rejects.toThrow(/newer/)
    expect(await readFile(join(dataDir, 'midad.json'), 'utf8')).toBe(meta)
  })
})
