import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { beforeAll, describe, expect, it } from 'vitest'
import { WordPressClient } from '../../electron/publish/wordpress/wordpress-client'
import { WordPressError } from '../../electron/publish/wordpress/wordpress-error'
import {
  publishPost,
  unpublishPost,
  type WordPressPost,
} from '../../electron/publish/wordpress/wordpress-publish'
import { png } from '../support/test-images'
import {
  postCount,
  startWeb,
  stopWeb,
  type WordPressSite,
  wpGet,
  wpSend,
} from '../support/wordpress'
import { setUpWordPress } from './fixtures/wordpress-site'

/** The Midad client against a real WordPress (tests/wordpress/start.sh), in Arabic. */

const wordpress = setUpWordPress()
let client: WordPressClient

beforeAll(() => {
  const site = wordpress.site()
  if (site)
    client = new WordPressClient({ url: site.url, user: site.user, appPassword: site.appPassword })
})

/** The running site, or the test is reported skipped with the reason. */
const { need } = wordpress

/** Rejects with a WordPressError, which it gives back for the test to look at. */
async function failure(promise: Promise<unknown>): Promise<WordPressError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(WordPressError)
  return error as WordPressError
}

const mediaCount = async (site: WordPressSite) =>
  (await wpGet<unknown[]>(site, 'wp/v2/media?per_page=100&_fields=id')).length

interface RestPost {
  id: number
  status: string
  slug: string
  link: string
  date_gmt: string
  featured_media: number
  title: { raw: string; rendered: string }
  content: { raw: string; rendered: string }
  excerpt: { raw: string }
  categories: number[]
  tags: number[]
}
interface RestTerm {
  id: number
  name: string
}

const readPost = (site: WordPressSite, id: number) =>
  wpGet<RestPost>(site, `wp/v2/posts/${id}?context=edit`)
const termNames = async (site: WordPressSite, taxonomy: string, ids: number[]) =>
  (await wpGet<RestTerm[]>(site, `wp/v2/${taxonomy}?include=${ids.join(',')}&per_page=100`))
    .map((term) => term.name)
    .sort()

const article = (overrides: Partial<WordPressPost> = {}): WordPressPost => ({
  title: 'زلزال بقوة 6 درجات يضرب جنوب المغرب',
  content:
    '<p>ضرب زلزال قوي مناطق في جنوب المغرب فجر اليوم، وفق ما أعلنه المعهد الوطني للجيوفيزياء.</p>' +
    '<p>وقالت وكالة <em>Reuters</em> إن فرق الإنقاذ وصلت إلى القرى المتضررة.</p>',
  excerpt: 'زلزال يضرب جنوب المغرب وفرق الإنقاذ في الطريق.',
  slug: 'زلزال-في-المغرب',
  status: 'publish',
  categories: ['أخبار'],
  tags: ['المغرب', 'زلازل'],
  ...overrides,
})

describe('WordPress client against a real WordPress', { timeout: 60_000 }, () => {
  it('tells who the Application Password belongs to', async (ctx) => {
    need(ctx)
    const me = await client.me()
    expect(me).toEqual({ id: 1, name: 'محرر مداد', slug: 'midad' })
  })

  it('reports a wrong password with WordPress’s code and 401, not to be retried', async (ctx) => {
    const wp = need(ctx)
    const wrong = new WordPressClient({ url: wp.url, user: wp.user, appPassword: 'abcd efgh ijkl' })
    const error = await failure(wrong.me())
    expect(['rest_not_logged_in', 'incorrect_password']).toContain(error.code)
    expect(error.status).toBe(401)
    expect(error.retryable).toBe(false)
    expect(error.message).not.toBe('')
  })
})

describe('publishing an Arabic article', { timeout: 60_000 }, () => {
  let postId = 0
  let existingTag = 0

  it('publishes title, Arabic slug, HTML, excerpt, a category and tags (one already there)', async (ctx) => {
    const wp = need(ctx)
    existingTag = (await wpSend(wp, 'wp/v2/tags', { name: 'المغرب' })).id
    // The tag as an editor typed it: another space, the same name.
    const published = await publishPost(client, article({ tags: [' المغرب', 'زلازل'] }))
    postId = published.id
    expect(published).toMatchObject({ status: 'publish', slug: 'زلزال-في-المغرب' })
    expect(published.recreated).toBeUndefined()
    expect(decodeURIComponent(published.link)).toBe(`${wp.url}زلزال-في-المغرب/`)

    const post = await readPost(wp, postId)
    expect(post.status).toBe('publish')
    expect(post.title.rendered).toBe('زلزال بقوة 6 درجات يضرب جنوب المغرب')
    expect(post.slug).toBe(encodeURIComponent('زلزال-في-المغرب').toLowerCase())
    expect(decodeURIComponent(post.slug)).toBe('زلزال-في-المغرب')
    const text = post.content.rendered.replace(/<[^>]+>/g, '')
    expect(text).toContain('ضرب زلزال قوي مناطق في جنوب المغرب')
    expect(text).toContain('Reuters')
    expect(post.content.raw).toContain('<em>Reuters</em>')
    expect(post.excerpt.raw).toBe('زلزال يضرب جنوب المغرب وفرق الإنقاذ في الطريق.')
    expect(await termNames(wp, 'categories', post.categories)).toEqual(['أخبار'])
    expect(await termNames(wp, 'tags', post.tags)).toEqual(['زلازل', 'المغرب'].sort())
    expect(post.tags).toContain(existingTag)
    // No second "المغرب" was made.
    const tags = await wpGet<RestTerm[]>(wp, `wp/v2/tags?search=${encodeURIComponent('المغرب')}`)
    expect(tags.map((t) => t.id)).toEqual([existingTag])
    // The page itself is there, at the Arabic address.
    const page = await fetch(published.link)
    expect(page.status).toBe(200)
  })

  it('republishing with the remote id updates the same post', async (ctx) => {
    const wp = need(ctx)
    const before = await postCount(wp)
    const again = await publishPost(client, article({ title: 'تحديث: زلزال جنوب المغرب' }), postId)
    expect(again.id).toBe(postId)
    expect(again.recreated).toBeUndefined()
    expect(await postCount(wp)).toBe(before)
    expect((await readPost(wp, postId)).title.raw).toBe('تحديث: زلزال جنوب المغرب')
  })

  it('makes a new post, and says so, when the remote one was deleted', async (ctx) => {
    const wp = need(ctx)
    const doomed = await publishPost(client, article({ slug: 'خبر-سيحذف', tags: [] }))
    await wpSend(wp, `wp/v2/posts/${doomed.id}?force=true`, {}, 'DELETE')
    const again = await publishPost(client, article({ slug: 'خبر-سيحذف', tags: [] }), doomed.id)
    expect(again.recreated).toBe(true)
    expect(again.id).not.toBe(doomed.id)
    expect(again.slug).toBe('خبر-سيحذف')
    expect((await readPost(wp, again.id)).status).toBe('publish')
  })

  it('schedules a post an hour ahead, then publishes it now', async (ctx) => {
    const wp = need(ctx)
    const at = new Date(Date.now() + 3_600_000)
    at.setUTCMilliseconds(0)
    // Given with an offset (Morocco, +01:00): WordPress gets the same instant in UTC.
    const local = new Date(at.getTime() + 3_600_000).toISOString().replace('Z', '+01:00')
    const scheduled = await publishPost(
      client,
      article({ slug: 'خبر-مجدول', status: 'future', date: local }),
    )
    expect(scheduled.status).toBe('future')
    const post = await readPost(wp, scheduled.id)
    expect(post.status).toBe('future')
    expect(post.date_gmt).toBe(at.toISOString().slice(0, 19))

    const now = await publishPost(client, article({ slug: 'خبر-مجدول' }), scheduled.id)
    expect(now).toMatchObject({ id: scheduled.id, status: 'publish' })
    expect(new Date(`${(await readPost(wp, now.id)).date_gmt}Z`).getTime()).toBeLessThan(
      at.getTime(),
    )
  })

  it('unpublishing makes the post a draft', async (ctx) => {
    const wp = need(ctx)
    const draft = await unpublishPost(client, postId)
    expect(draft).toMatchObject({ id: postId, status: 'draft' })
    expect((await readPost(wp, postId)).status).toBe('draft')
    const page = await fetch(`${wp.url}زلزال-في-المغرب/`, { redirect: 'manual' })
    expect(page.status).toBe(404)
  })

  it('uploads a featured image once, with its alt text, and reuses it', async (ctx) => {
    const wp = need(ctx)
    const image = {
      bytes: png(8, 6, 7),
      fileName: 'صورة الزلزال.png',
      mime: 'image/png',
      alt: 'منازل مهدمة في قرية جبلية',
    }
    const before = await mediaCount(wp)
    const first = await publishPost(client, article({ slug: 'خبر-بصورة', featuredImage: image }))
    expect(await mediaCount(wp)).toBe(before + 1)
    const post = await readPost(wp, first.id)
    expect(post.featured_media).toBeGreaterThan(0)
    const media = await wpGet<{ alt_text: string; source_url: string; mime_type: string }>(
      wp,
      `wp/v2/media/${post.featured_media}`,
    )
    expect(media.alt_text).toBe('منازل مهدمة في قرية جبلية')
    expect(media.mime_type).toBe('image/png')
    const served = await fetch(media.source_url)
    expect(Buffer.from(await served.arrayBuffer()).equals(image.bytes)).toBe(true)

    const again = await publishPost(
      client,
      article({ slug: 'خبر-بصورة', featuredImage: { ...image, alt: 'منازل مهدمة' } }),
      first.id,
    )
    expect(again.id).toBe(first.id)
    expect(await mediaCount(wp)).toBe(before + 1)
    expect((await readPost(wp, first.id)).featured_media).toBe(post.featured_media)
    const reused = await wpGet<{ alt_text: string }>(wp, `wp/v2/media/${post.featured_media}`)
    expect(reused.alt_text).toBe('منازل مهدمة')

    await publishPost(client, article({ slug: 'خبر-بصورة', featuredImage: null }), first.id)
    expect((await readPost(wp, first.id)).featured_media).toBe(0)
  })
})

describe('categories and tags by name', { timeout: 60_000 }, () => {
  it('finds a term again whatever form its name is typed in, and makes each only once', async (ctx) => {
    need(ctx)
    const [culture, emirates] = await client.termIds('tags', ['Sports & Culture', 'الإمارات'])
    // WordPress stores "Sports &amp; Culture" (its search misses it: term_exists gives the id);
    // the hamza of "أ" may come decomposed from some keyboards.
    const again = await client.termIds('tags', [
      ' sports & culture ',
      'الإمارات'.normalize('NFD'),
      'Sports & Culture',
      '',
    ])
    expect(again).toEqual([culture, emirates])
    const [news] = await client.termIds('categories', ['أخبار'])
    expect(await client.termIds('categories', ['أخبار'.normalize('NFD')])).toEqual([news])
  })
})

describe('when the site is not there, or not WordPress', { timeout: 60_000 }, () => {
  it('a stopped web server is a retryable "unreachable"; the same call works once it is back', async (ctx) => {
    const wp = need(ctx)
    await stopWeb(wp)
    try {
      const error = await failure(client.me())
      expect(error.code).toBe('unreachable')
      expect(error.retryable).toBe(true)
      expect(error.status).toBeUndefined()
    } finally {
      await startWeb(wp)
    }
    expect((await client.me()).slug).toBe('midad')
  })

  it('an address that answers HTML is "not_wordpress", not retried', async (ctx) => {
    need(ctx)
    const server: Server = createServer((_, res) => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
      res.end('<!doctype html><title>Not found</title><h1>Not found</h1>')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const other = new WordPressClient({
        url: `http://127.0.0.1:${port}/`,
        user: 'a',
        appPassword: 'b',
      })
      const error = await failure(other.me())
      expect(error.code).toBe('not_wordpress')
      expect(error.retryable).toBe(false)
      expect(error.message).toMatch(/WordPress REST API/)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('a slow site times out as "unreachable"', async (ctx) => {
    need(ctx)
    const server: Server = createServer(() => {}) // never answers
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const slow = new WordPressClient({
        url: `http://127.0.0.1:${port}`,
        user: 'a',
        appPassword: 'b',
        timeoutMs: 300,
      })
      const error = await failure(slow.me())
      expect(error).toMatchObject({ code: 'unreachable', retryable: true })
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('falls back to ?rest_route= where wp-json/ is an HTML 404 (no pretty permalinks)', async (ctx) => {
    const wp = need(ctx)
    // Under a path WordPress has no page for, wp-json/ is its HTML 404, as on a site without
    // pretty permalinks, while ?rest_route= still reaches the REST API.
    const plain = await fetch(new URL('no-such-page/wp-json/wp/v2/users/me', wp.url))
    expect(plain.headers.get('content-type')).toMatch(/text\/html/)
    const fallback = new WordPressClient({
      url: `${wp.url}no-such-page/`,
      user: wp.user,
      appPassword: wp.appPassword,
    })
    expect((await fallback.me()).slug).toBe('midad')
    expect(await fallback.getPost(999_999)).toBeNull()
  })
})
