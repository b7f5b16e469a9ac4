import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackend, type OpenBackend } from '../../electron/api/create-backend'
import type { Backend } from '../../electron/api/dispatch'
import { NEWS_PARAGRAPH, publishableFields, waitForJob } from '../support/publish-fixtures'
import { png } from '../support/test-images'
import {
  postCount,
  startWeb,
  stopWeb,
  type WordPressSite,
  wpGet,
  wpSend,
} from '../support/wordpress'
import { value } from './fixtures/api'
import { setUpMidadCli } from './fixtures/cli'
import { createTempDirs, sampleDir } from './fixtures/data-dir'
import { setUpWordPress } from './fixtures/wordpress-site'

/**
 * Publishing to a real WordPress (tests/wordpress/start.sh), through Midad's own API and CLI:
 * what WordPress holds is read back over its REST API, independently of Midad's client.
 */
const wordpress = setUpWordPress()

const tempDir = createTempDirs()
/** Data directories that outlive one test (the shared newsroom), removed at the end. */
const rooms: string[] = []
afterAll(() => Promise.all(rooms.map((dir) => rm(dir, { recursive: true, force: true }))))
const cli = setUpMidadCli('midad-publish-cli-')

interface WpPost {
  id: number
  status: string
  slug: string
  link: string
  date_gmt: string
  title: { raw: string }
  content: { raw: string; rendered: string }
  excerpt: { raw: string }
  categories: number[]
  tags: number[]
  featured_media: number
}
interface WpTerm {
  id: number
  name: string
}

/** A backend on a new data directory, with the test site as its target; quick retries. */
async function newsroom(dataDir?: string) {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'midad-wp-room-')))
  rooms.push(dir)
  const opened = await createBackend({
    dataDir: dir,
    sampleDir,
    dailyBackup: false,
    publishJobs: { backoff: { baseMs: 300, maxMs: 1_000 }, timeoutMs: 20_000 },
  })
  const call = (method: string, args: unknown) =>
    value(opened.backend, method as 'articles.get', args)
  return { dataDir: dir, opened, backend: opened.backend, call }
}

async function addSite(backend: Backend, s: WordPressSite, appPassword = s.appPassword) {
  return value(backend, 'targets.add', {
    kind: 'wordpress',
    name: 'الجريدة',
    url: s.url,
    user: s.user,
    appPassword,
  })
}

async function publish(backend: Backend, call: Parameters<typeof waitForJob>[0], args: object) {
  const job = await value(backend, 'publish.start', args)
  return waitForJob(call, job.articleId, job.id)
}

describe('publishing to a real WordPress', () => {
  let room: Awaited<ReturnType<typeof newsroom>>
  beforeAll(async () => {
    const site = wordpress.site()
    if (!site) return
    room = await newsroom()
    await value(room.backend, 'settings.update', { displayName: 'ليلى' })
    await addSite(room.backend, site)
  }, 60_000)
  afterAll(() => room?.opened.close())

  it('publishes an Arabic article: title, slug, content, excerpt, terms and the featured image', async (ctx) => {
    const site = wordpress.need(ctx)
    const { backend, call } = room
    const image = await value(backend, 'media.add', {
      fileName: 'صورة.png',
      dataBase64: png(8, 6, 1).toString('base64'),
    })
    const article = await value(
      backend,
      'articles.create',
      publishableFields({
        slug: 'زلزال-في-المغرب',
        title: 'زلزال بقوة ٥ درجات يضرب جنوب المغرب',
        featuredImage: { src: image.src, alt: 'مبنى متضرر في مراكش' },
      }),
    )
    const job = await publish(backend, call, { id: article.id })
    expect(job.error).toBeNull()
    expect(job.state).toBe('done')
    const stored = await value(backend, 'articles.get', { id: article.id })
    const record = stored.publications?.[0]
    expect(record).toMatchObject({ kind: 'wordpress', state: 'published', targetName: 'الجريدة' })
    expect(stored.status).toBe('published')

    const post = await wpGet<WpPost>(site, `wp/v2/posts/${record?.remoteId}?context=edit`)
    expect(post.status).toBe('publish')
    expect(post.title.raw).toBe('زلزال بقوة ٥ درجات يضرب جنوب المغرب')
    expect(decodeURIComponent(post.slug)).toBe('زلزال-في-المغرب')
    expect(post.content.raw).toContain(NEWS_PARAGRAPH)
    expect(post.excerpt.raw).toBe('وزارة الصحة تفتتح مستشفى جديداً في الزرقاء.')
    expect(post.link).toBe(record?.link)
    const categories = await Promise.all(
      post.categories.map((id) => wpGet<WpTerm>(site, `wp/v2/categories/${id}`)),
    )
    expect(categories.map((c) => c.name)).toEqual(['صحة'])
    const tags = await Promise.all(post.tags.map((id) => wpGet<WpTerm>(site, `wp/v2/tags/${id}`)))
    expect(tags.map((t) => t.name).sort()).toEqual(['الأردن', 'مستشفيات'].sort())
    const media = await wpGet<{ alt_text: string; mime_type: string }>(
      site,
      `wp/v2/media/${post.featured_media}?context=edit`,
    )
    expect(media).toMatchObject({ alt_text: 'مبنى متضرر في مراكش', mime_type: 'image/png' })
    // The public page is there, with the title.
    const page = await (await fetch(post.link)).text()
    expect(page).toContain('زلزال بقوة ٥ درجات يضرب جنوب المغرب')
  })

  it('updates the same post, never a duplicate, with the correction note on the page', async (ctx) => {
    const site = wordpress.need(ctx)
    const { backend, call } = room
    const article = await value(backend, 'articles.create', publishableFields({ slug: 'تحديث' }))
    const first = await publish(backend, call, { id: article.id })
    const before = await postCount(site)
    const published = await value(backend, 'articles.get', { id: article.id })
    await value(backend, 'articles.save', {
      id: article.id,
      baseRevision: published.revision,
      changes: { title: 'افتتاح مستشفى الزرقاء: الموعد الجديد' },
    })
    const update = await publish(backend, call, {
      id: article.id,
      correction: 'صُحّح موعد الافتتاح.',
    })
    expect(update.state).toBe('done')
    expect(update.result?.remoteId).toBe(first.result?.remoteId)
    expect(await postCount(site)).toBe(before)
    const post = await wpGet<WpPost>(site, `wp/v2/posts/${first.result?.remoteId}?context=edit`)
    expect(post.title.raw).toBe('افتتاح مستشفى الزرقاء: الموعد الجديد')
    const page = await (await fetch(post.link)).text()
    expect(page).toContain('صُحّح موعد الافتتاح.')
    expect(page).toContain('افتتاح مستشفى الزرقاء: الموعد الجديد')
  })

  it('schedules a post for later, then unpublishes it back to draft', async (ctx) => {
    const site = wordpress.need(ctx)
    const { backend, call } = room
    const article = await value(backend, 'articles.create', publishableFields({ slug: 'لاحقاً' }))
    const when = new Date(Date.now() + 3_600_000)
    when.setUTCMilliseconds(0)
    const job = await publish(backend, call, { id: article.id, schedule: when.toISOString() })
    expect(job.state).toBe('done')
    const post = await wpGet<WpPost>(site, `wp/v2/posts/${job.result?.remoteId}?context=edit`)
    expect(post.status).toBe('future')
    expect(new Date(`${post.date_gmt}Z`).toISOString()).toBe(when.toISOString())
    const scheduled = await value(backend, 'articles.get', { id: article.id })
    expect(scheduled.status).toBe('scheduled')
    expect(scheduled.publications?.[0]).toMatchObject({
      state: 'scheduled',
      scheduledFor: when.toISOString(),
    })

    // Once the time has passed, Midad asks WordPress, and marks it published when WordPress has.
    const later = new Date(when.getTime() + 60_000)
    expect(await room.opened.publishing.watch.check(later)).toEqual([])
    expect((await value(backend, 'articles.get', { id: article.id })).status).toBe('scheduled')
    // What WordPress's own cron does when the time comes (publish it now), done by hand.
    await wpSend(site, `wp/v2/posts/${job.result?.remoteId}`, {
      status: 'publish',
      date_gmt: new Date().toISOString().slice(0, 19),
    })
    expect(await room.opened.publishing.watch.check(later)).toEqual([article.id])
    const live = await value(backend, 'articles.get', { id: article.id })
    expect(live.status).toBe('published')
    expect(live.publications?.[0]?.state).toBe('published')

    const off = await value(backend, 'publish.unpublish', { id: article.id })
    expect((await waitForJob(call, article.id, off.id)).state).toBe('done')
    const draft = await wpGet<WpPost>(site, `wp/v2/posts/${job.result?.remoteId}?context=edit`)
    expect(draft.status).toBe('draft')
    const back = await value(backend, 'articles.get', { id: article.id })
    expect(back.status).toBe('draft')
    expect(back.workflow?.map((s) => s.to)).toEqual(['scheduled', 'published', 'draft'])
  })

  it("fails with WordPress's own error on a wrong password, and leaves the article as it was", async (ctx) => {
    const site = wordpress.need(ctx)
    const other = await newsroom()
    await addSite(other.backend, site, 'wrong password here')
    const article = await value(other.backend, 'articles.create', publishableFields())
    const job = await publish(other.backend, other.call, { id: article.id })
    expect(job.state).toBe('failed')
    expect(job.error?.status).toBe(401)
    expect(job.error?.code).toMatch(/^(incorrect_password|rest_not_logged_in|invalid_username)$/)
    expect(job.error?.message.length).toBeGreaterThan(10)
    expect(await value(other.backend, 'articles.get', { id: article.id })).toEqual(article)
    await other.opened.close()
  })

  it('waits while the site is down, survives a restart, and publishes once it is back', async (ctx) => {
    const s = wordpress.need(ctx)
    const down = await newsroom()
    await addSite(down.backend, s)
    const article = await value(
      down.backend,
      'articles.create',
      publishableFields({ slug: 'انتظار' }),
    )
    await stopWeb(s)
    let restarted: OpenBackend | undefined
    try {
      const queued = await value(down.backend, 'publish.start', { id: article.id })
      const waiting = await waitForJob(down.call, article.id, queued.id, ['waiting', 'failed'])
      expect(waiting.state).toBe('waiting')
      expect(waiting.error?.code).toBe('unreachable')
      await down.opened.close()
      await startWeb(s)
      restarted = (await newsroom(down.dataDir)).opened
      const again = (m: string, a: unknown) =>
        value((restarted as OpenBackend).backend, m as 'articles.get', a)
      const done = await waitForJob(again, article.id, queued.id, ['done', 'failed'])
      expect(done.state).toBe('done')
      expect(done.attempts).toBeGreaterThanOrEqual(2)
      const post = await wpGet<WpPost>(s, `wp/v2/posts/${done.result?.remoteId}?context=edit`)
      expect(post.status).toBe('publish')
    } finally {
      await startWeb(s).catch(() => undefined)
      await restarted?.close()
    }
  }, 120_000)
})

describe('midad target add / publish (CLI) against a real WordPress', () => {
  it('adds the site, publishes an article and prints its link; a wrong password exits 2', async (ctx) => {
    const site = wordpress.need(ctx)
    const dataDir = await tempDir()
    const seeded = await newsroom(dataDir)
    const article = await value(
      seeded.backend,
      'articles.create',
      publishableFields({ slug: 'سطر-الأوامر' }),
    )
    await seeded.opened.close()
    const add = cli.run(
      'target',
      'add',
      'wordpress',
      '--name',
      'الجريدة',
      '--url',
      site.url,
      '--user',
      site.user,
      '--app-password',
      site.appPassword,
      '--data-dir',
      dataDir,
    )
    expect(add.code, add.stderr).toBe(0)
    expect(add.stderr).toMatch(/unencrypted/)
    const list = cli.run('target', 'list', '--data-dir', dataDir)
    expect(list.stdout).toContain(`wordpress\tالجريدة\t${site.url} (${site.user})`)
    expect(list.stdout).not.toContain(site.appPassword)
    const published = cli.run('publish', article.id, '--target', 'الجريدة', '--data-dir', dataDir)
    expect(published.code, published.stderr).toBe(0)
    const link = published.stdout.trim()
    expect(decodeURIComponent(link)).toContain('سطر-الأوامر')
    expect(await (await fetch(link)).text()).toContain('افتتاح مستشفى جديد في الزرقاء')

    const wrong = cli.run(
      'target',
      'add',
      'wordpress',
      '--name',
      'خطأ',
      '--url',
      site.url,
      '--user',
      site.user,
      '--app-password',
      'nope nope nope',
      '--data-dir',
      dataDir,
    )
    expect(wrong.code).toBe(0)
    const refused = cli.run('publish', article.id, '--target', 'خطأ', '--data-dir', dataDir)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/HTTP 401/)
    const off = cli.run('unpublish', article.id, '--target', 'الجريدة', '--data-dir', dataDir)
    expect(off.code, off.stderr).toBe(0)
  }, 120_000)
})
