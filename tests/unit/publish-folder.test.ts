import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../electron/api/create-backend'
import type { Backend } from '../../electron/api/dispatch'
import type { Article } from '../../shared/articles/article-schema'
import type { PublishJob } from '../../shared/publish/publish-job'
import { publishableFields, waitForJob } from '../support/publish-fixtures'
import { failure, value } from './fixtures/api'
import { createTempDirs, sampleDir } from './fixtures/data-dir'

const tempDir = createTempDirs()

/** A backend on a fresh data directory, with a folder target and the user's name set. */
async function newsroom() {
  const dataDir = await tempDir()
  const siteDir = join(await tempDir('midad-site-'), 'site')
  const opened = await createBackend({ dataDir, sampleDir, dailyBackup: false })
  const { backend } = opened
  await value(backend, 'settings.update', { displayName: 'ليلى' })
  const target = await value(backend, 'targets.add', {
    kind: 'folder',
    name: 'الموقع',
    dir: siteDir,
  })
  const call = (method: string, args: unknown) => value(backend, method as 'articles.get', args)
  return { dataDir, siteDir, opened, backend, target, call }
}

async function publishAndWait(
  backend: Backend,
  call: (m: string, a: unknown) => Promise<unknown>,
  args: Record<string, unknown>,
): Promise<PublishJob> {
  const job = await value(backend, 'publish.start', args)
  return waitForJob(call, job.articleId, job.id)
}

describe('publishing to a folder target', () => {
  it('writes the page, records the publication and the workflow step, and shows a correction', async () => {
    const { siteDir, opened, backend, target, call } = await newsroom()
    const article = await value(backend, 'articles.create', publishableFields())
    const done = await publishAndWait(backend, call, { id: article.id })
    expect(done.state).toBe('done')
    const page = join(siteDir, 'articles', 'مستشفى-الزرقاء.html')
    expect(done.result?.link).toBe(page)
    expect(await readFile(page, 'utf8')).toContain('افتتاح مستشفى جديد في الزرقاء')
    const published = await value(backend, 'articles.get', { id: article.id })
    expect(published.status).toBe('published')
    expect(published.publications).toEqual([
      expect.objectContaining({ targetId: target.id, state: 'published', link: page, by: 'ليلى' }),
    ])
    // The publication is of the revision that recorded it: nothing is left to update.
    expect(published.publications?.[0]?.revision).toBe(published.revision)
    expect(published.workflow?.at(-1)).toMatchObject({
      from: 'draft',
      to: 'published',
      by: 'ليلى',
      target: 'الموقع',
    })

    // Update published, with a correction note that ends the page.
    const edited = await value(backend, 'articles.save', {
      id: article.id,
      baseRevision: published.revision,
      changes: { title: 'افتتاح مستشفى الزرقاء الجديد' },
    })
    const update = await publishAndWait(backend, call, {
      id: article.id,
      correction: 'صُحّح عدد الأسرّة.',
    })
    expect(update.state).toBe('done')
    const html = await readFile(page, 'utf8')
    expect(html).toContain('افتتاح مستشفى الزرقاء الجديد')
    expect(html).toMatch(/<aside class="corrections"[^>]*>[\s\S]*صُحّح عدد الأسرّة\.[\s\S]*<\/aside>/)
    const corrected = await value(backend, 'articles.get', { id: article.id })
    expect(corrected.revision).toBe(edited.revision + 1)
    expect(corrected.corrections).toEqual([
      expect.objectContaining({ note: 'صُحّح عدد الأسرّة.', by: 'ليلى' }),
    ])

    // Unpublish takes the page off the site and the article back to draft.
    const off = await value(backend, 'publish.unpublish', { id: article.id })
    expect((await waitForJob(call, article.id, off.id)).state).toBe('done')
    expect(existsSync(page)).toBe(false)
    const unpublished = await value(backend, 'articles.get', { id: article.id })
    expect(unpublished.status).toBe('draft')
    expect(unpublished.publications?.[0]?.state).toBe('draft')
    expect(unpublished.workflow?.at(-1)).toMatchObject({ from: 'published', to: 'draft' })
    await opened.close()
  })

  it('keeps the other published articles in the folder site', async () => {
    const { siteDir, opened, backend, call } = await newsroom()
    const first = await value(backend, 'articles.create', publishableFields())
    const second = await value(
      backend,
      'articles.create',
      publishableFields({ title: 'خبر ثان', slug: 'خبر-ثان' }),
    )
    await publishAndWait(backend, call, { id: first.id })
    await publishAndWait(backend, call, { id: second.id })
    expect(existsSync(join(siteDir, 'articles', 'مستشفى-الزرقاء.html'))).toBe(true)
    expect(existsSync(join(siteDir, 'articles', 'خبر-ثان.html'))).toBe(true)
    const index = await readFile(join(siteDir, 'index.html'), 'utf8')
    expect(index).toContain('خبر ثان')
    expect(index).toContain('افتتاح مستشفى جديد في الزرقاء')
    // Only what was published to this folder is in it: not the sample newsroom's articles.
    expect((await readdir(join(siteDir, 'articles'))).sort()).toEqual(
      ['خبر-ثان.html', 'مستشفى-الزرقاء.html'].sort(),
    )
    await opened.close()
  })

  it('refuses an article that fails a blocking check, and changes nothing', async () => {
    const { opened, backend } = await newsroom()
    const article = await value(backend, 'articles.create', { title: 'قصير', slug: 'قصير' })
    const error = await failure(backend, 'publish.start', { id: article.id })
    expect(error.code).toBe('not_publishable')
    expect(error.details?.checks).toEqual(['words'])
    expect(await value(backend, 'publish.jobs', {})).toEqual([])
    const after = await value(backend, 'articles.get', { id: article.id })
    expect(after).toEqual(article)
    // Bad arguments are refused before anything runs.
    for (const args of [
      { id: article.id, schedule: 'tomorrow' },
      { id: article.id, targetId: 'NOT AN ID' },
      { id: article.id, correction: '' },
      { id: '../x' },
    ])
      expect((await failure(backend, 'publish.start', args)).code).toBe('invalid_argument')
    expect(await value(backend, 'publish.jobs', {})).toEqual([])
    await opened.close()
  })

  it('publishes a scheduled article at its time, and one missed while closed at the next start', async () => {
    const { dataDir, siteDir, opened, backend, call } = await newsroom()
    const soon = await value(backend, 'articles.create', publishableFields())
    const at = new Date(Date.now() + 1_500).toISOString()
    const queued = await value(backend, 'publish.start', { id: soon.id, schedule: at })
    expect(queued).toMatchObject({ state: 'queued', schedule: at, runAt: at })
    expect((await value(backend, 'articles.get', { id: soon.id })).status).toBe('scheduled')
    const done = await waitForJob(call, soon.id, queued.id)
    expect(done.state).toBe('done')
    expect(Date.parse(done.updatedAt)).toBeGreaterThanOrEqual(Date.parse(at))
    expect((await value(backend, 'articles.get', { id: soon.id })).status).toBe('published')

    // Scheduled, then Midad quits before the time: the job is on disk and runs at the next start.
    const missed = await value(
      backend,
      'articles.create',
      publishableFields({ title: 'خبر مؤجل', slug: 'خبر-مؤجل' }),
    )
    const later = await value(backend, 'publish.start', {
      id: missed.id,
      schedule: new Date(Date.now() + 800).toISOString(),
    })
    await opened.close()
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect(existsSync(join(siteDir, 'articles', 'خبر-مؤجل.html'))).toBe(false)
    const reopened = await createBackend({ dataDir, sampleDir, dailyBackup: false })
    const again = (m: string, a: unknown) => value(reopened.backend, m as 'articles.get', a)
    expect((await waitForJob(again, missed.id, later.id)).state).toBe('done')
    expect(existsSync(join(siteDir, 'articles', 'خبر-مؤجل.html'))).toBe(true)
    const article: Article = await value(reopened.backend, 'articles.get', { id: missed.id })
    expect(article.status).toBe('published')
    await reopened.close()
  })
})
