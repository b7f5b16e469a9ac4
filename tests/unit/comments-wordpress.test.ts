import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createBackend } from '../../electron/api/create-backend'
import { type Backend, dispatch } from '../../electron/api/dispatch'
import { AuditLog } from '../../electron/comments/audit-log'
import { createCommentSync } from '../../electron/comments/sync/create-comment-sync'
import { addIds, hasId } from '../../electron/comments/sync/id-ranges'
import { SyncData } from '../../electron/comments/sync/sync-file'
import { plainBox } from '../../electron/publish/targets/secret-box'
import { TargetStore } from '../../electron/publish/targets/target-store'
import { dataLayout } from '../../electron/store/data-layout'
import type { Comment } from '../../shared/comments/comment-schema'
import { publishableFields, waitForJob } from '../support/publish-fixtures'
import { startWeb, stopWeb, type WordPressSite, wpGet, wpSend } from '../support/wordpress'
import { value } from './fixtures/api'
import { sampleDir } from './fixtures/data-dir'
import { setUpWordPress } from './fixtures/wordpress-site'

/**
 * Comment sync with a real WordPress (tests/wordpress/start.sh): comments are written on the site
 * as a reader would (anonymous REST comments, held) or as its admin, synced through Midad's API,
 * and what the site holds afterwards is read back over its REST API, independently of Midad's
 * client. Every test makes its own post and comments on the shared site.
 */
const wordpress = setUpWordPress()

const dirs: string[] = []
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))))

interface WpRemote {
  id: number
  post: number
  parent: number
  status: string
  date_gmt: string
  author_name: string
  content: { raw: string }
}

let serial = 0
/** A unique reader, so WordPress holds the comment ("comment author must have an approved one"). */
const reader = () => ({
  author_name: `قارئ ${++serial}`,
  author_email: `r${serial}-${Date.now()}@example.com`,
})

async function newPost(site: WordPressSite, title: string): Promise<number> {
  return (await wpSend(site, 'wp/v2/posts', { title, content: 'نص الخبر.', status: 'publish' })).id
}

/** A comment as an anonymous reader posts it: WordPress holds it. */
async function readerComment(
  site: WordPressSite,
  post: number,
  content: string,
): Promise<WpRemote> {
  const response = await fetch(new URL('wp-json/wp/v2/comments?context=view', site.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ post, content, ...reader() }),
  })
  const json = (await response.json()) as WpRemote
  if (!response.ok) throw new Error(`reader comment refused: ${JSON.stringify(json)}`)
  expect(json.status).toBe('hold')
  return json
}

/** A comment made by the site's admin, with any status and date. */
const siteComment = (site: WordPressSite, post: number, fields: Record<string, unknown>) =>
  wpSend<WpRemote>(site, 'wp/v2/comments?context=edit', { post, ...reader(), ...fields })

const remote = (site: WordPressSite, id: number) =>
  wpGet<WpRemote>(site, `wp/v2/comments/${id}?context=edit`)

/** A newsroom on its own data directory with the test site as its WordPress target. */
async function newsroom(
  site: WordPressSite,
  existing?: string,
  options: { intervalMs?: number } = {},
) {
  const dataDir = existing ?? (await mkdtemp(join(tmpdir(), 'midad-wp-comments-')))
  if (!existing) dirs.push(dataDir)
  const opened = await createBackend({
    dataDir,
    sampleDir,
    dailyBackup: false,
    publishJobs: false,
  })
  if (!existing) {
    await value(opened.backend, 'targets.add', {
      kind: 'wordpress',
      name: 'الجريدة',
      url: site.url,
      user: site.user,
      appPassword: site.appPassword,
    })
  }
  const layout = dataLayout(dataDir)
  const targets = await TargetStore.open(layout, plainBox)
  const targetId = targets.list()[0]?.id as string
  const sync = createCommentSync({
    layout,
    store: opened.comments.loaded().then((loaded) => loaded.store),
    service: opened.comments,
    audit: new AuditLog(layout),
    targets,
    articles: opened.articles,
    now: () => new Date(),
    moderator: () => 'ليلى',
    timeoutMs: 5_000,
    ...(options.intervalMs ? { intervalMs: options.intervalMs } : {}),
  })
  opened.comments.connectOutbox(sync.outbox)
  // The sync's handlers over the backend's stubs, as create-backend wires them.
  const backend = { ...opened.backend, ...sync.handlers } as Backend
  const call = <M extends Parameters<typeof value>[1]>(name: M, args: unknown) =>
    value(backend, name, args)
  const id = (remoteId: number) => `wp-${targetId}-${remoteId}`
  const get = (remoteId: number) => call('comments.get', { id: id(remoteId) }) as Promise<Comment>
  const idle = async () => (await sync.loaded()).idle()
  const close = async () => {
    await sync.stop()
    await opened.close()
  }
  return { dataDir, layout, backend, call, id, get, idle, close, targetId, opened, sync }
}

describe('comment sync with a real WordPress', () => {
  it('fetches incrementally: new comments once, the boundary second, and older held ones', async (ctx) => {
    const site = wordpress.need(ctx)
    const room = await newsroom(site)
    try {
      const post = await newPost(site, 'افتتاح معرض الكتاب')
      const held = await readerComment(site, post, 'متى يفتح المعرض؟')
      const approved = await siteComment(site, post, {
        content: 'شكرًا على التغطية',
        status: 'approved',
      })
      const reply = await siteComment(site, post, {
        content: 'العفو',
        status: 'approved',
        parent: approved.id,
      })

      const first = await room.call('comments.sync', {})
      expect(first.states).toHaveLength(1)
      expect(first.states[0]).toMatchObject({ name: 'الجريدة', error: null, queued: 0 })
      expect(first.fetched).toBeGreaterThanOrEqual(3)

      const heldHere = await room.get(held.id)
      expect(heldHere).toMatchObject({
        status: 'pending',
        body: 'متى يفتح المعرض؟',
        articleId: null,
        articleTitle: 'افتتاح معرض الكتاب',
        createdAt: `${held.date_gmt}Z`,
        author: { name: held.author_name },
        source: {
          kind: 'wordpress',
          targetId: room.targetId,
          remoteId: held.id,
          remotePostId: post,
          siteStatus: 'hold',
        },
      })
      expect(heldHere.history[0]).toMatchObject({
        action: 'received',
        by: { kind: 'site' },
        to: 'pending',
      })
      expect((await room.get(approved.id)).status).toBe('approved')
      expect((await room.get(reply.id)).parentId).toBe(room.id(approved.id))

      const again = await room.call('comments.sync', {})
      expect(again.fetched).toBe(0)

      // The cursor is the newest second seen: a comment dated that very second still comes in,
      // and so does a held comment dated before it.
      const saved = SyncData.parse(JSON.parse(await readFile(room.layout.commentSync, 'utf8')))
      const cursor = saved.targets[room.targetId]?.cursor
      expect(cursor?.ids).toContain(reply.id)
      const sameSecond = await siteComment(site, post, {
        content: 'في الثانية نفسها',
        status: 'approved',
        date_gmt: cursor?.date,
      })
      expect(sameSecond.date_gmt).toBe(cursor?.date)
      const old = await siteComment(site, post, {
        content: 'تعليق قديم معلّق',
        status: 'hold',
        date_gmt: '2020-01-01T10:00:00',
      })
      const newer = await readerComment(site, post, 'تعليق جديد')
      const before = await room.call('comments.counts', {})
      const third = await room.call('comments.sync', {})
      expect(third.fetched).toBe(3)
      const after = await room.call('comments.counts', {})
      expect(after.approved + after.pending).toBe(before.approved + before.pending + 3)
      expect((await room.get(sameSecond.id)).status).toBe('approved')
      expect((await room.get(old.id)).status).toBe('pending')
      expect((await room.get(newer.id)).status).toBe('pending')
      expect((await room.call('comments.sync', {})).fetched).toBe(0)

      // Deleted here for good, it stays deleted: the site keeps its copy, and it is not fetched again.
      await room.call('comments.moderate', { ids: [room.id(old.id)], action: 'trash' })
      await room.idle()
      await room.call('comments.delete', { ids: [room.id(old.id)] })
      expect((await remote(site, old.id)).status).toBe('trash')
      await room.call('comments.sync', {})
      const gone = await value(room.opened.backend, 'comments.list', {
        status: 'trash',
        query: 'تعليق قديم معلّق',
      })
      expect(gone.items).toEqual([])
    } finally {
      await room.close()
    }
  }, 60_000)

  it('puts a comment on the local article that was published as its post', async (ctx) => {
    const site = wordpress.need(ctx)
    const dataDir = await mkdtemp(join(tmpdir(), 'midad-wp-comments-'))
    dirs.push(dataDir)
    const publisher = await createBackend({
      dataDir,
      sampleDir,
      dailyBackup: false,
      publishJobs: { backoff: { baseMs: 300, maxMs: 1_000 }, timeoutMs: 20_000 },
    })
    let article: { id: string } | undefined
    let postId = 0
    try {
      const call = (method: string, args: unknown) =>
        value(publisher.backend, method as 'articles.get', args)
      await call('settings.update', { displayName: 'ليلى' })
      await call('targets.add', {
        kind: 'wordpress',
        name: 'الجريدة',
        url: site.url,
        user: site.user,
        appPassword: site.appPassword,
      })
      article = await value(
        publisher.backend,
        'articles.create',
        publishableFields({ slug: 'تعليقات-على-خبر-منشور', title: 'خبر منشور من مداد' }),
      )
      const job = await value(publisher.backend, 'publish.start', { id: article.id })
      const done = await waitForJob(call, article.id, job.id)
      expect(done.state).toBe('done')
      postId = done.result?.remoteId as number
    } finally {
      await publisher.close()
    }
    const room = await newsroom(site, dataDir)
    try {
      const held = await readerComment(site, postId, 'خبر مهم')
      await room.call('comments.sync', {})
      expect(await room.get(held.id)).toMatchObject({
        articleId: article?.id,
        articleTitle: 'خبر منشور من مداد',
        source: { remotePostId: postId },
      })
    } finally {
      await room.close()
    }
  }, 60_000)

  it('runs held comments through the rules: a spam word is Spam here and on the site', async (ctx) => {
    const site = wordpress.need(ctx)
    const room = await newsroom(site)
    try {
      await room.call('comments.rules.set', {
        spamWords: ['قمار'],
        holdWords: ['مراجعة'],
        maxLinks: 2,
        holdFirstTime: false,
      })
      const post = await newPost(site, 'نتائج الدوري')
      const spammy = await readerComment(site, post, 'اربح الآن قـمـااار!')
      const clean = await readerComment(site, post, 'مباراة رائعة')
      const approvedHold = await siteComment(site, post, {
        content: 'يحتاج مراجعة',
        status: 'approved',
      })
      const approvedSpam = await siteComment(site, post, {
        content: 'موقع قمار',
        status: 'approved',
      })

      const report = await room.call('comments.sync', {})
      expect(report.pushed).toBe(2)
      expect(report.queued).toBe(0)
      const spam = await room.get(spammy.id)
      expect(spam.status).toBe('spam')
      expect(spam.match).toMatchObject({ rule: 'spam-words', word: 'قمار' })
      expect(spam.source).toMatchObject({ siteStatus: 'spam' })
      expect((await remote(site, spammy.id)).status).toBe('spam')
      expect((await room.get(clean.id)).status).toBe('pending')
      expect((await remote(site, clean.id)).status).toBe('hold')
      // Approved on the site: only a spam word overrides that.
      expect((await room.get(approvedHold.id)).status).toBe('approved')
      expect((await remote(site, approvedHold.id)).status).toBe('approved')
      expect((await room.get(approvedSpam.id)).status).toBe('spam')
      expect((await remote(site, approvedSpam.id)).status).toBe('spam')
    } finally {
      await room.close()
    }
  }, 60_000)

  it('pushes approve, hold, spam, trash and their undoing; the site answers "approved"', async (ctx) => {
    const site = wordpress.need(ctx)
    const room = await newsroom(site)
    try {
      const post = await newPost(site, 'حالة الطقس')
      const held = await readerComment(site, post, 'هل تمطر غدًا؟')
      await room.call('comments.sync', {})
      const id = room.id(held.id)
      const step = async (action: string, local: string, onSite: string) => {
        const result = await room.call('comments.moderate', { ids: [id], action })
        await room.idle()
        expect((await room.get(held.id)).status).toBe(local)
        expect((await remote(site, held.id)).status).toBe(onSite)
        expect((await room.get(held.id)).source).toMatchObject({ siteStatus: onSite })
        return result
      }
      await step('approve', 'approved', 'approved')
      await step('unapprove', 'pending', 'hold')
      await step('spam', 'spam', 'spam')
      await step('restore', 'pending', 'hold')
      await step('approve', 'approved', 'approved')
      await step('trash', 'trash', 'trash')
      await step('restore', 'approved', 'approved')
      // A pushed action can still be undone, and the undo is pushed too.
      const trashed = await step('trash', 'trash', 'trash')
      await room.call('comments.undo', { actionId: trashed.actionId })
      await room.idle()
      expect((await remote(site, held.id)).status).toBe('approved')
      const states = await room.call('comments.syncState', {})
      expect(states[0]).toMatchObject({ queued: 0, conflicts: 0, error: null })
    } finally {
      await room.close()
    }
  }, 60_000)

  it('queues decisions while the site is down, across a restart, and pushes them when it is back', async (ctx) => {
    const site = wordpress.need(ctx)
    let room = await newsroom(site)
    try {
      const post = await newPost(site, 'انقطاع الكهرباء')
      const held = await readerComment(site, post, 'متى تعود الكهرباء؟')
      const other = await readerComment(site, post, 'رابط مشبوه')
      await room.call('comments.sync', {})
      await stopWeb(site)
      await room.call('comments.moderate', { ids: [room.id(held.id)], action: 'approve' })
      await room.call('comments.moderate', { ids: [room.id(other.id)], action: 'spam' })
      await room.idle()
      const down = await room.call('comments.sync', {})
      expect(down).toMatchObject({ pushed: 0, queued: 2 })
      expect(down.states[0]?.error).toMatch(/reach|answer/)
      const dataDir = room.dataDir
      await room.close()
      room = await newsroom(site, dataDir, { intervalMs: 200 })
      expect((await room.call('comments.syncState', {}))[0]).toMatchObject({ queued: 2 })
      expect((await room.get(held.id)).status).toBe('approved')
      await startWeb(site)
      const up = await room.call('comments.sync', {})
      expect(up).toMatchObject({ pushed: 2, queued: 0, conflicts: 0 })
      expect(up.states[0]?.error).toBeNull()
      expect((await remote(site, held.id)).status).toBe('approved')
      expect((await remote(site, other.id)).status).toBe('spam')

      // Down again: the periodic sync pushes once the site is back, without anyone asking.
      await stopWeb(site)
      await room.call('comments.moderate', { ids: [room.id(held.id)], action: 'trash' })
      await room.idle()
      room.sync.start()
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect((await room.call('comments.syncState', {}))[0]).toMatchObject({ queued: 1 })
      await startWeb(site)
      const deadline = Date.now() + 20_000
      while ((await room.call('comments.syncState', {}))[0]?.queued && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100))
      expect((await remote(site, held.id)).status).toBe('trash')
    } finally {
      await startWeb(site).catch(() => undefined)
      await room.close()
    }
  }, 90_000)

  it('a comment changed on the site since the fetch is a conflict; nothing is overwritten', async (ctx) => {
    const site = wordpress.need(ctx)
    const room = await newsroom(site)
    try {
      const post = await newPost(site, 'أسعار الوقود')
      const edited = await readerComment(site, post, 'الأسعار مرتفعة')
      const approvedThere = await readerComment(site, post, 'لا تعليق')
      const deleted = await readerComment(site, post, 'سيحذف من الموقع')
      const whileDown = await readerComment(site, post, 'قرار أثناء الانقطاع')
      const adopted = await readerComment(site, post, 'سؤال عن الدعم')
      await room.call('comments.sync', {})
      const newText = 'الأسعار مرتفعة جدًا (عدّله المشرف)'
      await wpSend(site, `wp/v2/comments/${edited.id}`, { content: newText })
      await wpSend(site, `wp/v2/comments/${approvedThere.id}`, { status: 'approve' })
      await wpSend(site, `wp/v2/comments/${deleted.id}?force=true`, {}, 'DELETE')

      // Decided here after those changes: each push reads the comment first and finds it changed.
      await room.call('comments.moderate', { ids: [room.id(edited.id)], action: 'spam' })
      const ids = [room.id(approvedThere.id), room.id(deleted.id)]
      await room.call('comments.moderate', { ids, action: 'trash' })
      await room.idle()
      expect((await room.get(edited.id)).conflict).toMatchObject({
        siteStatus: 'hold',
        siteBody: newText,
        localStatus: 'spam',
      })
      expect(await remote(site, edited.id)).toMatchObject({
        status: 'hold',
        content: { raw: newText },
      })
      expect((await room.get(edited.id)).body).toBe('الأسعار مرتفعة')
      expect((await room.get(approvedThere.id)).conflict).toMatchObject({
        siteStatus: 'approved',
        localStatus: 'trash',
      })
      expect((await remote(site, approvedThere.id)).status).toBe('approved')
      expect((await room.get(deleted.id)).history.at(-1)).toMatchObject({
        action: 'site-change',
        by: { kind: 'site' },
      })
      expect((await room.call('comments.syncState', {}))[0]).toMatchObject({
        conflicts: 2,
        queued: 0,
      })

      // A decision queued while the site was down, and a change there before it went out: the
      // next sync's fetch sees the change first. A change with nothing decided here is adopted.
      await stopWeb(site)
      await room.call('comments.moderate', { ids: [room.id(whileDown.id)], action: 'spam' })
      await room.idle()
      await startWeb(site)
      await wpSend(site, `wp/v2/comments/${whileDown.id}`, { status: 'approve' })
      await wpSend(site, `wp/v2/comments/${adopted.id}`, { status: 'approve' })
      const report = await room.call('comments.sync', {})
      expect(report).toMatchObject({ conflicts: 1, pushed: 0, queued: 0 })
      expect(report.states[0]).toMatchObject({ conflicts: 3 })
      expect((await room.get(whileDown.id)).conflict).toMatchObject({
        siteStatus: 'approved',
        localStatus: 'spam',
      })
      expect((await remote(site, whileDown.id)).status).toBe('approved')
      const taken = await room.get(adopted.id)
      expect(taken).toMatchObject({ status: 'approved', conflict: null })
      expect(taken.history.at(-1)).toMatchObject({
        action: 'site-change',
        from: 'pending',
        to: 'approved',
      })

      const kept = await room.call('comments.resolve', { id: room.id(edited.id), keep: 'site' })
      expect(kept.comments[0]).toMatchObject({ status: 'pending', body: newText, conflict: null })
      const mine = await room.call('comments.resolve', {
        id: room.id(approvedThere.id),
        keep: 'mine',
      })
      expect(mine.comments[0]).toMatchObject({ status: 'trash', conflict: null })
      await room.idle()
      expect((await remote(site, approvedThere.id)).status).toBe('trash')
      expect((await remote(site, edited.id)).status).toBe('hold')
      expect((await room.get(edited.id)).history.at(-1)).toMatchObject({
        action: 'resolve',
        by: { kind: 'person', name: 'ليلى' },
      })
      expect((await room.call('comments.syncState', {}))[0]).toMatchObject({
        conflicts: 1,
        queued: 0,
      })
      const audit = await room.call('comments.audit', { limit: 50 })
      expect(audit.filter((e) => e.action === 'resolve')).toHaveLength(2)
      // Only a comment in conflict can be settled.
      const refused = await dispatch(room.backend, 'comments.resolve', {
        id: room.id(edited.id),
        keep: 'mine',
      })
      expect(refused.ok ? null : refused.error.code).toBe('conflict')
    } finally {
      await room.close()
    }
  }, 60_000)

  it('a refused push (wrong password) is recorded, not retried by the timer, and pushed once fixed', async (ctx) => {
    const site = wordpress.need(ctx)
    const room = await newsroom(site)
    try {
      const post = await newPost(site, 'كلمة مرور خاطئة')
      const held = await readerComment(site, post, 'تعليق')
      await room.call('comments.sync', {})
      await value(room.opened.backend, 'targets.update', {
        id: room.targetId,
        appPassword: 'wrong wrong wrong',
      })
      const dataDir = room.dataDir
      await room.close()
      const again = await newsroom(site, dataDir)
      try {
        await again.call('comments.moderate', { ids: [again.id(held.id)], action: 'approve' })
        await again.idle()
        const state = (await again.call('comments.syncState', {}))[0]
        expect(state).toMatchObject({ queued: 1 })
        expect(state?.error).toBeTruthy()
        const saved = SyncData.parse(JSON.parse(await readFile(again.layout.commentSync, 'utf8')))
        expect(saved.queue[0]).toMatchObject({ attempts: 1, lastError: { retryable: false } })
        expect((await remote(site, held.id)).status).toBe('hold')
        // What the timer runs leaves a refused decision alone.
        await (await again.sync.loaded()).sync(undefined, { all: false, fetch: false })
        const still = SyncData.parse(JSON.parse(await readFile(again.layout.commentSync, 'utf8')))
        expect(still.queue[0]).toMatchObject({ attempts: 1 })
        await value(again.opened.backend, 'targets.update', {
          id: again.targetId,
          appPassword: site.appPassword,
        })
      } finally {
        await again.close()
      }
      // With the password put right, a sync pushes it.
      const fixed = await newsroom(site, dataDir)
      try {
        expect(await fixed.call('comments.sync', {})).toMatchObject({ pushed: 1, queued: 0 })
        expect((await remote(site, held.id)).status).toBe('approved')
      } finally {
        await fixed.close()
      }
    } finally {
      await room.close().catch(() => undefined)
    }
  }, 60_000)
})

describe('comment sync in createBackend', () => {
  it('syncs and pushes through the backend itself', async (ctx) => {
    const site = wordpress.need(ctx)
    const dataDir = await mkdtemp(join(tmpdir(), 'midad-wp-comments-'))
    dirs.push(dataDir)
    const opened = await createBackend({
      dataDir,
      sampleDir,
      dailyBackup: false,
      publishJobs: false,
    })
    try {
      const call = <M extends Parameters<typeof value>[1]>(name: M, args: unknown) =>
        value(opened.backend, name, args)
      const target = await call('targets.add', {
        kind: 'wordpress',
        name: 'الجريدة',
        url: site.url,
        user: site.user,
        appPassword: site.appPassword,
      })
      if (!(await call('comments.syncState', {})).length)
        return ctx.skip('electron/api/create-backend.ts does not wire the comment sync yet')
      const post = await newPost(site, 'عبر الواجهة')
      const held = await readerComment(site, post, 'تعليق عبر الواجهة')
      expect((await call('comments.sync', {})).states[0]).toMatchObject({ error: null })
      const id = `wp-${target.id}-${held.id}`
      await call('comments.moderate', { ids: [id], action: 'approve' })
      const deadline = Date.now() + 10_000
      while ((await remote(site, held.id)).status !== 'approved' && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100))
      expect((await remote(site, held.id)).status).toBe('approved')
    } finally {
      await opened.close()
    }
  }, 60_000)
})

describe('comment sync bookkeeping', () => {
  it('keeps received ids as ranges', () => {
    const ranges = addIds(addIds([], [5, 1, 2, 3, 9]), [4, 10, 12])
    expect(ranges).toEqual([
      [1, 5],
      [9, 10],
      [12, 12],
    ])
    expect([1, 5, 9, 11, 12, 13].map((id) => hasId(ranges, id))).toEqual([
      true,
      true,
      true,
      false,
      true,
      false,
    ])
  })

  it('sets a damaged sync.json aside and queues the undelivered decisions again from the comments', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'midad-sync-damaged-'))
    dirs.push(dataDir)
    const opened = await createBackend({
      dataDir,
      sampleDir,
      dailyBackup: false,
      publishJobs: false,
    })
    const target = await value(opened.backend, 'targets.add', {
      kind: 'wordpress',
      name: 'موقع',
      url: 'http://127.0.0.1:9/',
      user: 'u',
      appPassword: 'p',
    })
    const source = (remoteId: number, siteStatus: 'hold' | 'approved') => ({
      kind: 'wordpress' as const,
      targetId: target.id,
      remoteId,
      remotePostId: 1,
      siteStatus,
      siteBody: 'نص',
      syncedAt: '2026-01-01T00:00:00.000Z',
    })
    const comment = (
      remoteId: number,
      status: 'pending' | 'approved',
      siteStatus: 'hold' | 'approved',
    ) => ({
      id: `wp-${target.id}-${remoteId}`,
      article: { title: 'خبر' },
      author: { name: 'قارئ', email: '', url: '' },
      body: 'نص',
      createdAt: '2026-01-01T00:00:00.000Z',
      status,
      source: source(remoteId, siteStatus),
    })
    await opened.comments.receive([comment(7, 'approved', 'hold'), comment(8, 'pending', 'hold')], {
      kind: 'import',
    })
    const layout = dataLayout(dataDir)
    await writeFile(layout.commentSync, '{"version": 1, "queue": [{"oops": true}]}')
    const sync = createCommentSync({
      layout,
      store: (await opened.comments.loaded()).store,
      service: opened.comments,
      audit: new AuditLog(layout),
      targets: await TargetStore.open(layout, plainBox),
      now: () => new Date(),
    })
    try {
      const [state] = await sync.handlers['comments.syncState']({})
      expect(state).toMatchObject({ queued: 1 })
      expect(state?.error).toMatch(/sync\.json.*set aside/s)
      const saved = SyncData.parse(JSON.parse(await readFile(layout.commentSync, 'utf8')))
      expect(saved.queue.map((e) => e.commentId)).toEqual([`wp-${target.id}-7`])
      expect(saved.targets[target.id]?.seen).toEqual([[7, 8]])
    } finally {
      await sync.stop()
      await opened.close()
    }
  })
})
