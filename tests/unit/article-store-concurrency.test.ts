import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../electron/api/dispatch'
import { failure, openBackend, value } from './fixtures/api'
import { createTempDirs, sampleArticles, sampleIds } from './fixtures/data-dir'

const tempDir = createTempDirs()

describe('simultaneous calls', () => {
  it('lets exactly one of two saves from the same revision win', async () => {
    const backend = await openBackend(await tempDir())
    const base = await value(backend, 'articles.get', { id: 'sample-league-final' })
    const save = (title: string) =>
      dispatch(backend, 'articles.save', {
        id: base.id,
        baseRevision: base.revision,
        changes: { title },
      })
    const results = await Promise.all([save('النافذة أ'), save('النافذة ب')])
    const won = results.filter((r) => r.ok)
    const lost = results.flatMap((r) => (r.ok ? [] : [r.error]))
    expect(won).toHaveLength(1)
    expect(lost.map((e) => e.code)).toEqual(['conflict'])
    expect(lost[0]?.details?.currentRevision).toBe(base.revision + 1)
    const stored = await value(backend, 'articles.get', { id: base.id })
    expect(stored.revision).toBe(base.revision + 1)
    expect(won[0]?.ok && won[0].value).toEqual(stored)
  })

  it('keeps every one of many simultaneous creates, in the files and in the reopened index', async () => {
    const dataDir = await tempDir()
    const backend = await openBackend(dataDir)
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        value(backend, 'articles.create', { title: `خبر ${i}` }),
      ),
    )
    const expected = [...sampleIds, ...created.map((a) => a.id)].sort()
    const files = (await readdir(join(dataDir, 'articles'))).filter((f) => !f.startsWith('.'))
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(expected)
    const reopened = await openBackend(dataDir)
    expect((await value(reopened, 'articles.list', {})).map((a) => a.id).sort()).toEqual(expected)
  })

  it('does not let a delete and a save of the same revision both succeed', async () => {
    const backend = await openBackend(await tempDir())
    const base = await value(backend, 'articles.get', { id: 'sample-economy' })
    const [saved, deleted] = await Promise.all([
      dispatch(backend, 'articles.save', {
        id: base.id,
        baseRevision: base.revision,
        changes: { title: 'تعديل' },
      }),
      dispatch(backend, 'articles.delete', { id: base.id, baseRevision: base.revision }),
    ])
    expect([saved.ok, deleted.ok].filter(Boolean)).toHaveLength(1)
    const after = await dispatch(backend, 'articles.get', { id: base.id })
    expect(after.ok).toBe(saved.ok)
  })
})

describe('ordering by time', () => {
  it('lists newest first by instant, also for dates written with a UTC offset', async () => {
    // A folder of articles from elsewhere (no midad.json) is adopted as-is. The schema accepts
    // dates with an offset, so the order must compare instants, not strings.
    const template = sampleArticles[0]
    if (!template) throw new Error('no sample articles')
    const adopted = await tempDir()
    const articlesDir = join(adopted, 'articles')
    await mkdir(articlesDir)
    const write = (id: string, updatedAt: string) =>
      writeFile(
        join(articlesDir, `${id}.json`),
        JSON.stringify({ ...template, id, createdAt: updatedAt, updatedAt }),
      )
    // 10:00 in Baghdad (UTC+3) is 07:00 UTC: earlier than 08:00 UTC.
    await write('baghdad-morning', '2026-11-21T10:00:00+03:00')
    await write('utc-eight', '2026-11-21T08:00:00Z')
    const backend = await openBackend(adopted)
    expect((await failure(backend, 'articles.get', { id: 'sample-water' })).code).toBe('not_found')
    const ids = (await value(backend, 'articles.list', {})).map((a) => a.id)
    expect(ids).toEqual(['utc-eight', 'baghdad-morning'])
  })
})
