import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createBackend } from '../../electron/api/create-backend'
import { MAX_RECENT } from '../../shared/recent/recent-contract'
import { failure, openBackend, value } from './fixtures/api'
import { createTempDirs, sampleDir, sampleIds } from './fixtures/data-dir'

const tempDir = createTempDirs()

describe('File › Open recent (recent.*)', () => {
  test('lists opened articles newest first, each once, with the title as it is now', async () => {
    const dir = await tempDir()
    const backend = await openBackend(dir)
    const [a, b, c] = sampleIds as [string, string, string]
    await value(backend, 'recent.opened', { id: a })
    await value(backend, 'recent.opened', { id: b })
    await value(backend, 'recent.opened', { id: c })
    const list = await value(backend, 'recent.opened', { id: a })
    expect(list.map((entry) => entry.id)).toEqual([a, c, b])

    const article = await value(backend, 'articles.get', { id: c })
    await value(backend, 'articles.save', {
      id: c,
      baseRevision: article.revision,
      changes: { title: 'عنوان جديد بعد التعديل' },
    })
    const again = await value(backend, 'recent.list', {})
    expect(again.find((entry) => entry.id === c)?.title).toBe('عنوان جديد بعد التعديل')
  })

  test('survives a restart, drops deleted articles, and keeps at most ten', async () => {
    const dir = await tempDir()
    const first = await createBackend({ dataDir: dir, sampleDir })
    const made: string[] = []
    for (let i = 0; i < MAX_RECENT + 2; i++) {
      const article = await value(first.backend, 'articles.create', { title: `مقال ${i}` })
      made.push(article.id)
      await value(first.backend, 'recent.opened', { id: article.id })
    }
    const gone = made.at(-1) as string
    const article = await value(first.backend, 'articles.get', { id: gone })
    await value(first.backend, 'articles.delete', { id: gone, baseRevision: article.revision })
    await first.close()

    const second = await createBackend({ dataDir: dir, sampleDir })
    const list = await value(second.backend, 'recent.list', {})
    expect(list).toHaveLength(MAX_RECENT)
    expect(list.map((entry) => entry.id)).toEqual(made.slice(1, -1).reverse())
    expect(await value(second.backend, 'recent.clear', {})).toEqual([])
    expect(JSON.parse(await readFile(join(dir, 'recent.json'), 'utf8'))).toEqual({ ids: [] })
    await second.close()
  })

  test('an unknown article or a bad id is refused and recent.json is left as it was', async () => {
    const dir = await tempDir()
    const backend = await openBackend(dir)
    await value(backend, 'recent.opened', { id: sampleIds[0] })
    const before = await readFile(join(dir, 'recent.json'), 'utf8')
    expect((await failure(backend, 'recent.opened', { id: 'no-such-article' })).code).toBe(
      'not_found',
    )
    for (const args of [{}, { id: '../settings' }, { id: 7 }, { id: sampleIds[0], extra: 1 }]) {
      expect((await failure(backend, 'recent.opened', args)).code).toBe('invalid_argument')
    }
    expect(await readFile(join(dir, 'recent.json'), 'utf8')).toBe(before)
  })

  test('a damaged recent.json is reported by name and left on disk for the user', async () => {
    const dir = await tempDir()
    const backend = await openBackend(dir)
    const damaged = '{"ids": [42'
    await writeFile(join(dir, 'recent.json'), damaged)
    const error = await failure(backend, 'recent.list', {})
    expect(error.code).toBe('invalid_data')
    expect(error.message).toContain('recent.json')
    expect(await readFile(join(dir, 'recent.json'), 'utf8')).toBe(damaged)
    // The articles do not depend on it.
    expect((await value(backend, 'articles.list', {})).length).toBe(sampleIds.length)
  })
})
