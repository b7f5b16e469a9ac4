import { describe, expect, it } from 'vitest'
import type { Doc } from '../../shared/articles/doc-schema'
import { failure, openBackend, value } from './fixtures/api'
import { steppingClock } from './fixtures/clock'
import { createTempDirs, snapshotDir } from './fixtures/data-dir'

const tempDir = createTempDirs()

const body = (text: string): Doc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

/** An article saved three times: revision 1, 2 and 3, each with a different body. */
async function threeRevisions() {
  const dataDir = await tempDir()
  const backend = await openBackend(dataDir, { now: steppingClock() })
  const v1 = await value(backend, 'articles.create', {
    title: 'الأول',
    slug: 'first',
    body: body('كَتَبَ المحرر ثلاث كلمات'),
  })
  const v2 = await value(backend, 'articles.save', {
    id: v1.id,
    baseRevision: 1,
    changes: { body: body('كتب المحرر خمس كلمات جديدة اليوم') },
  })
  const v3 = await value(backend, 'articles.save', {
    id: v1.id,
    baseRevision: 2,
    changes: { title: 'الثالث', status: 'published', slug: 'third' },
  })
  return { dataDir, backend, v1, v2, v3 }
}

describe('article history', () => {
  it('lists every save newest first, with its time, status and Arabic word count', async () => {
    const { backend, v1, v2, v3 } = await threeRevisions()
    expect(await value(backend, 'articles.history', { id: v1.id })).toEqual([
      {
        revision: 3,
        savedAt: v3.updatedAt,
        status: 'published',
        title: 'الثالث',
        words: 6,
        by: '',
      },
      { revision: 2, savedAt: v2.updatedAt, status: 'draft', title: 'الأول', words: 6, by: '' },
      { revision: 1, savedAt: v1.updatedAt, status: 'draft', title: 'الأول', words: 4, by: '' },
    ])
  })

  it('records who saved each revision, and so who moved it from status to status', async () => {
    const dataDir = await tempDir()
    const backend = await openBackend(dataDir, { now: steppingClock() })
    await value(backend, 'settings.update', { displayName: '  سارة الحسيني ' })
    const v1 = await value(backend, 'articles.create', { title: 'خبر' })
    expect(v1.savedBy).toBe('سارة الحسيني')
    await value(backend, 'settings.update', { displayName: 'Omar' })
    await value(backend, 'articles.save', {
      id: v1.id,
      baseRevision: 1,
      changes: { status: 'ready' },
    })
    // No name set: the revision records none, not the last saver's.
    await value(backend, 'settings.update', { displayName: '' })
    const v3 = await value(backend, 'articles.save', {
      id: v1.id,
      baseRevision: 2,
      changes: { status: 'published' },
    })
    expect(v3.savedBy).toBeUndefined()
    const history = await value(backend, 'articles.history', { id: v1.id })
    expect(history.map((r) => [r.revision, r.status, r.by])).toEqual([
      [3, 'published', ''],
      [2, 'ready', 'Omar'],
      [1, 'draft', 'سارة الحسيني'],
    ])
    // A caller cannot write the name itself.
    const forged = await failure(backend, 'articles.save', {
      id: v1.id,
      baseRevision: 3,
      changes: { savedBy: 'someone else' },
    })
    expect(forged.code).toBe('invalid_argument')
  })

  it('returns any kept revision exactly as it was saved', async () => {
    const { backend, v1, v2 } = await threeRevisions()
    expect(await value(backend, 'articles.revision', { id: v1.id, revision: 1 })).toEqual(v1)
    expect(await value(backend, 'articles.revision', { id: v1.id, revision: 2 })).toEqual(v2)
    const missing = await failure(backend, 'articles.revision', { id: v1.id, revision: 4 })
    expect(missing.code).toBe('not_found')
  })

  it('restores an old text as a new revision, keeping the status, the slug and every revision', async () => {
    const { backend, v1, v3 } = await threeRevisions()
    const restored = await value(backend, 'articles.restore', {
      id: v1.id,
      revision: 1,
      baseRevision: 3,
    })
    expect(restored).toMatchObject({
      revision: 4,
      title: v1.title,
      body: v1.body,
      status: 'published',
      slug: 'third',
    })
    expect(Date.parse(restored.updatedAt)).toBeGreaterThan(Date.parse(v3.updatedAt))
    expect(await value(backend, 'articles.get', { id: v1.id })).toEqual(restored)
    const history = await value(backend, 'articles.history', { id: v1.id })
    expect(history.map((h) => h.revision)).toEqual([4, 3, 2, 1])
    expect(await value(backend, 'articles.revision', { id: v1.id, revision: 3 })).toEqual(v3)
  })

  it('restores the featured image with the text it was chosen for', async () => {
    const backend = await openBackend(await tempDir(), { now: steppingClock() })
    const picture = { src: `media/${'a'.repeat(64)}.png`, alt: 'سد على النهر' }
    const v1 = await value(backend, 'articles.create', { title: 'سد', featuredImage: picture })
    await value(backend, 'articles.save', {
      id: v1.id,
      baseRevision: 1,
      changes: { featuredImage: null },
    })
    const restored = await value(backend, 'articles.restore', {
      id: v1.id,
      revision: 1,
      baseRevision: 2,
    })
    expect(restored.featuredImage).toEqual(picture)
  })

  it('refuses a restore based on a stale revision and changes nothing on disk', async () => {
    const { dataDir, backend, v1 } = await threeRevisions()
    const before = await snapshotDir(dataDir)
    const stale = await failure(backend, 'articles.restore', {
      id: v1.id,
      revision: 1,
      baseRevision: 2,
    })
    expect(stale).toMatchObject({ code: 'conflict', details: { currentRevision: 3 } })
    const missing = await failure(backend, 'articles.restore', {
      id: v1.id,
      revision: 9,
      baseRevision: 3,
    })
    expect(missing.code).toBe('not_found')
    const invalid = await failure(backend, 'articles.restore', { id: '../x', revision: 1 })
    expect(invalid.code).toBe('invalid_argument')
    expect(await snapshotDir(dataDir)).toEqual(before)
  })

  it('keeps the history of a seeded sample article', async () => {
    const backend = await openBackend(await tempDir())
    const sample = await value(backend, 'articles.get', { id: 'sample-water' })
    const history = await value(backend, 'articles.history', { id: 'sample-water' })
    expect(history[0]).toMatchObject({ revision: sample.revision, savedAt: sample.updatedAt })
    expect(history[0]?.words).toBeGreaterThan(100)
  })
})
